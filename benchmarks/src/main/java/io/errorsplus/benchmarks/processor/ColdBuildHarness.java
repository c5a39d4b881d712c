package io.errorsplus.benchmarks.processor;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a user pays for the processor on a build that starts cold: a fresh {@code javac} process,
 * and a fresh {@code mvn -o -q compile}, of a generated module ({@link SyntheticCodebase}), with the
 * errors-plus processor against two controls: an idle processor that claims every annotation and
 * does nothing (javac's own cost of running any processor), and one that also generates an empty
 * class (javac's own cost of a generated source, which the error catalogue is: one more processing
 * round). {@code --before-processor-path} adds another errors-plus build, to measure a change in
 * the same run. The arms' order rotates every round; the figures are medians of the per-round
 * times and of the per-round ratios.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am -DskipTests package
 * mvn -B -q -pl processor -am -DskipTests package dependency:build-classpath \
 *     -Dmdep.outputFile=target/processor.classpath -DincludeScope=runtime
 * java -cp benchmarks/target/benchmarks.jar io.errorsplus.benchmarks.processor.ColdBuildHarness \
 *     --processor-path "processor/target/errors-plus-processor-0.1.0-SNAPSHOT.jar:$(cat processor/target/processor.classpath)" \
 *     [--before-processor-path PATH] [--rounds 7] [--endpoints 200,2000] [--no-maven] [--keep DIR]
 * </pre>
 *
 * <p>{@code --keep DIR} writes the modules, the control processors and {@code classpath.txt} into
 * {@code DIR} and leaves them there, to profile one build by hand; {@code --rounds 0} then only
 * writes them.
 *
 * <p>The synthetic module compiles against {@code benchmarks.jar}, which bundles the annotations,
 * JAX-RS, Spring and the runtime (so the error catalogue is generated, as for a user who depends
 * on the runtime). Every arm gets the same class path; only the processor path differs.
 */
public final class ColdBuildHarness {

  private ColdBuildHarness() {}

  /**
   * A processor path the builds are compared on; {@code document}: whether it writes openapi.json,
   * {@code generates}: whether it generates the control's empty class.
   */
  private record Arm(String name, String processorPath, boolean document, boolean generates) {}

  public static void main(String[] args) throws Exception {
    int rounds = 7;
    List<Integer> endpointCounts = List.of(200, 2000);
    String processorPath = null;
    String beforePath = null;
    boolean maven = true;
    Path keep = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(ProcessorBenchmark.value(args, ++i));
        case "--endpoints" -> endpointCounts =
            Stream.of(ProcessorBenchmark.value(args, ++i).split(",")).map(Integer::parseInt).toList();
        case "--processor-path" -> processorPath = ProcessorBenchmark.value(args, ++i);
        case "--before-processor-path" -> beforePath = ProcessorBenchmark.value(args, ++i);
        case "--no-maven" -> maven = false;
        case "--keep" -> keep = Path.of(ProcessorBenchmark.value(args, ++i)).toAbsolutePath();
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; use --processor-path PATH, --before-processor-path PATH, --rounds N,"
            + " --endpoints 200,2000, --no-maven, --keep DIR");
      }
    }
    if (processorPath == null || processorPath.isBlank()) {
      throw new IllegalArgumentException("--processor-path is required: the errors-plus processor jar"
          + " and its dependencies, as in this class's javadoc");
    }
    String classpath = String.join(File.pathSeparator,
        ProcessorBenchmark.frameworkClasspath().stream().map(File::getPath).toList());
    Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("errors-plus-cold-build");
    try {
      Files.writeString(work.resolve("classpath.txt"), classpath);
      List<Arm> arms = new ArrayList<>();
      arms.add(new Arm("idle processor", writeIdleProcessor(work.resolve("idle-processor"), false), false, false));
      arms.add(new Arm("idle, generates a class",
          writeIdleProcessor(work.resolve("idle-generating-processor"), true), false, true));
      if (beforePath != null) {
        arms.add(new Arm("errors-plus before", absolute(beforePath), true, false));
      }
      arms.add(new Arm("errors-plus", absolute(processorPath), true, false));
      System.out.printf(Locale.ROOT, "errors-plus cold build harness: JDK %s, %d CPUs, load average %.1f"
          + " at start; %d rounds, the arms' order rotates every round%n%n",
          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage(),
          rounds);
      for (int endpoints : endpointCounts) {
        int controllers = Math.max(1, endpoints / SyntheticCodebase.ENDPOINTS_PER_CONTROLLER);
        Path dir = work.resolve("e" + endpoints);
        SyntheticCodebase code = SyntheticCodebase.write(dir.resolve("src/main/java"), controllers,
            Math.max(10, controllers * 3 / 2));
        Path sourcesFile = dir.resolve("sources.txt");
        Files.write(sourcesFile, code.sources().stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%d endpoints (%d controllers, %d @ErrorDto types, %d files)%n",
            code.endpoints(), code.controllers(), code.dtos(), code.sources().size());
        if (rounds == 0) {
          continue;
        }
        report("javac (fresh process)", arms, measure(rounds, arms, arm -> {
          double millis = javac(dir, sourcesFile, classpath, arm.processorPath());
          requireDocument(dir.resolve("javac-out"), arm);
          return millis;
        }));
        if (maven) {
          Path pom = writePom(dir, classpath);
          report("mvn -o -q compile", arms, measure(rounds, arms, arm -> {
            double millis = mvn(dir, pom, arm.processorPath());
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

  /** The builds run in a temp folder: relative entries are resolved against this process's. */
  private static String absolute(String path) {
    return String.join(File.pathSeparator, Stream.of(path.split(File.pathSeparator))
        .map(entry -> Path.of(entry).toAbsolutePath().toString()).toList());
  }

  @FunctionalInterface
  private interface Run {
    double millis(Arm arm) throws Exception;
  }

  /** Per arm: the times of the rounds, and the ratios to the first arm's time of the same round. */
  private record Figures(List<List<Double>> times, List<List<Double>> ratios) {}

  private static Figures measure(int rounds, List<Arm> arms, Run run) throws Exception {
    for (Arm arm : arms) {
      run.millis(arm); // warms the OS file cache for every arm
    }
    List<List<Double>> times = new ArrayList<>();
    List<List<Double>> ratios = new ArrayList<>();
    for (int i = 0; i < arms.size(); i++) {
      times.add(new ArrayList<>());
      ratios.add(new ArrayList<>());
    }
    for (int round = 0; round < rounds; round++) {
      double[] millis = new double[arms.size()];
      for (int k = 0; k < arms.size(); k++) {
        int arm = (round + k) % arms.size(); // each arm runs first, second… in turn
        millis[arm] = run.millis(arms.get(arm));
      }
      for (int arm = 0; arm < arms.size(); arm++) {
        times.get(arm).add(millis[arm]);
        ratios.get(arm).add(millis[arm] / millis[0]);
      }
    }
    return new Figures(times, ratios);
  }

  private static void report(String what, List<Arm> arms, Figures f) {
    System.out.printf(Locale.ROOT, "  %s (load average %.1f at the end)%n", what, loadAverage());
    for (int arm = 0; arm < arms.size(); arm++) {
      System.out.printf(Locale.ROOT, "    %-24s median %6.0f ms, ratio to the idle processor %.3f%n",
          arms.get(arm).name(), ProcessorBenchmark.median(f.times().get(arm)),
          ProcessorBenchmark.median(f.ratios().get(arm)));
    }
    int last = arms.size() - 1;
    List<Double> overGenerating = new ArrayList<>();
    for (int round = 0; round < f.times().get(last).size(); round++) {
      overGenerating.add(f.times().get(last).get(round) / f.times().get(1).get(round));
    }
    System.out.printf(Locale.ROOT, "    errors-plus / idle that generates a class: %.3f%n",
        ProcessorBenchmark.median(overGenerating));
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

  /**
   * A processor that claims every annotation and does nothing, compiled into its own folder
   * (javac's own cost of running any processor); with {@code generating}, it also writes one empty
   * class in its first round (javac's own cost of a generated source: one more processing round,
   * which re-enters every source of the module).
   */
  private static String writeIdleProcessor(Path dir, boolean generating)
      throws IOException, InterruptedException {
    Path source = dir.resolve("src/idle/IdleProcessor.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, """
        package idle;

        import java.io.IOException;
        import java.io.UncheckedIOException;
        import java.io.Writer;
        import java.util.Set;
        import javax.annotation.processing.AbstractProcessor;
        import javax.annotation.processing.RoundEnvironment;
        import javax.lang.model.SourceVersion;
        import javax.lang.model.element.TypeElement;

        public final class IdleProcessor extends AbstractProcessor {
          private boolean generated = !%s;
          @Override public Set<String> getSupportedAnnotationTypes() { return Set.of("*"); }
          @Override public SourceVersion getSupportedSourceVersion() { return SourceVersion.latestSupported(); }
          @Override public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!generated) {
              generated = true;
              try (Writer out = processingEnv.getFiler().createSourceFile("idle.Generated").openWriter()) {
                out.write("package idle;\\n\\nfinal class Generated {}\\n");
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
            return false;
          }
        }
        """.formatted(generating));
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes.resolve("META-INF/services"));
    time(dir, List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "--release", "17", "-proc:none", "-d", classes.toString(), source.toString()));
    Files.writeString(classes.resolve("META-INF/services/javax.annotation.processing.Processor"),
        "idle.IdleProcessor\n");
    return classes.toString();
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

  /** The errors-plus arms must have written their document, the idle arms not: else nothing was compared. */
  private static void requireDocument(Path classes, Arm arm) {
    if (Files.exists(classes.resolve("idle/Generated.class")) != arm.generates()) {
      throw new IllegalStateException(arm.name() + " arm: the control's generated class was "
          + (arm.generates() ? "not compiled" : "compiled") + " in " + classes);
    }
    boolean written = Files.exists(classes.resolve("META-INF/errors-plus/openapi.json"));
    if (written != arm.document()) {
      throw new IllegalStateException(arm.name() + " arm: the errors-plus document was "
          + (written ? "written by the idle processor's build" : "not written") + " in " + classes);
    }
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
