package io.errorsplus.dispatch.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffAndScheduleTest {

  private static final long MS = 1_000_000L;

  @Test
  void backoffDoublesWithEqualJitterUpToTheMaximum() {
    Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(2));
    for (int i = 0; i < 200; i++) {
      assertThat(backoff.delayNanos(1)).isBetween(100 * MS, 200 * MS);
      assertThat(backoff.delayNanos(2)).isBetween(200 * MS, 400 * MS);
      assertThat(backoff.delayNanos(3)).isBetween(400 * MS, 800 * MS);
      assertThat(backoff.delayNanos(5)).isBetween(1000 * MS, 2000 * MS); // 3.2 s capped at 2 s
      assertThat(backoff.delayNanos(60)).isBetween(1000 * MS, 2000 * MS);
    }
  }

  @Test
  void replayIsDueWhileTheChannelWorksAndWaitsAfterFailures() {
    FakeClock clock = new FakeClock();
    ReplaySchedule schedule = new ReplaySchedule(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30)),
        Duration.ofSeconds(30).toNanos());
    assertThat(schedule.due(clock.nanoTime())).isTrue();

    schedule.retriesExhausted(clock.nanoTime());
    clock.advance(Duration.ofSeconds(29));
    assertThat(schedule.due(clock.nanoTime())).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(schedule.due(clock.nanoTime())).isTrue();

    schedule.replayFailed(clock.nanoTime()); // 1st failure: 0.5–1 s
    long first = schedule.notBefore() - clock.nanoTime();
    assertThat(first).isBetween(500 * MS, 1000 * MS);
    schedule.replayFailed(clock.nanoTime()); // 2nd: 1–2 s
    long second = schedule.notBefore() - clock.nanoTime();
    assertThat(second).isBetween(1000 * MS, 2000 * MS);
    assertThat(schedule.due(clock.nanoTime())).isFalse();

    schedule.channelWorks();
    assertThat(schedule.due(clock.nanoTime())).isTrue();
    schedule.replayFailed(clock.nanoTime()); // the count started again
    assertThat(schedule.notBefore() - clock.nanoTime()).isBetween(500 * MS, 1000 * MS);
  }

  @Test
  void theRateLimiterAllowsABurstThenOnePermitPerShare() {
    FakeClock clock = new FakeClock();
    RateLimiter limiter = new RateLimiter(5, Duration.ofSeconds(2).toNanos(), clock);
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.reserve()).isZero();
    }
    assertThat(limiter.reserve()).isEqualTo(400 * MS);
    clock.advance(Duration.ofMillis(400));
    assertThat(limiter.reserve()).isZero();
    assertThat(limiter.reserve()).isEqualTo(400 * MS);
    clock.advance(Duration.ofSeconds(10));
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.reserve()).isZero(); // a long pause refills the burst, no more
    }
    assertThat(limiter.reserve()).isPositive();
  }

  @Test
  void theLogThrottleLetsOneLinePerKeyAndIntervalAndCountsTheQuietOnes() {
    FakeClock clock = new FakeClock();
    LogThrottle throttle = new LogThrottle(Duration.ofSeconds(10), clock);
    assertThat(throttle.admit("a")).isZero();
    assertThat(throttle.admit("a")).isEqualTo(-1);
    assertThat(throttle.admit("a")).isEqualTo(-1);
    assertThat(throttle.admit("b")).isZero();
    clock.advance(Duration.ofSeconds(10));
    assertThat(throttle.admit("a")).isEqualTo(2);
    assertThat(throttle.allow("a")).isFalse();
  }
}
