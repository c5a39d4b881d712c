package io.errorsplus.dispatch.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * Digests: what arrives within the window after a first report goes to the provider as one batch
 * ({@code sendBatch}), sooner when {@code maxSize} reports are waiting. Thread-safe (the worker,
 * and the closer after abandoning it).
 */
final class DigestBuffer {

  private final long windowNanos;
  private final int maxSize;
  private final List<Outgoing> pending = new ArrayList<>();
  private long deadline;

  DigestBuffer(long windowNanos, int maxSize) {
    this.windowNanos = windowNanos;
    this.maxSize = maxSize;
  }

  boolean enabled() {
    return windowNanos > 0;
  }

  /** Adds a report; the whole batch when it is now full, else an empty list. */
  synchronized List<Outgoing> add(Outgoing out, long now) {
    if (pending.isEmpty()) {
      deadline = now + windowNanos;
    }
    pending.add(out);
    return pending.size() >= maxSize ? takeAll() : List.of();
  }

  /** The batch when its window ended by {@code now}, else an empty list. */
  synchronized List<Outgoing> takeIfDue(long now) {
    return !pending.isEmpty() && now - deadline >= 0 ? takeAll() : List.of();
  }

  /** Everything waiting, whatever the time. */
  synchronized List<Outgoing> takeAll() {
    List<Outgoing> batch = List.copyOf(pending);
    pending.clear();
    return batch;
  }

  synchronized boolean isEmpty() {
    return pending.isEmpty();
  }

  /** When the waiting batch is due; meaningful when not {@link #isEmpty()}. */
  synchronized long deadline() {
    return deadline;
  }
}
