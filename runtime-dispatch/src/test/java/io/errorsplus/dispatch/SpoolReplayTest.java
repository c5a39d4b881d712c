package io.errorsplus.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorsplus.dispatch.spool.ReportSpool;
import io.errorsplus.dispatch.testing.SampleReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolReplayTest {

  @TempDir Path spool;

  private static final DeliveryOptions ONE_ATTEMPT = DeliveryOptions.builder().maxAttempts(1).build();

  private ErrorDispatcher.Builder dispatcher() {
    return ErrorDispatcher.builder().appName("shop").spoolDirectory(spool).shutdownHook(false);
  }

  private static RecordingProvider failing(String name) {
    return new RecordingProvider(name, ONE_ATTEMPT).behaving((n, r) -> {
      throw new IOException("down");
    });
  }

  /** Spools {@code count} small reports for provider "p" and returns their guids. */
  private Set<String> spoolReports(int count) {
    RecordingProvider witness = new RecordingProvider("witness");
    try (ErrorDispatcher d = dispatcher().provider(failing("p")).provider(witness).build()) {
      for (int i = 0; i < count; i++) {
        d.capture(SampleReports.small(i));
      }
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
      assertThat(d.stats().provider("p").spooled()).isEqualTo(count);
    }
    return new HashSet<>(witness.guids());
  }

  @Test
  void aRestartReplaysEverythingOnceEvenWhenTheFirstReplayIsCutShort() {
    Set<String> all = spoolReports(30);

    // Run 2: the provider takes 12 reports, then hangs; close() abandons it at its deadline.
    CountDownLatch never = new CountDownLatch(1);
    RecordingProvider second = new RecordingProvider("p").behaving((n, r) -> {
      if (n > 12) {
        never.await();
      }
    });
    ErrorDispatcher run2 = dispatcher().provider(second).closeTimeout(Duration.ofMillis(500)).build();
    Await.until("12 replayed", () -> second.received.size() == 12);
    Await.until("the 13th is being sent", () -> second.attempts() == 13);
    run2.close();
    never.countDown();
    assertThat(run2.stats().provider("p").replayed()).isEqualTo(12);

    // Run 3: the rest, and nothing that was delivered before.
    RecordingProvider third = new RecordingProvider("p");
    try (ErrorDispatcher run3 = dispatcher().provider(third).build()) {
      Await.until("18 replayed", () -> third.received.size() >= 18);
      assertThat(run3.flush(Duration.ofSeconds(10))).isTrue();
    }
    assertThat(third.received).hasSize(18);
    List<String> delivered = new ArrayList<>(second.guids());
    delivered.addAll(third.guids());
    assertThat(delivered).hasSize(30).doesNotHaveDuplicates();
    assertThat(new HashSet<>(delivered)).isEqualTo(all);
    assertThat(third.map(ErrorReport::errorDetails)).startsWith("small #12", "small #13"); // oldest first
    try (ReportSpool left = ReportSpool.open(spool.resolve("p"), 1 << 20)) {
      assertThat(left.read(100)).isEmpty();
      assertThat(left.hasPending()).isFalse();
    }
  }

  @Test
  void aReplayedReportIsIdenticalToTheDeliveredOne() {
    RecordingProvider good = new RecordingProvider("good");
    try (ErrorDispatcher d = dispatcher().provider(good).provider(failing("bad")).build()) {
      d.capture(SampleReports.itemLookup(7));
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
    }
    RecordingProvider revived = new RecordingProvider("bad");
    try (ErrorDispatcher d = dispatcher().provider(revived).build()) {
      Await.until("replayed", () -> d.stats().provider("bad").replayed() == 1);
    }
    ErrorReport original = good.received.get(0);
    ErrorReport replayed = revived.received.get(0);
    assertThat(replayed.toJson(MessageTemplate.all())).isEqualTo(original.toJson(MessageTemplate.all()));
    assertThat(replayed.traceback()).contains("stock is empty #7").contains("at io.errorsplus.dispatch.testing.SampleReports.itemLookup");
    assertThat(replayed.duration()).isEqualTo(original.duration());
    assertThat(replayed.requestContentType()).isEqualTo("application/json");
  }

  @Test
  void aCutOffLastLineAndAnUnreadableLineAreSkippedNotFatal() throws IOException {
    spoolReports(3);
    Path segment;
    try (Stream<Path> files = Files.list(spool.resolve("p"))) {
      segment = files.filter(f -> f.getFileName().toString().startsWith("segment-")).findFirst().orElseThrow();
    }
    // What a crash in the middle of an append leaves behind, after one corrupted record.
    Files.writeString(segment, "this is not json\n{\"app_name\":\"cut", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

    RecordingProvider revived = new RecordingProvider("p");
    try (ErrorDispatcher d = dispatcher().provider(revived).build()) {
      Await.until("the 3 good records replayed", () -> revived.received.size() == 3);
      Await.until("the spool is drained", () -> d.stats().provider("p").spoolBytes() == 0);
      d.capture(SampleReports.small(99));
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
    }
    assertThat(revived.map(ErrorReport::errorDetails)).containsExactlyInAnyOrder("small #0", "small #1", "small #2", "small #99");
    try (ReportSpool left = ReportSpool.open(spool.resolve("p"), 1 << 20)) {
      assertThat(left.hasPending()).isFalse();
    }
  }

  @Test
  void flushDoesNotWaitForALongReplay() {
    spoolReports(100);
    // Each send takes 20 ms (a slow channel, not a synchronisation): the worker answers flush
    // between replayed records. A send that never returns would make flush report false instead.
    RecordingProvider slowReplay = new RecordingProvider("p").behaving((n, r) -> Thread.sleep(20)); // 2 s in all
    try (ErrorDispatcher d = dispatcher().provider(slowReplay).closeTimeout(Duration.ofMillis(500)).build()) {
      Await.until("the replay started", () -> slowReplay.attempts() > 0);
      assertThat(d.flush(Duration.ofSeconds(1))).isTrue(); // nothing is queued: the replay goes on later
      assertThat(slowReplay.received.size()).isLessThan(100);
    }
  }

  @Test
  void spooledReportsAreScrubbed() throws IOException {
    try (ErrorDispatcher d = dispatcher().provider(failing("p")).build()) {
      d.capture(ErrorReport.builder().error(new IllegalStateException("x")).statusCode(500)
          .header("Authorization", "Bearer hunter2").queryParam("token", "hunter2")
          .fullUrl("http://h/x?token=hunter2").requestBody("application/json", "{\"password\":\"hunter2\"}").build());
      d.flush(Duration.ofSeconds(10));
    }
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(spool.resolve("p"))) {
      for (Path f : files.toList()) {
        all.append(Files.readString(f));
      }
    }
    assertThat(all).contains("[Filtered]").doesNotContain("hunter2");
  }

  @Test
  void spoolsAreKeptPerProviderName() {
    spoolReports(2);
    RecordingProvider other = new RecordingProvider("other");
    RecordingProvider p = new RecordingProvider("p");
    try (ErrorDispatcher d = dispatcher().provider(other).provider(p).build()) {
      Await.until("p replayed", () -> p.received.size() == 2);
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
    }
    assertThat(other.received).isEmpty();
  }
}
