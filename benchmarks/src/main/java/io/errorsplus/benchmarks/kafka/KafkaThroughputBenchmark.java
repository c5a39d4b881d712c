package io.errorsplus.benchmarks.kafka;

import io.errorsplus.dispatch.DeliveryOptions;
import io.errorsplus.dispatch.ErrorDispatcher;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.ProviderStats;
import io.errorsplus.dispatch.provider.kafka.KafkaBroker;
import io.errorsplus.dispatch.provider.kafka.KafkaProvider;
import io.errorsplus.dispatch.testing.SampleReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Sustained reports per second into a real local broker (a child JVM, KRaft, single node).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.errorsplus.benchmarks.kafka.KafkaThroughputBenchmark [reports] [runs] [mode]
 * </pre>
 *
 * <p>Modes: {@code dispatcher} captures every report into one {@link ErrorDispatcher} with a
 * {@link KafkaProvider} (its queue sized to hold the burst), flushes, and waits until all are
 * delivered; {@code dispatcher-default} does the same with the provider's default queue, so a
 * burst larger than the queue overflows to the disk spool and is replayed; {@code provider} drives
 * {@link KafkaProvider#sendBatch} directly in batches of 1000 (the provider's ceiling). Each run writes to a fresh 3-partition topic; the figure counts the
 * records that are in the topic afterwards, so a lost report would show.
 */
public final class KafkaThroughputBenchmark {

  private static final int PARTITIONS = 3;
  private static final int BATCH = Integer.getInteger("kafka.batch", 1000);
  /** {@code -Dkafka.digest=N}: the dispatcher's batch size for tuning runs; default the provider's. */
  private static final Integer DIGEST = Integer.getInteger("kafka.digest");

  /** Per run: the rate two otherwise idle cores would carry, from the CPU time both JVMs used. */
  private static final List<Double> CPU_BOUND = new ArrayList<>();

  private KafkaThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    // the clients' INFO lines (config dumps) would drown the figures; the broker logs to its own file
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("kafka.log", "warn"));
    int reports = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String mode = args.length > 2 ? args[2] : "dispatcher";
    SampleReports.ServiceErrors typical = new SampleReports.ServiceErrors(500);
    long bytes = 0;
    for (int i = 0; i < 500; i++) {
      bytes += typical.report(i).toJson(io.errorsplus.dispatch.MessageTemplate.all()).length();
    }
    System.out.printf(Locale.ROOT, "Kafka throughput: %d reports x %d runs, mode %s, ~%d bytes per value, %d cores%n",
        reports, runs, mode, bytes / 500, Runtime.getRuntime().availableProcessors());
    try (KafkaBroker broker = KafkaBroker.start()) {
      System.out.println("broker " + broker.bootstrapServers() + ", log " + broker.logFile());
      // warm-up run, not counted: JIT of producer and broker
      run(broker, typical, Math.min(reports, 50_000), mode, "warmup");
      double[] rates = new double[runs];
      for (int r = 0; r < runs; r++) {
        rates[r] = run(broker, typical, reports, mode, "run" + r);
      }
      CPU_BOUND.remove(0); // the warm-up
      double[] sorted = rates.clone();
      Arrays.sort(sorted);
      List<Double> bound = new ArrayList<>(CPU_BOUND);
      bound.sort(null);
      System.out.printf(Locale.ROOT, "RESULT mode=%s reports=%d runs=%s median=%.0f reports/s; "
          + "CPU-bound median %.0f reports/s on 2 idle cores%n", mode, reports,
          Arrays.stream(rates).mapToObj(x -> String.format(Locale.ROOT, "%.0f", x)).collect(Collectors.toList()),
          sorted[sorted.length / 2], bound.get(bound.size() / 2));
    }
  }

  private static double run(KafkaBroker broker, SampleReports.ServiceErrors typical, int reports, String mode, String label)
      throws Exception {
    String topic = "bench-" + mode + "-" + label + "-" + System.nanoTime();
    broker.createTopic(topic, PARTITIONS);
    Duration brokerCpu0 = broker.cpuTime().orElse(Duration.ZERO);
    Duration ownCpu0 = ownCpu();
    long start = System.nanoTime();
    if (mode.equals("provider")) {
      try (KafkaProvider provider = provider(broker, topic)) {
        List<ErrorReport> batch = new ArrayList<>(BATCH);
        for (long i = 0; i < reports; i++) {
          batch.add(typical.report(i));
          if (batch.size() == BATCH) {
            sendWithRetries(provider, batch);
            batch.clear();
          }
        }
        sendWithRetries(provider, batch);
      }
    } else if (mode.equals("dispatcher") || mode.equals("dispatcher-default")) {
      KafkaProvider provider = provider(broker, topic);
      DeliveryOptions.Builder tuned = provider.deliveryOptions().toBuilder();
      if (mode.equals("dispatcher")) {
        tuned.queueCapacity(Math.max(reports, 1));
      }
      if (DIGEST != null) {
        tuned.maxDigestSize(DIGEST);
      }
      DeliveryOptions options = tuned.build();
      Path spool = Files.createTempDirectory("errors-plus-bench-spool-");
      try (ErrorDispatcher dispatcher = ErrorDispatcher.builder().appName("api-plant-manager")
          .provider(provider, options).spoolDirectory(spool).spoolMaxBytes(4L << 30)
          .closeTimeout(Duration.ofSeconds(60)).shutdownHook(false).build()) {
        for (long i = 0; i < reports; i++) {
          dispatcher.capture(typical.captured(i));
        }
        dispatcher.flush(Duration.ofMinutes(5));
        // reports that overflowed the queue went to the spool; wait until it is replayed too
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        ProviderStats s = dispatcher.stats().providers().get(0);
        while (s.delivered() + s.replayed() < reports && s.dropped() == 0 && System.nanoTime() < deadline) {
          Thread.sleep(5);
          s = dispatcher.stats().providers().get(0);
        }
        System.out.printf(Locale.ROOT, "         stats: delivered=%d spooled=%d replayed=%d retried=%d dropped=%d%n",
            s.delivered(), s.spooled(), s.replayed(), s.retried(), s.dropped());
      }
    } else {
      throw new IllegalArgumentException("unknown mode " + mode + "; use provider, dispatcher or dispatcher-default");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double ownUs = (ownCpu().minus(ownCpu0).toNanos() / 1e3) / reports;
    double brokerUs = (broker.cpuTime().orElse(Duration.ZERO).minus(brokerCpu0).toNanos() / 1e3) / reports;
    long inTopic = count(broker, topic);
    double rate = reports / seconds;
    System.out.printf(Locale.ROOT, "%-8s %d reports in %.2f s = %.0f reports/s; %d records in the topic; "
        + "CPU per report: %.1f us here + %.1f us broker; 2 idle cores would carry %.0f reports/s; load %.1f%n",
        label, reports, seconds, rate, inTopic, ownUs, brokerUs, 2e6 / (ownUs + brokerUs),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    CPU_BOUND.add(2e6 / (ownUs + brokerUs));
    if (inTopic < reports) {
      throw new IllegalStateException("lost reports: " + inTopic + " of " + reports + " in " + topic);
    }
    return rate;
  }

  /** The provider with its defaults, plus producer overrides from {@code -Dkafka.producer=k=v,k=v} for tuning runs. */
  static KafkaProvider provider(KafkaBroker broker, String topic) {
    KafkaProvider.Builder b = KafkaProvider.builder().bootstrapServers(broker.bootstrapServers()).topic(topic);
    String overrides = System.getProperty("kafka.producer", "");
    for (String kv : overrides.split(",")) {
      if (!kv.isBlank()) {
        String[] parts = kv.split("=", 2);
        b.property(parts[0].trim(), parts[1].trim());
      }
    }
    return b.build();
  }

  /** What the dispatcher does with a failed batch: send it again (at least once). */
  private static void sendWithRetries(KafkaProvider provider, List<ErrorReport> batch) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        provider.sendBatch(batch);
        return;
      } catch (Exception e) {
        if (attempt == 5) {
          throw e;
        }
        System.out.println("         retrying a batch after: " + e.getMessage());
      }
    }
  }

  private static Duration ownCpu() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  private static long count(KafkaBroker broker, String topic) throws Exception {
    try (Admin admin = broker.admin()) {
      Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
      for (int p = 0; p < PARTITIONS; p++) {
        latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
      }
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets =
          admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
      Set<TopicPartition> keys = offsets.keySet();
      long total = 0;
      for (TopicPartition tp : keys) {
        total += offsets.get(tp).offset();
      }
      return total;
    }
  }
}
