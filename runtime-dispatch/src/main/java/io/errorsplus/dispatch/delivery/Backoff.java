package io.errorsplus.dispatch.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with "equal jitter": the delay doubles from the initial value up to the
 * maximum, and a random half of it is added, so many dispatchers retrying one channel spread out.
 */
final class Backoff {

  private final long initialNanos;
  private final long maxNanos;

  Backoff(Duration initial, Duration max) {
    this.initialNanos = initial.toNanos();
    this.maxNanos = max.toNanos();
  }

  /** The wait before attempt {@code failedAttempts + 1}. */
  long delayNanos(int failedAttempts) {
    long base = initialNanos;
    for (int i = 1; i < failedAttempts && base < maxNanos; i++) {
      base *= 2;
    }
    base = Math.min(base, maxNanos);
    long half = base / 2;
    return half + (half > 0 ? ThreadLocalRandom.current().nextLong(half + 1) : 0);
  }
}
