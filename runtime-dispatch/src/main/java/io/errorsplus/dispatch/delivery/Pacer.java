package io.errorsplus.dispatch.delivery;

import io.errorsplus.dispatch.ErrorProvider;

/** Paces a channel's sends: the nanoseconds to wait before the next one, 0 to send now. */
@FunctionalInterface
interface Pacer {

  Pacer NONE = () -> 0;

  long reserve();

  /**
   * The provider's own pacing when it {@link ErrorProvider#pacesItself()}, else the rate limit of
   * its delivery options (none when no limit is set): one pacer per channel.
   */
  static Pacer of(ErrorProvider provider, int permits, long periodNanos, NanoClock clock) {
    if (provider.pacesItself()) {
      return () -> {
        try {
          java.time.Duration d = provider.nextSendDelay();
          return d == null ? 0 : Math.max(0, d.toNanos());
        } catch (RuntimeException e) {
          return 0; // a provider's pacing bug must not stop its worker; its send() decides then
        }
      };
    }
    return permits == 0 ? NONE : new RateLimiter(permits, periodNanos, clock);
  }
}
