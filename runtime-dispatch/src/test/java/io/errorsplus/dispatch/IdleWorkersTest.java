package io.errorsplus.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorsplus.dispatch.testing.SampleReports;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An idle dispatcher's threads sleep: they wait without a timeout (Thread.State.WAITING) until a
 * report, a flush or a close arrives, instead of waking on a timer to poll.
 */
class IdleWorkersTest {

  @TempDir Path spool;

  @Test
  void workersAndTheSpoolThreadWaitWithoutATimeoutWhenThereIsNothingToDo() {
    RecordingProvider plain = new RecordingProvider("plain");
    RecordingProvider dedup = new RecordingProvider("dedup",
        DeliveryOptions.builder().deduplicationWindow(Duration.ofMillis(300)).build());
    try (ErrorDispatcher d = ErrorDispatcher.builder().appName("idle").spoolDirectory(spool).shutdownHook(false)
        .provider(plain).provider(dedup).build()) {
      d.capture(SampleReports.itemLookup(1));
      d.capture(SampleReports.itemLookup(1)); // a repeat: "dedup" holds a window open for 300 ms
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
      d.capture(SampleReports.itemLookup(2)); // opens a window again, after the flush
      Await.until("the dedup worker's window to end", () -> dedup.received.size() >= 3);

      for (String name : List.of("errors-plus-plain", "errors-plus-dedup", "errors-plus-spool")) {
        Await.until(name + " to wait without a timeout", Duration.ofSeconds(10),
            () -> state(name) == Thread.State.WAITING);
      }

      // Sleeping workers still wake for work at once.
      d.capture(SampleReports.itemLookup(3));
      Await.until("a report after the idle period", () -> plain.received.size() == 4);
    }
  }

  private static Thread.State state(String name) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals(name))
        .map(Thread::getState)
        .findFirst().orElse(Thread.State.TERMINATED);
  }
}
