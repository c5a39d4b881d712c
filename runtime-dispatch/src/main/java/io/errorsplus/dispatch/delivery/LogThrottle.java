package io.errorsplus.dispatch.delivery;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;

/**
 * The runtime's one log throttle: at most one line per key and interval, and the next line says
 * how many were kept quiet, so a failing channel or an error storm cannot flood the
 * application's log. Thread-safe. Internal.
 *
 * <pre>{@code
 * if (throttle.allow("dropped")) LOG.warn("…");
 * throttle.warn(LOG, "rejected", "Discord rejected a report"); // "… (12 similar since the last one)"
 * }</pre>
 */
public final class LogThrottle {

  private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

  private final long intervalNanos;
  private final NanoClock clock;
  private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

  private static final class Slot {
    long last;
    boolean used;
    long suppressed;
  }

  /** One line per key every ten seconds. */
  public LogThrottle() {
    this(DEFAULT_INTERVAL, NanoClock.SYSTEM);
  }

  public LogThrottle(Duration interval, NanoClock clock) {
    this.intervalNanos = interval.toNanos();
    this.clock = clock;
  }

  /**
   * Admits a line for this key: the number of lines suppressed since the last admitted one
   * (0 or more), or -1 when this one must be suppressed too.
   */
  public long admit(String key) {
    Slot slot = slots.computeIfAbsent(key, k -> new Slot());
    long now = clock.nanoTime();
    synchronized (slot) {
      if (slot.used && now - slot.last < intervalNanos) {
        slot.suppressed++;
        return -1;
      }
      long quiet = slot.suppressed;
      slot.used = true;
      slot.last = now;
      slot.suppressed = 0;
      return quiet;
    }
  }

  /** Whether a line for this key may be logged now. */
  public boolean allow(String key) {
    return admit(key) >= 0;
  }

  /** Logs a warning unless one of this key was logged within the interval; returns whether it did. */
  public boolean warn(Logger log, String key, String message) {
    long quiet = admit(key);
    if (quiet < 0) {
      return false;
    }
    log.warn(quiet > 0 ? message + " (" + quiet + " similar since the last one)" : message);
    return true;
  }
}
