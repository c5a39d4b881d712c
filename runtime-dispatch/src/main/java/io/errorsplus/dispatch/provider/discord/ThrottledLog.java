package io.errorsplus.dispatch.provider.discord;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * Logs a kind of failure at most once per interval, with the count of those it kept quiet, so a
 * storm of rejected reports cannot flood the application's own log.
 */
final class ThrottledLog {

  private final Logger log;
  private final long intervalNanos;
  private final LongSupplier nanoClock;
  private long lastLogged;
  private boolean loggedOnce;
  private long suppressed;

  ThrottledLog(Logger log, long interval, TimeUnit unit, LongSupplier nanoClock) {
    this.log = log;
    this.intervalNanos = unit.toNanos(interval);
    this.nanoClock = nanoClock;
  }

  /** Logs a warning unless one was logged within the interval; returns whether it did. */
  synchronized boolean warn(String message) {
    long now = nanoClock.getAsLong();
    if (loggedOnce && now - lastLogged < intervalNanos) {
      suppressed++;
      return false;
    }
    String tail = suppressed > 0 ? " (" + suppressed + " similar since the last one)" : "";
    log.warn(message + tail);
    loggedOnce = true;
    lastLogged = now;
    suppressed = 0;
    return true;
  }
}
