package io.errorsplus.benchmarks.kafka;

import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.json.ReportJson;
import io.errorsplus.dispatch.testing.SampleReports;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * CPU time per Kafka record value: the provider's encoder ({@link ReportJson.Encoder}, one reused
 * jackson-core generator) against {@code toJson(template).getBytes(UTF_8)}, alternating in one
 * JVM. Thread CPU time, not wall-clock time: on a shared machine it barely moves with the load.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.errorsplus.benchmarks.kafka.ValueEncodingHarness [rounds]
 * </pre>
 */
public final class ValueEncodingHarness {

  private static final int PER_ROUND = 100_000;

  private ValueEncodingHarness() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    SampleReports.ServiceErrors errors = new SampleReports.ServiceErrors(500);
    ErrorReport[] reports = new ErrorReport[500];
    for (int i = 0; i < reports.length; i++) {
      reports[i] = errors.report(i);
    }
    MessageTemplate template = MessageTemplate.all();
    ReportJson.Encoder encoder = new ReportJson.Encoder(template);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double bestEncoder = Double.MAX_VALUE;
    double bestToJson = Double.MAX_VALUE;
    long bytes = 0;
    for (int round = 0; round < rounds; round++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < PER_ROUND; i++) {
        bytes += encoder.encode(reports[i % reports.length]).length;
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < PER_ROUND; i++) {
        bytes += reports[i % reports.length].toJson(template).getBytes(StandardCharsets.UTF_8).length;
      }
      long t2 = cpu.getCurrentThreadCpuTime();
      if (round >= rounds / 3) { // the first third warms up the JIT
        bestEncoder = Math.min(bestEncoder, (t1 - t0) / (double) PER_ROUND);
        bestToJson = Math.min(bestToJson, (t2 - t1) / (double) PER_ROUND);
      }
    }
    System.out.printf(Locale.ROOT, "RESULT encoder %.0f ns CPU per value, toJson+getBytes %.0f ns "
        + "(best round of %d after warm-up; %d bytes per value)%n", bestEncoder, bestToJson, rounds - rounds / 3,
        bytes / (2L * rounds * PER_ROUND));
  }
}
