package io.errorsplus.dispatch.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorsplus.dispatch.DeliveryException;
import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.spool.ReportSpool;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retries, backoff, provider-given waits and what happens to a batch when they end; no real waiting. */
class SenderTest {

  private static final long MS = 1_000_000L;

  @TempDir Path dir;

  private final FakeClock clock = new FakeClock();
  private final List<Long> pauses = new ArrayList<>();
  private final ChannelState state = new ChannelState();
  private final ChannelCounters counters = new ChannelCounters();
  private final ReplaySchedule schedule =
      new ReplaySchedule(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5)), Duration.ofSeconds(5).toNanos());

  /** Fails with the scripted failures, in order, then accepts. */
  private static final class ScriptedProvider implements ErrorProvider {
    final Deque<Exception> failures = new ArrayDeque<>();
    final List<ErrorReport> accepted = new ArrayList<>();
    int calls;

    @Override
    public void send(ErrorReport report) throws Exception {
      calls++;
      Exception next = failures.poll();
      if (next != null) {
        throw next;
      }
      accepted.add(report);
    }
  }

  private Sender sender(ScriptedProvider provider, ReportSpool spool, Pacer pacer) {
    Spooling spooling = new Spooling(spool, "test", counters, new LogThrottle());
    return new Sender(provider, "test", false, 4, new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5)),
        pacer, pauses::add, pauses::add, state, counters, spooling, schedule, clock, new LogThrottle());
  }

  @Test
  void failuresAreRetriedAfterAGrowingBackoffThenDelivered() throws Exception {
    ScriptedProvider provider = new ScriptedProvider();
    provider.failures.add(new IOException("down"));
    provider.failures.add(new IOException("still down"));

    sender(provider, null, Pacer.NONE).send(List.of(out("r")));

    assertThat(provider.accepted).hasSize(1);
    assertThat(pauses).hasSize(2);
    assertThat(pauses.get(0)).isBetween(50 * MS, 100 * MS);
    assertThat(pauses.get(1)).isBetween(100 * MS, 200 * MS);
    assertThat(counters.retried.get()).isEqualTo(2);
    assertThat(counters.delivered.get()).isEqualTo(1);
  }

  @Test
  void theWaitAProviderAsksForReplacesTheBackoff() throws Exception {
    ScriptedProvider provider = new ScriptedProvider();
    provider.failures.add(DeliveryException.retryAfter("429", Duration.ofSeconds(3)));

    sender(provider, null, Pacer.NONE).send(List.of(out("r")));

    assertThat(pauses).containsExactly(3_000 * MS);
    assertThat(counters.delivered.get()).isEqualTo(1);
  }

  @Test
  void aRejectedReportIsDroppedWithoutRetry() throws Exception {
    ScriptedProvider provider = new ScriptedProvider();
    provider.failures.add(DeliveryException.rejected("400"));

    sender(provider, null, Pacer.NONE).send(List.of(out("r")));

    assertThat(provider.calls).isEqualTo(1);
    assertThat(pauses).isEmpty();
    assertThat(counters.dropped.get()).isEqualTo(1);
    assertThat(counters.retried.get()).isZero();
  }

  @Test
  void exhaustedRetriesSpoolTheReportAndHoldBackTheReplay() throws Exception {
    ScriptedProvider provider = new ScriptedProvider();
    for (int i = 0; i < 4; i++) {
      provider.failures.add(new IOException("down " + i));
    }
    try (ReportSpool spool = ReportSpool.open(dir, 1 << 20)) {
      sender(provider, spool, Pacer.NONE).send(List.of(out("r")));

      assertThat(provider.calls).isEqualTo(4);
      assertThat(pauses).hasSize(3);
      assertThat(counters.spooled.get()).isEqualTo(1);
      assertThat(spool.read(10)).singleElement().satisfies(e -> assertThat(e.report().errorDetails()).isEqualTo("r"));
      assertThat(schedule.due(clock.nanoTime())).isFalse();
      clock.advance(Duration.ofSeconds(5));
      assertThat(schedule.due(clock.nanoTime())).isTrue();
    }
  }

  @Test
  void aDisabledProviderSpoolsItsBatchAndTheNextOnes() throws Exception {
    ScriptedProvider provider = new ScriptedProvider();
    provider.failures.add(DeliveryException.disabled("404"));
    try (ReportSpool spool = ReportSpool.open(dir, 1 << 20)) {
      Sender sender = sender(provider, spool, Pacer.NONE);
      sender.send(List.of(out("a")));
      sender.send(List.of(out("b")));

      assertThat(state.disabled).isTrue();
      assertThat(provider.calls).isEqualTo(1);
      assertThat(counters.spooled.get()).isEqualTo(2);
    }
  }

  @Test
  void thePacerIsWaitedForBeforeEachAttempt() throws Exception {
    ScriptedProvider provider = new ScriptedProvider();
    Deque<Long> waits = new ArrayDeque<>(List.of(250 * MS, 0L));
    sender(provider, null, waits::poll).send(List.of(out("r")));

    assertThat(pauses).containsExactly(250 * MS);
    assertThat(provider.accepted).hasSize(1);
  }

  @Test
  void summariesAreDeliveredButNotCountedAsCaptured() throws Exception {
    ScriptedProvider provider = new ScriptedProvider();
    sender(provider, null, Pacer.NONE).send(List.of(new Outgoing(RepeatWindowsTest.report("fp", "s"), true)));

    assertThat(provider.accepted).hasSize(1);
    assertThat(counters.delivered.get()).isZero();
  }

  private static Outgoing out(String details) {
    return new Outgoing(RepeatWindowsTest.report("fp", details), false);
  }
}
