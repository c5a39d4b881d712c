package io.errorsplus.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorsplus.dispatch.scrub.ScrubbingOptions;
import io.errorsplus.dispatch.testing.SampleReports;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorDispatcherDeliveryTest {

  @TempDir Path spool;

  private ErrorDispatcher.Builder dispatcher() {
    return ErrorDispatcher.builder().appName("shop").spoolDirectory(spool).shutdownHook(false);
  }

  @Test
  void everyProviderGetsTheReportWithAppNameTimestampGuidAndFingerprint() {
    RecordingProvider a = new RecordingProvider("a");
    RecordingProvider b = new RecordingProvider("b");
    long before = System.currentTimeMillis();
    try (ErrorDispatcher d = dispatcher().provider(a).provider(b).build()) {
      d.capture(SampleReports.itemLookup(1));
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
      assertThat(a.received).hasSize(1);
      assertThat(b.received).hasSize(1);
      ErrorReport r = a.received.get(0);
      assertThat(r.appName()).isEqualTo("shop");
      assertThat(r.timestamp()).isBetween(before, System.currentTimeMillis());
      assertThat(r.guidError()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
      assertThat(r.fingerprint()).matches("[0-9a-f]{32}");
      assertThat(b.received.get(0).guidError()).isEqualTo(r.guidError());
      assertThat(d.stats().provider("a").delivered()).isEqualTo(1);
    }
    assertThat(a.closed).isTrue();
  }

  @Test
  void fingerprintIsEqualForTheSameErrorAtTheSamePlaceAndDiffersElsewhere() {
    RecordingProvider a = new RecordingProvider("a");
    try (ErrorDispatcher d = dispatcher().provider(a).build()) {
      for (int i = 0; i < 2; i++) {
        d.capture(SampleReports.itemLookup(i)); // same throw site, same route: same fingerprint
      }
      d.capture(SampleReports.at("/other"));
      d.flush(Duration.ofSeconds(10));
    }
    assertThat(a.received.get(0).fingerprint()).isEqualTo(a.received.get(1).fingerprint());
    assertThat(a.received.get(2).fingerprint()).isNotEqualTo(a.received.get(0).fingerprint());
    assertThat(a.received.get(0).guidError()).isNotEqualTo(a.received.get(1).guidError());
  }

  @Test
  void aProviderThatFailsThenWorksGetsEveryReportAndRetriesAreCounted() {
    RecordingProvider flaky = new RecordingProvider("flaky").behaving((n, r) -> {
      if (n <= 3) {
        throw new IOException("connection refused #" + n);
      }
    });
    try (ErrorDispatcher d = dispatcher().provider(flaky).build()) {
      for (int i = 0; i < 5; i++) {
        d.capture(SampleReports.itemLookup(i));
      }
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
      ProviderStats s = d.stats().provider("flaky");
      assertThat(flaky.received).hasSize(5);
      assertThat(s.delivered()).isEqualTo(5);
      assertThat(s.retried()).isEqualTo(3);
      assertThat(s.spooled()).isZero();
      assertThat(s.lastFailureMessage()).contains("connection refused #3");
      assertThat(s.lastFailureTime()).isNotNull();
    }
  }

  @Test
  void flushDeliversTheQueueThenFlushesTheProviderOnItsWorker() {
    List<String> flushes = new java.util.concurrent.CopyOnWriteArrayList<>();
    RecordingProvider buffered = new RecordingProvider("buffered") {
      @Override
      public void flush() {
        flushes.add(Thread.currentThread().getName() + " after " + received.size());
      }
    };
    try (ErrorDispatcher d = dispatcher().provider(buffered).build()) {
      for (int i = 0; i < 3; i++) {
        d.capture(SampleReports.small(i));
      }
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
      assertThat(flushes).containsExactly("errors-plus-buffered after 3");
    }
  }

  @Test
  void retryAfterIsHonoured() {
    DeliveryOptions fastBackoff = DeliveryOptions.builder().backoff(Duration.ofMillis(1), Duration.ofMillis(1)).build();
    RecordingProvider limited = new RecordingProvider("limited", fastBackoff).behaving((n, r) -> {
      if (n == 1) {
        throw DeliveryException.retryAfter("429 slow down", Duration.ofMillis(400));
      }
    });
    try (ErrorDispatcher d = dispatcher().provider(limited).build()) {
      d.capture(SampleReports.itemLookup(1));
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
    }
    assertThat(limited.received).hasSize(1);
    long waited = limited.attemptTimes.get(1) - limited.attemptTimes.get(0);
    assertThat(TimeUnit.NANOSECONDS.toMillis(waited)).isGreaterThanOrEqualTo(400);
  }

  @Test
  void aHungProviderDelaysNoOtherAndCloseKeepsItsDeadlineSpoolingTheStuckReports() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    RecordingProvider hung = new RecordingProvider("hung").behaving((n, r) -> never.await());
    RecordingProvider fast = new RecordingProvider("fast");
    ErrorDispatcher d = dispatcher().provider(hung).provider(fast).closeTimeout(Duration.ofSeconds(1)).build();
    for (int i = 0; i < 20; i++) {
      d.capture(SampleReports.itemLookup(i));
    }
    Await.until("the fast provider got all 20", () -> fast.received.size() == 20);
    long start = System.nanoTime();
    d.close();
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertThat(tookMs).isLessThan(1000 + 2000); // its 1 s deadline plus generous slack
    ProviderStats s = d.stats().provider("hung");
    assertThat(s.captured()).isEqualTo(20);
    assertThat(s.spooled()).isEqualTo(20);
    assertThat(s.delivered()).isZero();
    assertThat(s.inFlight()).isZero();
    never.countDown();

    // The stuck reports are replayed by the next dispatcher with the same spool folder.
    RecordingProvider revived = new RecordingProvider("hung");
    try (ErrorDispatcher next = dispatcher().provider(revived).build()) {
      Await.until("20 replayed", () -> revived.received.size() >= 20);
      assertThat(new HashSet<>(revived.guids())).hasSize(20);
      Await.until("stats count the replay", () -> next.stats().provider("hung").replayed() == 20);
    }
  }

  @Test
  void rejectedReportsAreNotRetriedButDroppedAndCounted() {
    RecordingProvider picky = new RecordingProvider("picky").behaving((n, r) -> {
      throw DeliveryException.rejected("400 embed too long");
    });
    try (ErrorDispatcher d = dispatcher().provider(picky).build()) {
      d.capture(SampleReports.itemLookup(1));
      d.capture(SampleReports.itemLookup(2));
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
      ProviderStats s = d.stats().provider("picky");
      assertThat(picky.attempts()).isEqualTo(2);
      assertThat(s.dropped()).isEqualTo(2);
      assertThat(s.retried()).isZero();
      assertThat(s.spooled()).isZero();
      assertThat(s.lastFailureMessage()).contains("400 embed too long");
    }
  }

  @Test
  void aDisabledProviderIsNotCalledAgainAndItsReportsAreSpooled() {
    RecordingProvider gone = new RecordingProvider("gone").behaving((n, r) -> {
      throw DeliveryException.disabled("404 unknown webhook");
    });
    try (ErrorDispatcher d = dispatcher().provider(gone).build()) {
      d.capture(SampleReports.itemLookup(1));
      d.flush(Duration.ofSeconds(10));
      d.capture(SampleReports.itemLookup(2));
      d.capture(SampleReports.itemLookup(3));
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
      ProviderStats s = d.stats().provider("gone");
      assertThat(gone.attempts()).isEqualTo(1);
      assertThat(s.disabled()).isTrue();
      assertThat(s.spooled()).isEqualTo(3);
      assertThat(s.captured()).isEqualTo(s.delivered() + s.spooled() + s.deduplicated() + s.dropped());
    }
  }

  @Test
  void retriesExhaustedGoToTheSpoolAndAreReplayedWhenTheProviderWorksAgain() {
    DeliveryOptions twoAttempts = DeliveryOptions.builder().maxAttempts(2)
        .backoff(Duration.ofMillis(1), Duration.ofMillis(50)).build();
    RecordingProvider down = new RecordingProvider("down", twoAttempts);
    down.behaving((n, r) -> {
      throw new IOException("down");
    });
    try (ErrorDispatcher d = dispatcher().provider(down).build()) {
      d.capture(SampleReports.itemLookup(1));
      d.capture(SampleReports.itemLookup(2));
      d.flush(Duration.ofSeconds(10));
      assertThat(d.stats().provider("down").spooled()).isEqualTo(2);
      down.behaving((n, r) -> {});
      d.capture(SampleReports.itemLookup(3)); // works: the channel is healthy, the spool is replayed
      Await.until("all three arrived", () -> down.received.size() == 3);
      Await.until("replay counted", () -> d.stats().provider("down").replayed() == 2);
      assertThat(down.map(ErrorReport::errorDetails))
          .containsExactly("stock is empty #3", "stock is empty #1", "stock is empty #2");
    }
  }

  @Test
  void aFullQueueSpillsToTheSpoolWithoutBlockingTheCaller() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    DeliveryOptions tiny = DeliveryOptions.builder().queueCapacity(2).build();
    RecordingProvider slow = new RecordingProvider("slow", tiny).behaving((n, r) -> gate.await());
    try (ErrorDispatcher d = dispatcher().provider(slow).build()) {
      for (int i = 0; i < 10; i++) {
        d.capture(SampleReports.itemLookup(i));
      }
      assertThat(d.stats().provider("slow").captured()).isEqualTo(10);
      // The overflow is written to the spool by the spool thread, not by the caller.
      Await.until("the overflow is spooled", () -> d.stats().provider("slow").spooled() >= 7);
      assertThat(d.stats().provider("slow").spooled()).isBetween(7L, 8L); // 1 in flight (maybe), 2 queued
      gate.countDown();
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
      Await.until("everything delivered or replayed", () -> slow.received.size() == 10);
      assertThat(new HashSet<>(slow.guids())).hasSize(10);
    }
  }

  @Test
  void withNeverBlockACallerDropsAndCountsWhenTheSpoolCannotKeepUp() throws Exception {
    // A rule that blocks holds both the provider's worker and the spool thread (scrubbing runs on
    // whichever thread takes a report first), so the queue and the spool hand-off fill up.
    CountDownLatch release = new CountDownLatch(1);
    ScrubbingOptions blocking = ScrubbingOptions.builder().rule(r -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return r;
    }).build();
    RecordingProvider p = new RecordingProvider("p", DeliveryOptions.builder().queueCapacity(2).build());
    int total = 5_000; // more than queue (2) + in flight (1) + spool hand-off (4096) + spooling (1)
    try (ErrorDispatcher d = dispatcher().provider(p).scrubbing(blocking).neverBlock(true).build()) {
      for (int i = 0; i < total; i++) {
        d.capture(SampleReports.small(i)); // returns although nothing downstream moves
      }
      ProviderStats during = d.stats().provider("p");
      assertThat(during.captured()).isEqualTo(total);
      assertThat(during.dropped()).isGreaterThanOrEqualTo(total - 2 - 1 - 4096 - 1);
      assertThat(during.lastFailureMessage()).contains("spool hand-off are full");
      release.countDown();
      assertThat(d.flush(Duration.ofSeconds(30))).isTrue();
      ProviderStats after = d.stats().provider("p");
      assertThat(after.delivered() + after.spooled() + after.deduplicated() + after.dropped())
          .isEqualTo(total);
    }
  }

  @Test
  void whenTheSpoolIsFullAReportIsDroppedAndCounted() {
    RecordingProvider down = new RecordingProvider("down",
        DeliveryOptions.builder().maxAttempts(1).build()).behaving((n, r) -> {
          throw new IOException("down");
        });
    try (ErrorDispatcher d = dispatcher().provider(down).spoolMaxBytes(3_000).build()) {
      for (int i = 0; i < 10; i++) {
        d.capture(SampleReports.small(i));
      }
      d.flush(Duration.ofSeconds(10));
      ProviderStats s = d.stats().provider("down");
      assertThat(s.spooled()).isPositive();
      assertThat(s.dropped()).isPositive();
      assertThat(s.spooled() + s.dropped()).isEqualTo(10);
      assertThat(s.lastFailureMessage()).contains("spool is full");
    }
  }

  @Test
  void withSpoolingOffUndeliverableReportsAreDroppedAndCounted() {
    RecordingProvider down = new RecordingProvider("down",
        DeliveryOptions.builder().maxAttempts(1).build()).behaving((n, r) -> {
          throw new IOException("down");
        });
    try (ErrorDispatcher d = dispatcher().provider(down).spoolMaxBytes(0).build()) {
      d.capture(SampleReports.itemLookup(1));
      d.flush(Duration.ofSeconds(10));
      assertThat(d.stats().provider("down").dropped()).isEqualTo(1);
    }
  }

  @Test
  void captureNeverThrows() {
    ErrorProvider broken = new ErrorProvider() {
      @Override
      public void send(ErrorReport report) {
        throw new IllegalStateException("boom");
      }

      @Override
      public String name() {
        throw new IllegalStateException("no name");
      }

      @Override
      public DeliveryOptions deliveryOptions() {
        throw new IllegalStateException("no options");
      }
    };
    try (ErrorDispatcher d = dispatcher().provider(broken).build()) {
      d.capture(null);
      d.capture(SampleReports.itemLookup(1));
      d.capture(ErrorReport.builder().build()); // no error, no request: still a report
      assertThat(d.stats().nullReports()).isEqualTo(1);
      assertThat(d.providerNames()).hasSize(1);
      assertThat(d.stats().providers().get(0).captured()).isEqualTo(2);
    }
  }

  @Test
  void aProviderThatCapturesFromItsOwnThreadDoesNotFeedItself() {
    ErrorDispatcher[] holder = new ErrorDispatcher[1];
    RecordingProvider echo = new RecordingProvider("echo").behaving((n, r) -> holder[0].capture(SampleReports.itemLookup(99)));
    try (ErrorDispatcher d = dispatcher().provider(echo).build()) {
      holder[0] = d;
      d.capture(SampleReports.itemLookup(1));
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
      assertThat(echo.received).hasSize(1);
      assertThat(d.stats().reentrantCaptures()).isEqualTo(1);
      assertThat(d.stats().provider("echo").captured()).isEqualTo(1);
    }
  }

  @Test
  void withoutProvidersReportsGoToTheLog() {
    try (ErrorDispatcher d = dispatcher().build()) {
      assertThat(d.providerNames()).containsExactly("logging");
      d.capture(SampleReports.itemLookup(1));
      assertThat(d.flush(Duration.ofSeconds(10))).isTrue();
      assertThat(d.stats().provider("logging").delivered()).isEqualTo(1);
    }
  }

  @Test
  void twoOpenDispatchersOnTheDefaultSpoolFolderDoNotShareIt() throws Exception {
    String app = "default-spool-test-" + System.nanoTime();
    RecordingProvider a = new RecordingProvider("p");
    RecordingProvider b = new RecordingProvider("p");
    try (ErrorDispatcher first = ErrorDispatcher.builder().appName(app).shutdownHook(false).provider(a).build();
         ErrorDispatcher second = ErrorDispatcher.builder().appName(app).shutdownHook(false).provider(b).build()) {
      first.capture(SampleReports.small(1));
      second.capture(SampleReports.small(2));
      assertThat(first.flush(Duration.ofSeconds(10)) && second.flush(Duration.ofSeconds(10))).isTrue();
    } finally {
      Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "errors-plus-spool");
      try (java.util.stream.Stream<Path> all = java.nio.file.Files.walk(tmp)) {
        for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
          if (tmp.relativize(p).toString().startsWith(app)) {
            java.nio.file.Files.delete(p);
          }
        }
      }
    }
    assertThat(a.received).hasSize(1);
    assertThat(b.received).hasSize(1);
  }

  @Test
  void badConfigurationIsRefusedWithAClearMessage() {
    RecordingProvider a = new RecordingProvider("same");
    RecordingProvider b = new RecordingProvider("same");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> dispatcher().provider(a).provider(b).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two providers are named 'same'");
    try (ErrorDispatcher first = dispatcher().provider(new RecordingProvider("x")).build()) {
      assertThat(first.providerNames()).containsExactly("x");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> dispatcher().provider(new RecordingProvider("x")).build())
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("in use by another open ErrorDispatcher");
    }
  }
}
