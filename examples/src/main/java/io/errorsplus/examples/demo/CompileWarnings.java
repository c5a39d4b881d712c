package io.errorsplus.examples.demo;

import io.errorsplus.processor.ErrorsPlusProcessor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The warnings the errors-plus processor gives on the examples' sources, found by running it again
 * over them (annotation processing only, nothing written): the same messages the build printed.
 */
final class CompileWarnings {

  private CompileWarnings() {}

  /** {@code File.java:LINE: message} for every processor warning, in source order. */
  static List<String> of(Path sourceRoot) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      return List.of("(not shown: this JVM has no Java compiler; run the demo with a JDK)");
    }
    List<Path> sources;
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    Path scratch = Files.createTempDirectory("errors-plus-demo-warnings");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = List.of("-proc:only", "-d", scratch.toString(), "-s", scratch.toString(),
          "-classpath", System.getProperty("java.class.path"), "-Aerrorsplus.catalog=off");
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new ErrorsPlusProcessor()));
      task.call();
    }
    List<String> warnings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.WARNING && "compiler.warn.proc.messager".equals(d.getCode())) {
        String where = d.getSource() == null ? ""
            : sourceRoot.relativize(Path.of(d.getSource().toUri())).toString().replace(File.separatorChar, '/')
                + ":" + d.getLineNumber() + ": ";
        warnings.add(where + d.getMessage(Locale.ROOT));
      }
    }
    return warnings;
  }
}
