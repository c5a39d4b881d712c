package io.errorsplus.dispatch.delivery;

/**
 * The monotonic time of the time-driven parts of delivery (repeat windows, digests, backoff of
 * replays, rate limits, log throttling), so that tests can move time by hand. Internal.
 */
@FunctionalInterface
public interface NanoClock {

  /** {@link System#nanoTime()}. */
  NanoClock SYSTEM = System::nanoTime;

  /** Nanoseconds from an arbitrary origin; only differences mean anything. */
  long nanoTime();
}
