package io.errorsplus.dispatch.delivery;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets one log line per key through every ten seconds, so a failing channel or an error storm
 * cannot flood the application's log. Internal.
 */
public final class LogLimiter {

  private static final long INTERVAL_NANOS = 10_000_000_000L;
  private final ConcurrentHashMap<String, AtomicLong> lastLogged = new ConcurrentHashMap<>();

  /** Whether a line for this key may be logged now. */
  public boolean allow(String key) {
    AtomicLong last = lastLogged.computeIfAbsent(key, k -> new AtomicLong(System.nanoTime() - INTERVAL_NANOS));
    long now = System.nanoTime();
    long prev = last.get();
    return now - prev >= INTERVAL_NANOS && last.compareAndSet(prev, now);
  }
}
