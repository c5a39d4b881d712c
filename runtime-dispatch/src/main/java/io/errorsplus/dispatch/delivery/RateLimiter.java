package io.errorsplus.dispatch.delivery;

/**
 * A token bucket: at most {@code permits} sends per period, with bursts up to {@code permits}.
 * Used only by its worker thread.
 */
final class RateLimiter implements Pacer {

  private final int permits;
  private final long periodNanos;
  private final NanoClock clock;
  private double tokens;
  private long lastRefill;

  RateLimiter(int permits, long periodNanos, NanoClock clock) {
    this.permits = permits;
    this.periodNanos = periodNanos;
    this.clock = clock;
    this.tokens = permits;
    this.lastRefill = clock.nanoTime();
  }

  /** Nanoseconds to wait before the next send may go; 0 takes a token now. */
  @Override
  public long reserve() {
    long now = clock.nanoTime();
    tokens = Math.min(permits, tokens + (now - lastRefill) * (double) permits / periodNanos);
    lastRefill = now;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return (long) Math.ceil((1 - tokens) * periodNanos / permits);
  }
}
