package io.errorsplus.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.errorsplus.dispatch.catalog.ErrorCatalog;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Compiles test inputs with errors-plus-runtime-dispatch on the class path, so that the processor
 * generates the error catalogue, and loads what was compiled.
 */
final class CatalogRun {

  static final String SERVICES = "META-INF/services/io.errorsplus.dispatch.catalog.ErrorCatalog";

  private CatalogRun() {}

  /** The test class path. */
  static List<File> classPath() {
    List<File> files = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        files.add(new File(entry));
      }
    }
    return files;
  }

  /** The test class path without the runtime: what a documentation-only user compiles with. */
  static List<File> classPathWithoutRuntime() {
    File runtime = runtimeLocation();
    List<File> files = classPath();
    files.removeIf(f -> f.getAbsoluteFile().equals(runtime));
    assertThat(files).as("class path without %s", runtime).hasSizeLessThan(classPath().size());
    return files;
  }

  private static File runtimeLocation() {
    try {
      return new File(ErrorCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getAbsoluteFile();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Compilation compile(List<JavaFileObject> sources, String... options) {
    return Compiler.javac()
        .withProcessors(new ErrorsPlusProcessor())
        .withClasspath(classPath())
        .withOptions((Object[]) options)
        .compile(sources);
  }

  static Compilation compile(String folder, String... options) {
    return compile(ProcessorRun.sources(folder), options);
  }

  /** The text of a generated source, if any. */
  static Optional<String> source(Compilation compilation, String qualifiedName) {
    return compilation.generatedSourceFile(qualifiedName).map(CatalogRun::text);
  }

  /** The registration file, if any. */
  static Optional<String> services(Compilation compilation) {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, SERVICES).map(CatalogRun::text);
  }

  static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a compilation's class output (classes and resources) into {@code folder}, so that a
   * class loader (and {@code ServiceLoader}) can read it like a jar.
   */
  static Path writeClassOutput(Compilation compilation, Path folder) {
    try {
      for (JavaFileObject file : compilation.generatedFiles()) {
        String path = file.toUri().getPath();
        String prefix = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
        if (!path.startsWith(prefix)) {
          continue;
        }
        Path target = folder.resolve(path.substring(prefix.length()));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A class loader over the class outputs of successful compilations, the test's as parent. */
  static URLClassLoader loader(Path... classOutputs) {
    URL[] urls = new URL[classOutputs.length];
    try {
      for (int i = 0; i < classOutputs.length; i++) {
        urls[i] = classOutputs[i].toUri().toURL();
      }
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    return new URLClassLoader(urls, CatalogRun.class.getClassLoader());
  }

  /** Compiles, asserts success, writes the class output into {@code folder} and loads it. */
  static URLClassLoader compileAndLoad(Path folder, List<JavaFileObject> sources, String... options) {
    Compilation compilation = compile(sources, options);
    if (compilation.status() != Compilation.Status.SUCCESS) {
      fail("compilation failed: %s", compilation.diagnostics());
    }
    return loader(writeClassOutput(compilation, folder));
  }
}
