package io.errorsplus.dispatch.delivery;

import io.errorsplus.dispatch.ProviderStats;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A channel's counters. Every captured report ends up counted exactly once as delivered, spooled,
 * deduplicated or dropped; summaries are counted apart. Written by the request thread (captured,
 * dropped), the worker and the closer, hence atomics.
 */
final class ChannelCounters {

  final AtomicLong captured = new AtomicLong();
  final AtomicLong delivered = new AtomicLong();
  final AtomicLong retried = new AtomicLong();
  final AtomicLong deduplicated = new AtomicLong();
  final AtomicLong spooled = new AtomicLong();
  final AtomicLong replayed = new AtomicLong();
  final AtomicLong dropped = new AtomicLong();
  final AtomicLong summaries = new AtomicLong();
  private volatile String lastFailureMessage;
  private volatile Instant lastFailureTime;

  void failure(Throwable failure) {
    failure(failure.getClass().getSimpleName() + ": " + failure.getMessage());
  }

  void failure(String message) {
    lastFailureMessage = message;
    lastFailureTime = Instant.now();
  }

  /** Adds one to {@code counter} per captured report of the batch (summaries are not captured). */
  static void countCaptured(AtomicLong counter, List<Outgoing> batch) {
    for (Outgoing o : batch) {
      if (!o.summary()) {
        counter.incrementAndGet();
      }
    }
  }

  ProviderStats snapshot(String name, long pendingBytes, boolean disabled) {
    // Read the outcomes before captured, so a concurrent capture never shows a negative inFlight.
    long d = delivered.get();
    long s = spooled.get();
    long dd = deduplicated.get();
    long dr = dropped.get();
    return new ProviderStats(name, Math.max(captured.get(), d + s + dd + dr), d, retried.get(), dd, s,
        replayed.get(), dr, summaries.get(), pendingBytes, disabled, lastFailureMessage, lastFailureTime);
  }
}
