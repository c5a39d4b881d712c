package io.errorsplus.benchmarks.dispatch;

import io.errorsplus.dispatch.DeliveryOptions;
import io.errorsplus.dispatch.ErrorDispatcher;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.ProviderStats;
import io.errorsplus.dispatch.testing.SampleReports;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An error storm: 100,000 captures in 10 s, paced evenly, to one fast provider (discards) and one
 * slow provider (20 ms per report, 50/s). Reports heap growth, how far the fast provider falls
 * behind, where the slow provider's reports went, and checks the accounting.
 *
 * <p>Argument {@code spool} (default): the slow provider takes every report, so nearly all of them
 * overflow to its disk spool, the worst case. {@code dedup}: the slow provider de-duplicates
 * (a one-minute window), as chat and e-mail providers do by default; the storm's 1,000 distinct
 * reports share 25 fingerprints.
 *
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar io.errorsplus.benchmarks.dispatch.ErrorStormHarness spool
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar io.errorsplus.benchmarks.dispatch.ErrorStormHarness dedup
 * </pre>
 */
public final class ErrorStormHarness {

  private static final int CAPTURES = 100_000;
  private static final long STORM_NANOS = TimeUnit.SECONDS.toNanos(10);
  private static final int DISTINCT_REPORTS = 1_000;

  private ErrorStormHarness() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    ErrorReport[] reports = new ErrorReport[DISTINCT_REPORTS];
    for (int i = 0; i < reports.length; i++) {
      reports[i] = SampleReports.typicalRequest(i, "/plants/{plantId}/items/" + (i % 25));
    }
    Path spool = Files.createTempDirectory("errors-plus-storm-spool");
    DiscardingProvider fast = new DiscardingProvider("fast", 0);
    DiscardingProvider slow = new DiscardingProvider("slow", TimeUnit.MILLISECONDS.toNanos(20));
    boolean dedup = args.length > 0 && args[0].equals("dedup");
    DeliveryOptions.Builder slowOptions = DeliveryOptions.builder().queueCapacity(1024);
    if (dedup) {
      slowOptions.deduplicationWindow(Duration.ofMinutes(1));
    }
    ErrorDispatcher dispatcher = ErrorDispatcher.builder().appName("storm").shutdownHook(false)
        .spoolDirectory(spool).spoolMaxBytes(2L * 1024 * 1024 * 1024)
        .provider(fast).provider(slow, slowOptions.build())
        .build();
    System.out.printf("mode: %s%n", dedup ? "dedup (slow provider de-duplicates)" : "spool (slow provider takes every report)");

    System.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();
    long peakHeap = heapBefore;
    long maxFastBacklog = 0;
    long worstCaptureNanos = 0;
    long start = System.nanoTime();
    for (int i = 0; i < CAPTURES; i++) {
      long due = start + STORM_NANOS * i / CAPTURES;
      while (System.nanoTime() < due) {
        Thread.onSpinWait();
      }
      long t0 = System.nanoTime();
      dispatcher.capture(reports[i % DISTINCT_REPORTS]);
      worstCaptureNanos = Math.max(worstCaptureNanos, System.nanoTime() - t0);
      if (i % 1000 == 0) {
        peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
        ProviderStats f = dispatcher.stats().provider("fast");
        maxFastBacklog = Math.max(maxFastBacklog, f.inFlight());
      }
    }
    long stormNanos = System.nanoTime() - start;
    ProviderStats fastAtEnd = dispatcher.stats().provider("fast");
    System.gc();
    long heapAfterStorm = memory.getHeapMemoryUsage().getUsed();
    long closeStart = System.nanoTime();
    dispatcher.close();
    long closeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closeStart);

    ProviderStats f = dispatcher.stats().provider("fast");
    ProviderStats s = dispatcher.stats().provider("slow");
    long spoolBytes = folderSize(spool);
    System.out.printf("storm: %,d captures in %.2f s (worst single capture %.1f ms)%n", CAPTURES,
        stormNanos / 1e9, worstCaptureNanos / 1e6);
    System.out.printf("heap used: %,d KiB before, peak %,d KiB during, %,d KiB after the storm (after GC); growth %,d KiB%n",
        heapBefore / 1024, peakHeap / 1024, heapAfterStorm / 1024, (heapAfterStorm - heapBefore) / 1024);
    System.out.printf("fast: delivered %,d of %,d by the end of the storm; largest backlog %,d; %s%n",
        fastAtEnd.delivered(), fastAtEnd.captured(), maxFastBacklog, f);
    System.out.printf("slow: %s%n", s);
    System.out.printf("close() took %d ms; spool on disk %,d KiB%n", closeMillis, spoolBytes / 1024);
    boolean ok = true;
    for (ProviderStats p : new ProviderStats[] {f, s}) {
      long sum = p.delivered() + p.spooled() + p.deduplicated() + p.dropped();
      System.out.printf("accounting %s: captured %,d = delivered %,d + spooled %,d + deduplicated %,d + dropped %,d -> %s%n",
          p.name(), p.captured(), p.delivered(), p.spooled(), p.deduplicated(), p.dropped(),
          sum == p.captured() && p.dropped() == 0 ? "exact, nothing dropped" : "MISMATCH");
      ok &= sum == p.captured() && p.dropped() == 0 && p.captured() == CAPTURES;
    }
    deleteFolder(spool);
    if (!ok) {
      System.exit(1);
    }
  }

  private static long folderSize(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteFolder(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

}
