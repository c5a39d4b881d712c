package io.errorsplus.dispatch.delivery;

/**
 * When a channel may replay its spool: at once while it works; after retries ran out, not before
 * the maximum backoff; after each failed replay, later and later (backoff on the count of failed
 * replays). Used by the worker only.
 */
final class ReplaySchedule {

  private final Backoff backoff;
  private final long pauseAfterExhaustedNanos;
  private boolean waiting;
  private long notBefore;
  private int failures;

  ReplaySchedule(Backoff backoff, long pauseAfterExhaustedNanos) {
    this.backoff = backoff;
    this.pauseAfterExhaustedNanos = pauseAfterExhaustedNanos;
  }

  /** A send went through: the channel works, replay when idle. */
  void channelWorks() {
    waiting = false;
    failures = 0;
  }

  /** A live send ran out of retries: leave the channel alone for a while. */
  void retriesExhausted(long now) {
    waiting = true;
    notBefore = now + pauseAfterExhaustedNanos;
  }

  /** A replay failed: back off further. */
  void replayFailed(long now) {
    failures++;
    waiting = true;
    notBefore = now + backoff.delayNanos(failures);
  }

  boolean due(long now) {
    return !waiting || now - notBefore >= 0;
  }

  /** When the next replay may start; meaningful when not {@link #due}. */
  long notBefore() {
    return notBefore;
  }
}
