package io.errorsplus.benchmarks.processor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * How much the errors-plus processor adds to a build: compiles a synthetic codebase
 * ({@link SyntheticCodebase}) in-process with javac four ways per round after warm-up, in rotating
 * order: {@code -proc:none}, with an idle processor (javac's own cost of processing rounds), with
 * the errors-plus processor (which generates the error catalogue: the runtime is on the class
 * path), with the errors-plus processor and {@code -Aerrorsplus.catalog=off}, and with it and
 * {@code -Aerrorsplus.undocumented=ignore} (the throw analysis's share of the processor's CPU
 * time), at 1× (200
 * controllers × 10 endpoints, 300 {@code @ErrorDto} types) and at 4× to show how the cost grows.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am -DskipTests package
 * java -Xmx3g -cp benchmarks/target/benchmarks.jar io.errorsplus.benchmarks.processor.ProcessorBenchmark \
 *     [--rounds 7] [--warmup 2] [--scales 1,4] [--keep] [--fresh-classloader]
 * </pre>
 *
 * <p>{@code --keep} leaves the synthetic sources and the class outputs in the temp folder;
 * {@code --fresh-classloader} loads the processor in a new class loader for every compilation, as
 * maven-compiler-plugin does, instead of once.
 */
public final class ProcessorBenchmark {

  private static final String DOCUMENT = "META-INF/errors-plus/openapi.json";
  /** The catalogue class the processor generates for the synthetic codebase. */
  private static final String CATALOG = "bench/ErrorsPlusCatalog.class";

  private ProcessorBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = 7;
    int warmup = 2;
    List<Integer> scales = List.of(1, 4);
    boolean keep = false;
    boolean freshLoader = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = positive(args, ++i);
        case "--warmup" -> warmup = nonNegative(args, ++i);
        case "--scales" -> scales = Stream.of(value(args, ++i).split(",")).map(Integer::parseInt).toList();
        case "--keep" -> keep = true;
        case "--fresh-classloader" -> freshLoader = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; use --rounds N, --warmup N, --scales 1,4, --keep, --fresh-classloader");
      }
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no system Java compiler: run this with a JDK, not a JRE");
    }
    List<File> classpath = frameworkClasspath();
    System.out.printf(Locale.ROOT, "errors-plus processor benchmark: JDK %s, %d CPUs, max heap %d MB,"
        + " load average %.1f at start%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf(Locale.ROOT, "rounds: %d warm-up + %d measured; each round compiles -proc:none, +idle processor,"
        + " +errors-plus, +errors-plus catalogue off, +errors-plus throw analysis off (rotating); processor loaded %s%n%n", warmup, rounds,
        freshLoader ? "in a fresh class loader per compilation (as Maven does)" : "once (JIT-warm)");

    List<Result> results = new ArrayList<>();
    Path work = Files.createTempDirectory("errors-plus-processor-bench");
    try {
      for (int scale : scales) {
        Path dir = work.resolve("x" + scale);
        SyntheticCodebase code = SyntheticCodebase.write(dir.resolve("src"), 200 * scale, 300 * scale);
        Result result = measure(javac, classpath, code, dir, warmup, rounds, freshLoader);
        results.add(result);
        result.print(scale);
        System.out.printf(Locale.ROOT, "  (load average now %.1f)%n%n",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      }
      if (results.size() > 1) {
        Result first = results.get(0);
        Result last = results.get(results.size() - 1);
        double sizeGrowth = (double) last.endpoints / first.endpoints;
        System.out.printf(Locale.ROOT,
            "growth %dx endpoints: added javac time x%.2f, time inside the processor x%.2f (linear = x%.0f)%n",
            last.endpoints / first.endpoints,
            last.addedMillis() / first.addedMillis(),
            last.insideMillis / first.insideMillis,
            sizeGrowth);
      }
    } finally {
      if (keep) {
        System.out.println("kept the sources and class output in " + work);
      } else {
        deleteTree(work);
      }
    }
  }

  /** The ways the codebase is compiled each round. */
  private enum Arm { WITHOUT, IDLE, ERRORS_PLUS, ERRORS_PLUS_NO_CATALOG, NO_ANALYSIS }

  private static Result measure(JavaCompiler javac, List<File> classpath, SyntheticCodebase code, Path dir,
      int warmup, int rounds, boolean freshLoader) throws IOException {
    Map<Arm, Path> outputs = new EnumMap<>(Arm.class);
    Map<Arm, List<Double>> millis = new EnumMap<>(Arm.class);
    for (Arm arm : Arm.values()) {
      outputs.put(arm, Files.createDirectories(dir.resolve("out-" + arm.name().toLowerCase(Locale.ROOT))));
      millis.put(arm, new ArrayList<>());
    }
    List<Double> inside = new ArrayList<>();
    List<Double> insideNoCatalog = new ArrayList<>();
    List<Double> catalogInsideRatios = new ArrayList<>();
    List<Double> catalogRatios = new ArrayList<>();
    List<Double> insideCpu = new ArrayList<>();
    List<Double> insideCpuNoAnalysis = new ArrayList<>();
    List<Double> analysisRatios = new ArrayList<>();
    long undocumented = 0;
    Map<Arm, List<Double>> gc = new EnumMap<>(Arm.class);
    for (Arm arm : Arm.values()) {
      gc.put(arm, new ArrayList<>());
    }
    List<Double> ratios = new ArrayList<>();
    List<Double> idleRatios = new ArrayList<>();
    for (int round = -warmup; round < rounds; round++) {
      // Rotate which arm goes first so drift on a shared machine hits all of them alike.
      Map<Arm, Compilation> runs = new EnumMap<>(Arm.class);
      for (int k = 0; k < Arm.values().length; k++) {
        Arm arm = Arm.values()[Math.floorMod(round + k, Arm.values().length)];
        runs.put(arm, compile(javac, classpath, code, outputs.get(arm), arm, freshLoader));
      }
      if (round >= 0) {
        runs.forEach((arm, run) -> millis.get(arm).add(run.millis));
        runs.forEach((arm, run) -> gc.get(arm).add(run.gcMillis));
        inside.add(runs.get(Arm.ERRORS_PLUS).insideMillis);
        insideNoCatalog.add(runs.get(Arm.ERRORS_PLUS_NO_CATALOG).insideMillis);
        catalogInsideRatios.add(runs.get(Arm.ERRORS_PLUS).insideMillis
            / runs.get(Arm.ERRORS_PLUS_NO_CATALOG).insideMillis);
        catalogRatios.add(runs.get(Arm.ERRORS_PLUS).millis / runs.get(Arm.ERRORS_PLUS_NO_CATALOG).millis);
        // CPU time: the analysis's share must not move with the other processes of a shared machine.
        insideCpu.add(runs.get(Arm.ERRORS_PLUS).insideCpuMillis);
        insideCpuNoAnalysis.add(runs.get(Arm.NO_ANALYSIS).insideCpuMillis);
        analysisRatios.add(runs.get(Arm.ERRORS_PLUS).insideCpuMillis / runs.get(Arm.NO_ANALYSIS).insideCpuMillis);
        undocumented = runs.get(Arm.ERRORS_PLUS).undocumented;
        ratios.add(runs.get(Arm.ERRORS_PLUS).millis / runs.get(Arm.WITHOUT).millis);
        idleRatios.add(runs.get(Arm.IDLE).millis / runs.get(Arm.WITHOUT).millis);
      }
    }
    Path document = outputs.get(Arm.ERRORS_PLUS).resolve(DOCUMENT);
    if (!Files.exists(document)) {
      throw new IllegalStateException("the processor wrote no " + DOCUMENT + "; nothing was measured");
    }
    String json = Files.readString(document);
    if (!Files.exists(outputs.get(Arm.ERRORS_PLUS).resolve(CATALOG))
        || Files.exists(outputs.get(Arm.ERRORS_PLUS_NO_CATALOG).resolve(CATALOG))) {
      throw new IllegalStateException("expected " + CATALOG + " with the catalogue and none without");
    }
    Catalog catalog = new Catalog(median(millis.get(Arm.ERRORS_PLUS_NO_CATALOG)), median(insideNoCatalog),
        median(catalogInsideRatios), median(catalogRatios));
    Analysis analysis = new Analysis(median(insideCpu), median(insideCpuNoAnalysis), median(analysisRatios),
        undocumented);
    return new Result(code, median(millis.get(Arm.WITHOUT)), median(millis.get(Arm.IDLE)),
        median(millis.get(Arm.ERRORS_PLUS)), median(ratios), median(idleRatios), median(inside),
        median(gc.get(Arm.WITHOUT)), median(gc.get(Arm.ERRORS_PLUS)), countOperations(json), json.length(),
        catalog, analysis);
  }

  /**
   * The errors-plus processor with and without its throw analysis
   * ({@code -Aerrorsplus.undocumented=ignore}): CPU time inside the processor, medians and the
   * median of the per-round ratios, and how many undocumented throws it reported.
   */
  private record Analysis(double insideCpuMillis, double insideCpuWithoutMillis, double ratio, long undocumented) {}

  /**
   * The errors-plus processor without its catalogue, against the arm with it: medians and the
   * medians of the per-round ratios.
   */
  private record Catalog(double withoutMillis, double insideWithoutMillis, double insideRatio,
      double compileRatio) {}

  /** One compilation: times, and how many undocumented throws the processor reported. */
  private record Compilation(double millis, double insideMillis, double insideCpuMillis, double gcMillis,
      long undocumented) {}

  private static Compilation compile(JavaCompiler javac, List<File> classpath, SyntheticCodebase code, Path out,
      Arm arm, boolean freshLoader) throws IOException {
    if (arm == Arm.WITHOUT || arm == Arm.IDLE || !freshLoader) {
      return compile(javac, classpath, code, out, arm, ProcessorBenchmark.class.getClassLoader());
    }
    // maven-compiler-plugin loads the processor path in a new class loader for every compilation,
    // so the processor's code (and Jackson's) starts cold each time.
    URL[] urls = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(ProcessorBenchmark::url)
        .toArray(URL[]::new);
    try (URLClassLoader loader = new URLClassLoader("processor-path", urls, ClassLoader.getPlatformClassLoader())) {
      return compile(javac, classpath, code, out, arm, loader);
    }
  }

  private static URL url(String classpathEntry) {
    try {
      return Path.of(classpathEntry).toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("bad class path entry " + classpathEntry, e);
    }
  }

  private static Compilation compile(JavaCompiler javac, List<File> classpath, SyntheticCodebase code, Path out,
      Arm arm, ClassLoader processorPath) throws IOException {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    // No -nowarn: it would drop the processor's warnings, whose printing is part of its cost.
    // -Xmaxwarns: javac stops printing after 100 warnings; count every undocumented throw.
    List<String> options = new ArrayList<>(List.of("-d", out.toString(), "--release", "17", "-Xmaxwarns", "100000"));
    options.add("-classpath");
    options.add(String.join(File.pathSeparator, classpath.stream().map(File::getPath).toList()));
    TimedProcessor timed = null;
    Processor processor = switch (arm) {
      case WITHOUT -> {
        options.add("-proc:none");
        yield null;
      }
      case IDLE -> new IdleProcessor(loadProcessor(processorPath).getSupportedAnnotationTypes());
      case ERRORS_PLUS -> timed = new TimedProcessor(loadProcessor(processorPath));
      case ERRORS_PLUS_NO_CATALOG -> {
        options.add("-Aerrorsplus.catalog=off");
        yield timed = new TimedProcessor(loadProcessor(processorPath));
      }
      case NO_ANALYSIS -> {
        options.add("-Aerrorsplus.undocumented=ignore");
        yield timed = new TimedProcessor(loadProcessor(processorPath));
      }
    };
    long gcBefore = gcMillis();
    long start = System.nanoTime();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(code.sources()));
      if (processor != null) {
        task.setProcessors(List.of(processor));
      }
      ok = task.call();
    }
    double millis = (System.nanoTime() - start) / 1e6;
    long gc = gcMillis() - gcBefore;
    if (!ok) {
      StringBuilder errors = new StringBuilder();
      diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .limit(10)
          .forEach(d -> errors.append('\n').append(d));
      throw new IllegalStateException("the synthetic codebase did not compile (" + arm + "):" + errors);
    }
    long undocumented = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).contains("but not documented for it")).count();
    return new Compilation(millis, timed == null ? 0 : timed.nanos() / 1e6,
        timed == null ? 0 : timed.cpuNanos() / 1e6, gc, undocumented);
  }

  /** Time the collectors report so far: how much of a compilation was garbage collection. */
  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .filter(t -> t > 0)
        .sum();
  }

  /** The errors-plus processor, found the way javac finds it: its service registration. */
  private static Processor loadProcessor(ClassLoader processorPath) {
    for (Processor p : ServiceLoader.load(Processor.class, processorPath)) {
      if (p.getClass().getName().startsWith("io.errorsplus.processor.")) {
        return p;
      }
    }
    throw new IllegalStateException("the errors-plus processor is not on the classpath; run with "
        + "-cp benchmarks/target/benchmarks.jar");
  }

  /**
   * The jars (or the one shaded jar) holding the annotations and the framework annotations the
   * synthetic code uses, found from the classes themselves so no path is spelled here.
   */
  static List<File> frameworkClasspath() throws URISyntaxException {
    Set<File> jars = new LinkedHashSet<>();
    for (String marker : List.of(
        "io.errorsplus.ErrorDto",
        "jakarta.ws.rs.GET",
        "org.springframework.web.bind.annotation.GetMapping",
        "org.springframework.stereotype.Controller",
        "org.springframework.core.annotation.AliasFor")) {
      Class<?> type;
      try {
        type = Class.forName(marker, false, ProcessorBenchmark.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(marker + " is not on the classpath; run with "
            + "-cp benchmarks/target/benchmarks.jar (it bundles the annotations, JAX-RS and Spring)", e);
      }
      CodeSource source = type.getProtectionDomain().getCodeSource();
      if (source == null) {
        throw new IllegalStateException("cannot tell which jar holds " + marker);
      }
      jars.add(new File(source.getLocation().toURI()));
    }
    return List.copyOf(jars);
  }

  private static final Pattern OPERATION =
      Pattern.compile("\"operationId\"\\s*:");

  private static int countOperations(String json) {
    Matcher m = OPERATION.matcher(json);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static int nonNegative(String[] args, int i) {
    int n = Integer.parseInt(value(args, i));
    if (n < 0) {
      throw new IllegalArgumentException(args[i - 1] + " must not be negative, got " + n);
    }
    return n;
  }

  private static int positive(String[] args, int i) {
    int n = Integer.parseInt(value(args, i));
    if (n < 1) {
      throw new IllegalArgumentException(args[i - 1] + " must be at least 1, got " + n);
    }
    return n;
  }

  static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  /** Deletes a folder and everything in it; nothing when it does not exist. */
  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Result(
      int endpoints, int controllers, int dtos, int files, double withoutMillis, double idleMillis,
      double withMillis, double medianRatio, double medianIdleRatio, double insideMillis, double gcWithoutMillis,
      double gcWithMillis, int operations, int documentChars, Catalog catalog, Analysis analysis) {

    Result(SyntheticCodebase code, double withoutMillis, double idleMillis, double withMillis, double medianRatio,
        double medianIdleRatio, double insideMillis, double gcWithoutMillis, double gcWithMillis, int operations,
        int documentChars, Catalog catalog, Analysis analysis) {
      this(code.endpoints(), code.controllers(), code.dtos(), code.sources().size(), withoutMillis, idleMillis,
          withMillis, medianRatio, medianIdleRatio, insideMillis, gcWithoutMillis, gcWithMillis, operations,
          documentChars, catalog, analysis);
    }

    double addedMillis() {
      return withMillis - withoutMillis;
    }

    void print(int scale) {
      System.out.printf(Locale.ROOT, "size %dx: %d controllers x %d endpoints = %d endpoints, %d @ErrorDto types,"
          + " %d source files%n", scale, controllers, SyntheticCodebase.ENDPOINTS_PER_CONTROLLER, endpoints, dtos,
          files);
      System.out.printf(Locale.ROOT, "  javac -proc:none                median %7.0f ms%n", withoutMillis);
      System.out.printf(Locale.ROOT, "  javac + idle processor          median %7.0f ms  ratio %.3f (javac's own"
          + " cost of processing rounds)%n", idleMillis, medianIdleRatio);
      System.out.printf(Locale.ROOT, "  javac + errors-plus processor   median %7.0f ms  ratio %.3f (%+.1f%%)%n",
          withMillis, medianRatio, (medianRatio - 1) * 100);
      System.out.printf(Locale.ROOT, "  added per endpoint              %.3f ms  ((with - without) / endpoints)%n",
          addedMillis() / endpoints);
      System.out.printf(Locale.ROOT, "  inside the processor            median %7.0f ms = %.3f ms per endpoint%n",
          insideMillis, insideMillis / endpoints);
      System.out.printf(Locale.ROOT, "  garbage collection              median %7.0f ms without, %.0f ms with the"
          + " processor%n", gcWithoutMillis, gcWithMillis);
      System.out.printf(Locale.ROOT, "  document: %d operations (expected %d), %d KB%n", operations, endpoints,
          documentChars >> 10);
      System.out.printf(Locale.ROOT, "  errors-plus, catalogue off      median %7.0f ms, inside the processor %.0f ms%n",
          catalog.withoutMillis(), catalog.insideWithoutMillis());
      System.out.printf(Locale.ROOT, "  the catalogue adds              %+.1f%% inside the processor, %+.1f%% to the"
          + " compile (medians of per-round ratios)%n", (catalog.insideRatio() - 1) * 100,
          (catalog.compileRatio() - 1) * 100);
      System.out.printf(Locale.ROOT, "  inside the processor, CPU time  median %7.0f ms with the throw analysis, %.0f ms"
          + " without (-Aerrorsplus.undocumented=ignore)%n", analysis.insideCpuMillis(),
          analysis.insideCpuWithoutMillis());
      System.out.printf(Locale.ROOT, "  the throw analysis adds         %+.1f%% to the processor's own CPU time (median of"
          + " per-round ratios); %d undocumented throws reported%n", (analysis.ratio() - 1) * 100,
          analysis.undocumented());
    }
  }
}
