package io.errorsplus.benchmarks.dispatch;

import io.errorsplus.dispatch.DeliveryOptions;
import io.errorsplus.dispatch.ErrorDispatcher;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.testing.SampleReports;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Bytes allocated by the capturing thread itself per {@code capture} (JMH's {@code -prof gc}
 * counts every thread, including the worker that scrubs): measured with
 * {@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes} over 200,000 captures,
 * after 200,000 warm-up captures, every one of them queued (the queue has room for all).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.errorsplus.benchmarks.dispatch.CaptureAllocationHarness
 * </pre>
 */
public final class CaptureAllocationHarness {

  private static final int CAPTURES = 200_000;

  private CaptureAllocationHarness() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    ErrorReport report = SampleReports.typicalRequest(1);
    Path spool = Files.createTempDirectory("errors-plus-alloc-spool");
    try (ErrorDispatcher d = ErrorDispatcher.builder().appName("alloc").shutdownHook(false)
        .spoolDirectory(spool).spoolMaxBytes(0).closeTimeout(Duration.ZERO)
        .provider(new DiscardingProvider("discard", 0), DeliveryOptions.builder().queueCapacity(2 * CAPTURES + 1).build())
        .build()) {
      for (int i = 0; i < CAPTURES; i++) {
        d.capture(report); // warm-up: let the JIT compile capture
      }
      long before = threads.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < CAPTURES; i++) {
        d.capture(report);
      }
      long bytes = threads.getCurrentThreadAllocatedBytes() - before;
      System.out.printf("request thread: %.1f bytes allocated per capture (%,d captures, %,d dropped)%n",
          bytes / (double) CAPTURES, CAPTURES, d.stats().provider("discard").dropped());
    }
    Files.walk(spool).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
  }
}
