package io.errorsplus.it.jersey3;

import io.errorsplus.dispatch.ErrorDispatcher;
import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.jaxrs.ErrorsPlusFeature;
import io.errorsplus.it.jaxrs.TestApplication;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * A benchmark, not a test (BENCHMARKS.md has the command and the figures): the same Jersey 3.1
 * application on Grizzly without and with {@link ErrorsPlusFeature}, both in this
 * JVM, loaded in turn by {@code wrk} on loopback with successful requests ({@code GET /plants/1});
 * arms alternate, medians and their ratio are printed.
 *
 * <p>Arguments: seconds per run (10), rounds (3), wrk threads (2), connections (16).
 */
public final class FeatureOverheadHarness {

  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

  private FeatureOverheadHarness() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    int connections = args.length > 3 ? Integer.parseInt(args[3]) : 16;

    ErrorProvider discard = report -> { };
    try (ErrorDispatcher dispatcher = ErrorDispatcher.builder().appName("bench").provider(discard)
        .spoolDirectory(Files.createTempDirectory("errors-plus-bench")).shutdownHook(false).build()) {
      HttpServer without = start(new TestApplication(new io.errorsplus.it.jaxrs.QuotaMapper()));
      HttpServer with = start(new TestApplication(new ErrorsPlusFeature(dispatcher)));
      try {
        String plain = url(without);
        String featured = url(with);
        wrk(plain, 2 * seconds, threads, connections); // warm-up (JIT), not counted
        wrk(featured, 2 * seconds, threads, connections);
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
          // Alternate which arm goes first, so drift (heat, other load) does not favour one.
          if (round % 2 == 1) {
            a.add(wrk(plain, seconds, threads, connections));
            b.add(wrk(featured, seconds, threads, connections));
          } else {
            b.add(wrk(featured, seconds, threads, connections));
            a.add(wrk(plain, seconds, threads, connections));
          }
          System.out.printf(Locale.ROOT, "round %d: without %.0f req/s, with %.0f req/s%n", round,
              a.get(a.size() - 1), b.get(b.size() - 1));
        }
        double ma = median(a);
        double mb = median(b);
        System.out.printf(Locale.ROOT, "median without %.0f req/s, with %.0f req/s, ratio %.3f%n",
            ma, mb, mb / ma);
      } finally {
        without.shutdownNow();
        with.shutdownNow();
      }
    }
  }

  private static HttpServer start(TestApplication application) {
    return GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
        ResourceConfig.forApplication(application));
  }

  private static String url(HttpServer server) {
    return "http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/plants/1";
  }

  private static double wrk(String url, int seconds, int threads, int connections) throws Exception {
    Process p = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
        url).redirectErrorStream(true).start();
    StringBuilder out = new StringBuilder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        out.append(line).append('\n');
      }
    }
    if (p.waitFor() != 0) {
      throw new IllegalStateException("wrk failed:\n" + out);
    }
    Matcher errors = NON_2XX.matcher(out);
    if (errors.find()) {
      throw new IllegalStateException("non-2xx answers under load: " + errors.group(1) + "\n" + out);
    }
    Matcher rate = RATE.matcher(out);
    if (!rate.find()) {
      throw new IllegalStateException("no Requests/sec in wrk's output:\n" + out);
    }
    return Double.parseDouble(rate.group(1));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
