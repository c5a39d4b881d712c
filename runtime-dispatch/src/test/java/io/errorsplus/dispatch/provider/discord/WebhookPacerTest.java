package io.errorsplus.dispatch.provider.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WebhookPacerTest {

  private long now = 1_000_000_000L;

  private WebhookPacer pacer() {
    return new WebhookPacer(5, Duration.ofSeconds(2), 30, Duration.ofMinutes(1), () -> now);
  }

  private void advance(long millis) {
    now += TimeUnit.MILLISECONDS.toNanos(millis);
  }

  private static long millis(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }

  @Test
  void fiveInTwoSecondsThenWaitForTheOldest() {
    WebhookPacer pacer = pacer();
    for (int i = 0; i < 5; i++) {
      assertThat(pacer.nanosUntilNextSend()).isZero();
      pacer.recordSend();
      advance(100);
    }

    assertThat(millis(pacer.nanosUntilNextSend())).isEqualTo(1500);
    advance(1500);
    assertThat(pacer.nanosUntilNextSend()).isZero();
  }

  @Test
  void thirtyPerMinuteHoldsEvenWhenBurstsAreSpacedOut() {
    WebhookPacer pacer = pacer();
    for (int i = 0; i < 30; i++) {
      assertThat(pacer.nanosUntilNextSend()).as("send %d", i).isZero();
      pacer.recordSend();
      advance(500); // 2 per second: never a burst problem
    }

    // 15 s have passed; the first send leaves the minute window 45 s from now.
    assertThat(millis(pacer.nanosUntilNextSend())).isEqualTo(45_000);
    advance(45_000);
    assertThat(pacer.nanosUntilNextSend()).isZero();
  }

  @Test
  void aPauseDiscordAskedForIsKeptAndOnlyExtended() {
    WebhookPacer pacer = pacer();

    pacer.pauseFor(Duration.ofSeconds(3));
    pacer.pauseFor(Duration.ofSeconds(1)); // shorter: does not cut the first short

    assertThat(millis(pacer.nanosUntilNextSend())).isEqualTo(3000);
    advance(3000);
    assertThat(pacer.nanosUntilNextSend()).isZero();
  }
}
