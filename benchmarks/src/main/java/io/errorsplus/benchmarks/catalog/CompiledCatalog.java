package io.errorsplus.benchmarks.catalog;

import io.errorsplus.dispatch.catalog.ErrorCatalog;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A synthetic application compiled with the errors-plus processor in-process, its generated
 * error catalogue loaded from the class output: {@code dtos} exceptions (each with a subclass that
 * is not a dto), and {@code resources} JAX-RS resources of ten endpoints each, half of them
 * declared on an interface.
 */
final class CompiledCatalog {

  static final int ENDPOINTS_PER_RESOURCE = 10;

  final ErrorCatalog catalog;
  final URLClassLoader loader;
  final List<Throwable> dtoErrors = new ArrayList<>();
  final List<Throwable> subclassErrors = new ArrayList<>();
  /** Each endpoint's class method and, for interface-declared ones, the interface method too. */
  final List<Method> handlers = new ArrayList<>();

  private CompiledCatalog(ErrorCatalog catalog, URLClassLoader loader) {
    this.catalog = catalog;
    this.loader = loader;
  }

  static CompiledCatalog compile(Path folder, int dtos, int resources) throws Exception {
    Path src = Files.createDirectories(folder.resolve("src/bench/app"));
    Path out = Files.createDirectories(folder.resolve("classes"));
    List<Path> sources = new ArrayList<>();
    for (int i = 0; i < dtos; i++) {
      sources.add(write(src, "Problem" + i, "package bench.app;\n"
          + "@io.errorsplus.ErrorDto(status = " + (400 + i % 100) + ", message = \"Problem " + i
          + "\", code = \"PROBLEM_" + i + "\")\n"
          + "public class Problem" + i + " extends RuntimeException {\n"
          + "  private static final long serialVersionUID = 1L;\n}\n"));
      sources.add(write(src, "SubProblem" + i, "package bench.app;\n"
          + "public class SubProblem" + i + " extends Problem" + i + " {\n"
          + "  private static final long serialVersionUID = 1L;\n}\n"));
    }
    for (int r = 0; r < resources; r++) {
      boolean viaInterface = r % 2 == 0;
      StringBuilder api = new StringBuilder("package bench.app;\n@jakarta.ws.rs.Path(\"r" + r + "\")\n"
          + (viaInterface ? "public interface Api" + r + " {\n" : "public class Resource" + r + " {\n"));
      StringBuilder impl = new StringBuilder("package bench.app;\npublic class Resource" + r
          + " implements Api" + r + " {\n");
      for (int e = 0; e < ENDPOINTS_PER_RESOURCE; e++) {
        int dto = (r * ENDPOINTS_PER_RESOURCE + e) % dtos;
        String signature = "String e" + e + "(@jakarta.ws.rs.PathParam(\"id\") long id)";
        api.append("  @jakarta.ws.rs.GET @jakarta.ws.rs.Path(\"e").append(e).append("/{id}\")")
            .append(" @io.errorsplus.Errors(Problem").append(dto).append(".class)\n  ")
            .append(viaInterface ? signature + ";\n" : "public " + signature + " { return \"\"; }\n");
        impl.append("  @Override public String e").append(e).append("(long id) { return \"\"; }\n");
      }
      sources.add(write(src, viaInterface ? "Api" + r : "Resource" + r, api.append("}\n").toString()));
      if (viaInterface) {
        sources.add(write(src, "Resource" + r, impl.append("}\n").toString()));
      }
    }

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no system Java compiler: run this with a JDK, not a JRE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = List.of("-d", out.toString(), "-s", folder.resolve("generated").toString(),
          "--release", "17", "-nowarn", "-classpath", classPath());
      Files.createDirectories(folder.resolve("generated"));
      if (!javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
          .call()) {
        throw new IllegalStateException("the synthetic application did not compile: "
            + diagnostics.getDiagnostics().stream().limit(5).toList());
      }
    }
    if (!Files.exists(out.resolve("bench/app/ErrorsPlusCatalog.class"))) {
      throw new IllegalStateException("the processor generated no catalogue in " + out);
    }

    URLClassLoader loader = new URLClassLoader(new java.net.URL[] {out.toUri().toURL()},
        CompiledCatalog.class.getClassLoader());
    CompiledCatalog compiled = new CompiledCatalog(ErrorCatalog.load(loader), loader);
    if (compiled.catalog.errors().size() != dtos
        || compiled.catalog.operations().size() != resources * ENDPOINTS_PER_RESOURCE) {
      throw new IllegalStateException("unexpected catalogue " + compiled.catalog);
    }
    for (int i = 0; i < dtos; i++) {
      compiled.dtoErrors.add((Throwable) loader.loadClass("bench.app.Problem" + i)
          .getConstructor().newInstance());
      compiled.subclassErrors.add((Throwable) loader.loadClass("bench.app.SubProblem" + i)
          .getConstructor().newInstance());
    }
    for (int r = 0; r < resources; r++) {
      for (int e = 0; e < ENDPOINTS_PER_RESOURCE; e++) {
        compiled.handlers.add(loader.loadClass("bench.app.Resource" + r).getMethod("e" + e, long.class));
        if (r % 2 == 0) {
          compiled.handlers.add(loader.loadClass("bench.app.Api" + r).getMethod("e" + e, long.class));
        }
      }
    }
    return compiled;
  }

  private static Path write(Path dir, String simpleName, String source) throws IOException {
    Path file = dir.resolve(simpleName + ".java");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(source);
    }
    return file;
  }

  /** The jars holding the annotations, JAX-RS and the runtime (one shaded jar, usually). */
  private static String classPath() throws URISyntaxException {
    Set<String> jars = new LinkedHashSet<>();
    for (Class<?> marker : List.of(io.errorsplus.ErrorDto.class, jakarta.ws.rs.GET.class, ErrorCatalog.class)) {
      CodeSource source = marker.getProtectionDomain().getCodeSource();
      jars.add(new File(source.getLocation().toURI()).getPath());
    }
    return String.join(File.pathSeparator, jars);
  }
}
