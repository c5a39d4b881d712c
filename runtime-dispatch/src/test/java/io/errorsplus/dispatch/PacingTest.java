package io.errorsplus.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorsplus.dispatch.testing.SampleReports;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** De-duplication, digests and the rate limit. */
class PacingTest {

  @TempDir Path spool;

  private ErrorDispatcher.Builder dispatcher() {
    return ErrorDispatcher.builder().appName("shop").spoolDirectory(spool).shutdownHook(false);
  }

  private static void assertAccounted(ProviderStats s) {
    assertThat(s.captured()).isEqualTo(s.delivered() + s.spooled() + s.deduplicated() + s.dropped());
  }

  @Test
  void repeatsWithinTheWindowBecomeOneSummaryWithOccurrences() {
    RecordingProvider chat = new RecordingProvider("chat",
        DeliveryOptions.builder().deduplicationWindow(Duration.ofMinutes(5)).build());
    try (ErrorDispatcher d = dispatcher().provider(chat).build()) {
      for (int i = 0; i < 5; i++) {
        d.capture(SampleReports.at("/same"));
      }
      d.capture(SampleReports.at("/elsewhere"));
      Await.until("first occurrences sent at once", () -> chat.received.size() == 2);
      assertThat(chat.received).allMatch(r -> r.occurrences() == 1);
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue(); // closes the windows: the summary goes out
      assertThat(chat.received).hasSize(3);
      ErrorReport summary = chat.received.get(2);
      assertThat(summary.endpoint()).isEqualTo("/same");
      assertThat(summary.occurrences()).isEqualTo(4);
      assertThat(summary.fingerprint()).isEqualTo(chat.received.get(0).fingerprint());
      ProviderStats s = d.stats().provider("chat");
      assertThat(s.captured()).isEqualTo(6);
      assertThat(s.delivered()).isEqualTo(2);
      assertThat(s.deduplicated()).isEqualTo(4);
      assertThat(s.summaries()).isEqualTo(1);
      assertAccounted(s);
    }
  }

  @Test
  void theSummaryIsSentWhenTheWindowCloses() {
    RecordingProvider chat = new RecordingProvider("chat",
        DeliveryOptions.builder().deduplicationWindow(Duration.ofMillis(300)).build());
    try (ErrorDispatcher d = dispatcher().provider(chat).build()) {
      d.capture(SampleReports.at("/same"));
      d.capture(SampleReports.at("/same"));
      d.capture(SampleReports.at("/same"));
      Await.until("summary after the window", () -> chat.received.size() == 2);
      assertThat(chat.received.get(1).occurrences()).isEqualTo(2);
      d.capture(SampleReports.at("/same")); // a new window: sent at once
      Await.until("new first occurrence", () -> chat.received.size() == 3);
      assertThat(chat.received.get(2).occurrences()).isEqualTo(1);
    }
  }

  @Test
  void aUserProviderGetsEveryReportUnlessItOptsIn() {
    RecordingProvider plain = new RecordingProvider("plain");
    try (ErrorDispatcher d = dispatcher().provider(plain).build()) {
      for (int i = 0; i < 5; i++) {
        d.capture(SampleReports.at("/same"));
      }
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
    }
    assertThat(plain.received).hasSize(5);
  }

  @Test
  void theBuilderOverrideReplacesTheProvidersOwnOptions() {
    RecordingProvider chat = new RecordingProvider("chat",
        DeliveryOptions.builder().deduplicationWindow(Duration.ofMinutes(5)).build());
    try (ErrorDispatcher d = dispatcher().provider(chat, DeliveryOptions.defaults()).build()) {
      for (int i = 0; i < 3; i++) {
        d.capture(SampleReports.at("/same"));
      }
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
    }
    assertThat(chat.received).hasSize(3);
  }

  @Test
  void digestsCollectReportsIntoBatches() {
    RecordingProvider mail = new RecordingProvider("mail",
        DeliveryOptions.builder().digestWindow(Duration.ofMinutes(5)).maxDigestSize(3).build());
    try (ErrorDispatcher d = dispatcher().provider(mail).build()) {
      for (int i = 0; i < 7; i++) {
        d.capture(SampleReports.small(i));
      }
      Await.until("two full batches", () -> mail.batches.size() == 2);
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue(); // the last, partial batch
      assertThat(mail.batches).extracting(java.util.List::size).containsExactly(3, 3, 1);
      assertThat(mail.received).hasSize(7);
      assertThat(d.stats().provider("mail").delivered()).isEqualTo(7);
    }
  }

  @Test
  void aDigestIsSentWhenItsWindowCloses() {
    RecordingProvider mail = new RecordingProvider("mail",
        DeliveryOptions.builder().digestWindow(Duration.ofMillis(200)).build());
    try (ErrorDispatcher d = dispatcher().provider(mail).build()) {
      d.capture(SampleReports.small(1));
      d.capture(SampleReports.small(2));
      Await.until("the digest", () -> mail.batches.size() == 1);
      assertThat(mail.batches.get(0)).hasSize(2);
    }
  }

  @Test
  void summariesAndDigestsCombine() {
    RecordingProvider mail = new RecordingProvider("mail", DeliveryOptions.builder()
        .deduplicationWindow(Duration.ofMinutes(5)).digestWindow(Duration.ofMinutes(5)).build());
    try (ErrorDispatcher d = dispatcher().provider(mail).build()) {
      for (int i = 0; i < 4; i++) {
        d.capture(SampleReports.at("/same"));
      }
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
    }
    assertThat(mail.received).extracting(ErrorReport::occurrences).containsExactly(1, 3);
  }

  @Test
  void theRateLimitSpacesSends() {
    RecordingProvider paced = new RecordingProvider("paced",
        DeliveryOptions.builder().rateLimit(2, Duration.ofMillis(500)).build());
    try (ErrorDispatcher d = dispatcher().provider(paced).build()) {
      for (int i = 0; i < 6; i++) {
        d.capture(SampleReports.small(i));
      }
      assertThat(d.flush(Duration.ofSeconds(20))).isTrue();
    }
    assertThat(paced.received).hasSize(6);
    // A burst of 2, then one every 250 ms: the 6th send cannot start before 1 s after the first.
    long spanMs = TimeUnit.NANOSECONDS.toMillis(paced.attemptTimes.get(5) - paced.attemptTimes.get(0));
    assertThat(spanMs).isGreaterThanOrEqualTo(950);
  }
}
