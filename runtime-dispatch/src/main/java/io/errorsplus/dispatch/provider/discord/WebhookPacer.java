package io.errorsplus.dispatch.provider.discord;

import io.errorsplus.dispatch.delivery.NanoClock;
import java.time.Duration;
import java.util.ArrayDeque;

/**
 * Keeps one webhook under Discord's limits before Discord has to say so: a short burst window
 * (5 per 2 s), a sustained window (30 per minute), and any pause Discord asked for through its
 * {@code X-RateLimit-*} headers or a 429.
 */
final class WebhookPacer {

  private final Window burst;
  private final Window sustained;
  private final NanoClock nanoClock;
  private long blockedUntil;
  private boolean blocked;

  WebhookPacer(int burstPermits, Duration burstPeriod, int sustainedPermits, Duration sustainedPeriod,
      NanoClock nanoClock) {
    this.burst = new Window(burstPermits, burstPeriod.toNanos());
    this.sustained = new Window(sustainedPermits, sustainedPeriod.toNanos());
    this.nanoClock = nanoClock;
  }

  /** Nanoseconds to wait before the next request may go out; 0 when it may go now. */
  synchronized long nanosUntilNextSend() {
    long now = nanoClock.nanoTime();
    long wait = Math.max(burst.nanosUntilFree(now), sustained.nanosUntilFree(now));
    if (blocked) {
      if (blockedUntil - now > 0) {
        wait = Math.max(wait, blockedUntil - now);
      } else {
        blocked = false;
      }
    }
    return wait;
  }

  /** Counts a request whose exchange ended now. */
  synchronized void recordSend() {
    long now = nanoClock.nanoTime();
    burst.record(now);
    sustained.record(now);
  }

  /** Discord asked for a pause: no request before {@code pause} from now. */
  synchronized void pauseFor(Duration pause) {
    long until = nanoClock.nanoTime() + pause.toNanos();
    if (!blocked || until - blockedUntil > 0) {
      blockedUntil = until;
      blocked = true;
    }
  }

  /** A sliding log of send times: exact, and small (a few dozen entries at most). */
  private static final class Window {
    private final int permits;
    private final long periodNanos;
    private final ArrayDeque<Long> sends = new ArrayDeque<>();

    Window(int permits, long periodNanos) {
      this.permits = permits;
      this.periodNanos = periodNanos;
    }

    long nanosUntilFree(long now) {
      while (!sends.isEmpty() && now - sends.peekFirst() >= periodNanos) {
        sends.pollFirst();
      }
      return sends.size() < permits ? 0 : sends.peekFirst() + periodNanos - now;
    }

    void record(long now) {
      sends.addLast(now);
      while (sends.size() > permits) {
        sends.pollFirst();
      }
    }
  }
}
