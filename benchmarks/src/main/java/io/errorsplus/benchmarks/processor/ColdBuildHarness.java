package io.errorsplus.benchmarks.processor;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a user pays for the processor on a build that starts cold: a fresh {@code javac} process,
 * and a fresh {@code mvn -o -q compile}, of a generated module ({@link SyntheticCodebase}), with the
 * errors-plus processor against an idle processor that claims every annotation and does nothing
 * (javac's own cost of running any processor). Arms alternate within each round; the figures are
 * medians of the per-round times and of the per-round ratios.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am -DskipTests package
 * mvn -B -q -pl processor dependency:build-classpath -Dmdep.outputFile=target/processor.classpath
 * java -cp benchmarks/target/benchmarks.jar io.errorsplus.benchmarks.processor.ColdBuildHarness \
 *     --processor-path "processor/target/errors-plus-processor-0.1.0-SNAPSHOT.jar:$(cat processor/target/processor.classpath)" \
 *     [--rounds 7] [--endpoints 200,2000] [--no-maven] [--keep DIR]
 * </pre>
 *
 * <p>{@code --keep DIR} writes the modules, the idle processor and {@code classpath.txt} into
 * {@code DIR} and leaves them there, to profile one build by hand; {@code --rounds 0} then only
 * writes them.
 *
 * <p>The synthetic module compiles against {@code benchmarks.jar}, which bundles the annotations,
 * JAX-RS, Spring and the runtime (so the error catalogue is generated, as for a user who depends
 * on the runtime). Both arms get the same class path; only the processor path differs.
 */
public final class ColdBuildHarness {

  private ColdBuildHarness() {}

  private enum Arm { IDLE, ERRORS_PLUS }

  public static void main(String[] args) throws Exception {
    int rounds = 7;
    List<Integer> endpointCounts = List.of(200, 2000);
    String processorPath = null;
    boolean maven = true;
    Path keep = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(ProcessorBenchmark.value(args, ++i));
        case "--endpoints" -> endpointCounts =
            Stream.of(ProcessorBenchmark.value(args, ++i).split(",")).map(Integer::parseInt).toList();
        case "--processor-path" -> processorPath = ProcessorBenchmark.value(args, ++i);
        case "--no-maven" -> maven = false;
        case "--keep" -> keep = Path.of(ProcessorBenchmark.value(args, ++i)).toAbsolutePath();
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; use --processor-path PATH, --rounds N, --endpoints 200,2000, --no-maven, --keep DIR");
      }
    }
    if (processorPath == null || processorPath.isBlank()) {
      throw new IllegalArgumentException("--processor-path is required: the errors-plus processor jar"
          + " and its dependencies, as in this class's javadoc");
    }
    // The builds run in a temp folder: relative entries are resolved against this process's.
    processorPath = String.join(File.pathSeparator, Stream.of(processorPath.split(File.pathSeparator))
        .map(entry -> Path.of(entry).toAbsolutePath().toString()).toList());
    String classpath = String.join(File.pathSeparator,
        ProcessorBenchmark.frameworkClasspath().stream().map(File::getPath).toList());
    Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("errors-plus-cold-build");
    try {
      Files.writeString(work.resolve("classpath.txt"), classpath);
      Path idle = writeIdleProcessor(work.resolve("idle-processor"));
      System.out.printf(Locale.ROOT, "errors-plus cold build harness: JDK %s, %d CPUs, load average %.1f"
          + " at start; %d rounds, arms alternate%n%n", System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(), loadAverage(), rounds);
      for (int endpoints : endpointCounts) {
        int controllers = Math.max(1, endpoints / SyntheticCodebase.ENDPOINTS_PER_CONTROLLER);
        Path dir = work.resolve("e" + endpoints);
        SyntheticCodebase code = SyntheticCodebase.write(dir.resolve("src/main/java"), controllers,
            Math.max(10, controllers * 3 / 2));
        Path sourcesFile = dir.resolve("sources.txt");
        Files.write(sourcesFile, code.sources().stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        Map<Arm, String> paths = new EnumMap<>(Map.of(Arm.IDLE, idle.toString(), Arm.ERRORS_PLUS, processorPath));
        System.out.printf(Locale.ROOT, "%d endpoints (%d controllers, %d @ErrorDto types, %d files)%n",
            code.endpoints(), code.controllers(), code.dtos(), code.sources().size());
        if (rounds == 0) {
          continue;
        }
        report("javac (fresh process)", measure(rounds, arm -> {
          double millis = javac(dir, sourcesFile, classpath, paths.get(arm));
          requireDocument(dir.resolve("javac-out"), arm);
          return millis;
        }));
        if (maven) {
          Path pom = writePom(dir, classpath);
          report("mvn -o -q compile", measure(rounds, arm -> {
            double millis = mvn(dir, pom, paths.get(arm));
            requireDocument(dir.resolve("target/classes"), arm);
            return millis;
          }));
        }
        System.out.println();
      }
    } finally {
      if (keep == null) {
        ProcessorBenchmark.deleteTree(work);
      }
    }
  }

  @FunctionalInterface
  private interface Run {
    double millis(Arm arm) throws Exception;
  }

  private record Figures(double idle, double errorsPlus, double ratio) {}

  private static Figures measure(int rounds, Run run) throws Exception {
    run.millis(Arm.IDLE); // warms the OS file cache for both arms
    run.millis(Arm.ERRORS_PLUS);
    Map<Arm, List<Double>> times = new EnumMap<>(Arm.class);
    times.put(Arm.IDLE, new ArrayList<>());
    times.put(Arm.ERRORS_PLUS, new ArrayList<>());
    List<Double> ratios = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      Arm first = round % 2 == 0 ? Arm.IDLE : Arm.ERRORS_PLUS;
      Arm second = first == Arm.IDLE ? Arm.ERRORS_PLUS : Arm.IDLE;
      double a = run.millis(first);
      double b = run.millis(second);
      times.get(first).add(a);
      times.get(second).add(b);
      double idle = first == Arm.IDLE ? a : b;
      double errorsPlus = first == Arm.IDLE ? b : a;
      ratios.add(errorsPlus / idle);
    }
    return new Figures(ProcessorBenchmark.median(times.get(Arm.IDLE)),
        ProcessorBenchmark.median(times.get(Arm.ERRORS_PLUS)), ProcessorBenchmark.median(ratios));
  }

  private static void report(String what, Figures f) {
    System.out.printf(Locale.ROOT, "  %-22s idle processor median %6.0f ms, errors-plus median %6.0f ms,"
        + " ratio median %.3f (load average %.1f)%n", what, f.idle, f.errorsPlus, f.ratio, loadAverage());
  }

  private static double javac(Path dir, Path sourcesFile, String classpath, String processorPath)
      throws IOException, InterruptedException {
    Path out = dir.resolve("javac-out");
    ProcessorBenchmark.deleteTree(out);
    Files.createDirectories(out);
    String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
    return time(dir, List.of(javac, "--release", "17", "-nowarn", "-d", out.toString(),
        "-cp", classpath, "-processorpath", processorPath, "@" + sourcesFile));
  }

  private static double mvn(Path dir, Path pom, String processorPath) throws IOException, InterruptedException {
    ProcessorBenchmark.deleteTree(dir.resolve("target"));
    return time(dir, List.of("mvn", "-o", "-q", "-f", pom.toString(), "compile",
        "-Dbench.processorpath=" + processorPath));
  }

  private static double time(Path dir, List<String> command) throws IOException, InterruptedException {
    Path log = dir.resolve("last-command.log");
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(15, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out: " + String.join(" ", command));
    }
    double millis = (System.nanoTime() - start) / 1e6;
    if (process.exitValue() != 0) {
      throw new IllegalStateException("failed (exit " + process.exitValue() + "): " + command.get(0)
          + "\n" + Files.readString(log));
    }
    return millis;
  }

  /** A processor that claims every annotation and does nothing, compiled into its own folder. */
  private static Path writeIdleProcessor(Path dir) throws IOException, InterruptedException {
    Path source = dir.resolve("src/idle/IdleProcessor.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, """
        package idle;

        import java.util.Set;
        import javax.annotation.processing.AbstractProcessor;
        import javax.annotation.processing.RoundEnvironment;
        import javax.lang.model.SourceVersion;
        import javax.lang.model.element.TypeElement;

        public final class IdleProcessor extends AbstractProcessor {
          @Override public Set<String> getSupportedAnnotationTypes() { return Set.of("*"); }
          @Override public SourceVersion getSupportedSourceVersion() { return SourceVersion.latestSupported(); }
          @Override public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return false;
          }
        }
        """);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes.resolve("META-INF/services"));
    time(dir, List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "--release", "17", "-proc:none", "-d", classes.toString(), source.toString()));
    Files.writeString(classes.resolve("META-INF/services/javax.annotation.processing.Processor"),
        "idle.IdleProcessor\n");
    return classes;
  }

  /**
   * A module that compiles the synthetic sources against the same class path, with the processor
   * path given on the command line ({@code -Dbench.processorpath}) as javac arguments.
   */
  private static Path writePom(Path dir, String classpath) throws IOException {
    StringBuilder deps = new StringBuilder();
    int n = 0;
    for (String entry : classpath.split(File.pathSeparator)) {
      deps.append("    <dependency><groupId>bench</groupId><artifactId>cp").append(n++)
          .append("</artifactId><version>1</version><scope>system</scope><systemPath>")
          .append(entry).append("</systemPath></dependency>\n");
    }
    Path pom = dir.resolve("pom.xml");
    Files.writeString(pom, """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>bench</groupId><artifactId>synthetic</artifactId><version>1</version>
          <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
          <dependencies>
        %s  </dependencies>
          <build><plugins>
            <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
            <plugin>
              <groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.15.0</version>
              <configuration>
                <release>17</release>
                <compilerArgs><arg>-nowarn</arg><arg>-processorpath</arg><arg>${bench.processorpath}</arg></compilerArgs>
              </configuration>
            </plugin>
          </plugins></build>
        </project>
        """.formatted(deps));
    return pom;
  }

  /** The errors-plus arm must have written its document, the idle arm must not: else nothing was compared. */
  private static void requireDocument(Path classes, Arm arm) {
    boolean written = Files.exists(classes.resolve("META-INF/errors-plus/openapi.json"));
    if (written != (arm == Arm.ERRORS_PLUS)) {
      throw new IllegalStateException(arm + " arm: the errors-plus document was "
          + (written ? "written by the idle processor's build" : "not written") + " in " + classes);
    }
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
