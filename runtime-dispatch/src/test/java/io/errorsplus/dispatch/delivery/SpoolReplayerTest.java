package io.errorsplus.dispatch.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorsplus.dispatch.DeliveryException;
import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.spool.ReportSpool;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay order, commits, rejected records and the backoff of a failing replay, on a real spool. */
class SpoolReplayerTest {

  @TempDir Path dir;

  private final FakeClock clock = new FakeClock();
  private final ChannelState state = new ChannelState();
  private final ChannelCounters counters = new ChannelCounters();
  private final ReplaySchedule schedule =
      new ReplaySchedule(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30)), Duration.ofSeconds(30).toNanos());

  /** Accepts every report except those named in {@code failOn}, which throw {@code failure}. */
  private static final class Provider implements ErrorProvider {
    final List<String> accepted = new ArrayList<>();
    Set<String> failOn = Set.of();
    Exception failure;

    @Override
    public void send(ErrorReport report) throws Exception {
      if (failOn.contains(report.errorDetails())) {
        throw failure;
      }
      accepted.add(report.errorDetails());
    }
  }

  private SpoolReplayer replayer(ReportSpool spool, Provider provider) {
    LogThrottle log = new LogThrottle();
    Sender sender = new Sender(provider, "test", false, 1, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30)),
        Pacer.NONE, nanos -> { }, nanos -> { }, state, counters, new Spooling(spool, "test", counters, log), schedule, clock, log);
    return new SpoolReplayer(spool, provider, "test", false, 32, schedule, state, counters, sender, clock, log);
  }

  @Test
  void replaysOldestFirstAndCommitsEachRecord() {
    Provider provider = new Provider();
    try (ReportSpool spool = ReportSpool.open(dir, 1 << 20)) {
      for (String d : List.of("1", "2", "3")) {
        spool.append(RepeatWindowsTest.report("fp", d));
      }
      SpoolReplayer replayer = replayer(spool, provider);
      assertThat(replayer.due(clock.nanoTime())).isTrue();

      replayer.replay(() -> false);

      assertThat(provider.accepted).containsExactly("1", "2", "3");
      assertThat(counters.replayed.get()).isEqualTo(3);
      assertThat(spool.hasPending()).isFalse();
      assertThat(replayer.due(clock.nanoTime())).isFalse();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aFailedReplayStopsKeepsTheRestAndBacksOff() throws Exception {
    Provider provider = new Provider();
    provider.failOn = Set.of("2");
    provider.failure = new IOException("down");
    try (ReportSpool spool = ReportSpool.open(dir, 1 << 20)) {
      for (String d : List.of("1", "2", "3")) {
        spool.append(RepeatWindowsTest.report("fp", d));
      }
      SpoolReplayer replayer = replayer(spool, provider);

      replayer.replay(() -> false);

      assertThat(provider.accepted).containsExactly("1");
      assertThat(spool.read(10)).extracting(e -> e.report().errorDetails()).containsExactly("2", "3");
      assertThat(replayer.due(clock.nanoTime())).isFalse();
      long waitsUntil = replayer.waitingUntil(clock.nanoTime());
      assertThat(waitsUntil - clock.nanoTime()).isBetween(500_000_000L, 1_000_000_000L);

      clock.advance(Duration.ofSeconds(1));
      provider.failOn = Set.of();
      assertThat(replayer.due(clock.nanoTime())).isTrue();
      replayer.replay(() -> false);
      assertThat(provider.accepted).containsExactly("1", "2", "3");
    }
  }

  @Test
  void aRejectedRecordIsSkippedAndTheReplayGoesOn() throws Exception {
    Provider provider = new Provider();
    provider.failOn = Set.of("2");
    provider.failure = DeliveryException.rejected("never");
    try (ReportSpool spool = ReportSpool.open(dir, 1 << 20)) {
      for (String d : List.of("1", "2", "3")) {
        spool.append(RepeatWindowsTest.report("fp", d));
      }
      replayer(spool, provider).replay(() -> false);

      assertThat(provider.accepted).containsExactly("1", "3");
      assertThat(spool.hasPending()).isFalse();
    }
  }

  @Test
  void liveWorkInterruptsAReplayBetweenRecords() throws Exception {
    Provider provider = new Provider();
    try (ReportSpool spool = ReportSpool.open(dir, 1 << 20)) {
      for (String d : List.of("1", "2", "3")) {
        spool.append(RepeatWindowsTest.report("fp", d));
      }
      replayer(spool, provider).replay(() -> provider.accepted.size() >= 1);

      assertThat(provider.accepted).containsExactly("1");
      assertThat(spool.read(10)).extracting(e -> e.report().errorDetails()).containsExactly("2", "3");
    }
  }
}
