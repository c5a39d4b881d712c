package io.errorsplus.it.springdoc.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * springdoc's first {@code /v3/api-docs} with errors-plus's merge against the same application
 * without it ({@code errors-plus.springdoc.enabled=false}), at 200 controllers (1,000 endpoints).
 * The synthetic application ({@link ShopCodebase}) is compiled once with the errors-plus processor;
 * every round starts a fresh JVM per arm ({@link FirstDocChild}), alternating which arm goes
 * first, and times the first request. Prints medians and the median of per-round ratios.
 *
 * <pre>
 * mvn -B -pl integration-tests/springdoc-boot-4 -am -DskipTests -Pspringdoc-benchmark verify \
 *     -Dbench.args="--rounds 7 --controllers 200 --mode openapi_3_1"
 * </pre>
 */
public final class SpringdocFirstDocBenchmark {

  private static final Pattern READ = Pattern.compile("for springdoc in (\\d+) ms");
  private static final Pattern MERGED = Pattern.compile("into springdoc's document in (\\d+) ms");
  private static final Pattern FIRST_DOC =
      Pattern.compile("FIRST_DOC_MS=([0-9.]+) BYTES=(\\d+) MERGED=(true|false)");

  private SpringdocFirstDocBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = 7;
    int controllers = 200;
    String mode = "openapi_3_1";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--controllers" -> controllers = Integer.parseInt(args[++i]);
        case "--mode" -> mode = args[++i];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; use --rounds N --controllers N --mode openapi_3_0|openapi_3_1");
      }
    }
    Path work = Files.createTempDirectory("errors-plus-springdoc-bench");
    try {
      Path classes = compile(work, controllers);
      String classpath = classes + File.pathSeparator + System.getProperty("java.class.path");
      List<Double> with = new ArrayList<>();
      List<Double> without = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      List<Double> inside = new ArrayList<>();
      int bytesWith = 0;
      int bytesWithout = 0;
      for (int round = 0; round < rounds; round++) {
        boolean mergeFirst = round % 2 == 0;
        Run first = run(classpath, mergeFirst, mode);
        Run second = run(classpath, !mergeFirst, mode);
        Run merged = mergeFirst ? first : second;
        Run plain = mergeFirst ? second : first;
        if (!merged.merged() || plain.merged()) {
          throw new IllegalStateException("the merge arm must hold errors-plus's responses and the"
              + " plain arm must not (merged: " + merged.merged() + ", plain: " + plain.merged() + ")");
        }
        with.add(merged.millis());
        without.add(plain.millis());
        ratios.add(merged.millis() / plain.millis());
        inside.add(merged.insideMillis());
        bytesWith = merged.bytes();
        bytesWithout = plain.bytes();
        System.out.printf(Locale.ROOT, "round %d (%s first): with merge %.0f ms, without %.0f ms,"
            + " ratio %.3f (inside the merge %.0f ms)%n", round + 1, mergeFirst ? "merge" : "plain",
            merged.millis(), plain.millis(), merged.millis() / plain.millis(), merged.insideMillis());
      }
      System.out.printf(Locale.ROOT, "%d controllers (%d endpoints), %s, %d rounds:%n",
          controllers, controllers * 5, mode, rounds);
      System.out.printf(Locale.ROOT, "  first /v3/api-docs without merge  median %6.0f ms  (%d bytes)%n",
          median(without), bytesWithout);
      System.out.printf(Locale.ROOT, "  first /v3/api-docs with merge     median %6.0f ms  (%d bytes)%n",
          median(with), bytesWith);
      System.out.printf(Locale.ROOT, "  ratio (median of per-round ratios) %.3f; ratio of medians %.3f%n",
          median(ratios), median(with) / median(without));
      System.out.printf(Locale.ROOT, "  inside the merge (reading the documents + merging) median %.0f ms"
          + " = %.1f%% of the plain first document%n", median(inside),
          100 * median(inside) / median(without));
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** One arm's first document: end to end, and the merge's own time (read + merge), 0 without. */
  private record Run(double millis, int bytes, boolean merged, double insideMillis) {}

  /** Compiles the synthetic application with the errors-plus processor (from the class path). */
  private static Path compile(Path work, int controllers) throws IOException {
    List<Path> sources = ShopCodebase.write(work.resolve("src"), controllers);
    Path classes = Files.createDirectories(work.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null,
        StandardCharsets.UTF_8)) {
      String cp = System.getProperty("java.class.path");
      List<String> options = List.of("-d", classes.toString(), "-classpath", cp,
          "-processorpath", cp, "-parameters", "--release", "17");
      Boolean ok = javac.getTask(null, files, null, options, null,
          files.getJavaFileObjectsFromPaths(sources)).call();
      if (!Boolean.TRUE.equals(ok)) {
        throw new IllegalStateException("the synthetic application did not compile");
      }
    }
    if (!Files.exists(classes.resolve("META-INF/errors-plus/openapi.json"))) {
      throw new IllegalStateException("the processor wrote no openapi.json");
    }
    return classes;
  }

  private static Run run(String classpath, boolean merge, String mode)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xmx1g", "-cp", classpath,
        FirstDocChild.class.getName(), Boolean.toString(merge), mode)
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("the application did not answer:\n" + output);
    }
    Matcher m = FIRST_DOC.matcher(output);
    if (!m.find()) {
      throw new IllegalStateException("no FIRST_DOC_MS line in:\n" + output);
    }
    return new Run(Double.parseDouble(m.group(1)), Integer.parseInt(m.group(2)),
        Boolean.parseBoolean(m.group(3)), millis(READ, output) + millis(MERGED, output));
  }

  private static double millis(Pattern pattern, String output) {
    Matcher m = pattern.matcher(output);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
