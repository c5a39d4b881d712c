package io.errorsplus.dispatch.delivery;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes the reports that did not fit in a provider's queue to that provider's spool, on its own
 * daemon thread ({@code errors-plus-spool}), so a request thread does no scrubbing and no disk I/O
 * even when a provider falls behind. When this hand-off is full too, the spool is not keeping up
 * with the capture rate: the request thread spools the report itself (slower for that request,
 * nothing lost) or, with {@code neverBlock}, drops it and counts it. The thread blocks until a
 * report arrives, or until the spools it wrote to are due a sync. Internal.
 */
public final class OverflowSpooler {

  private record Spill(ProviderChannel channel, CapturedReport report) {}

  /** Wakes the thread to stop. */
  private static final Spill STOP = new Spill(null, null);

  private final ArrayBlockingQueue<Spill> queue;
  private final AtomicLong pending = new AtomicLong();
  private final Thread thread;
  private final Object idle = new Object();
  /** Channels written to since their last sync; the spool thread's own. */
  private final Set<ProviderChannel> unsynced = new LinkedHashSet<>();
  private volatile boolean stopping;

  public OverflowSpooler(int capacity) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.thread = new Thread(this::run, "errors-plus-spool");
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /** Hands a report over; false when the hand-off is full or stopping. */
  boolean offer(ProviderChannel channel, CapturedReport report) {
    if (stopping) {
      return false;
    }
    pending.incrementAndGet();
    if (queue.offer(new Spill(channel, report))) {
      return true;
    }
    pending.decrementAndGet();
    return false;
  }

  private void run() {
    ProviderChannel.markWorkerThread();
    try {
      while (true) {
        Spill s = unsynced.isEmpty() ? queue.take() : queue.poll(nanosUntilSyncDue(), TimeUnit.NANOSECONDS);
        if (s != null && s != STOP) {
          process(s);
          unsynced.add(s.channel());
        }
        syncDue();
        if (stopping && queue.isEmpty()) {
          return;
        }
      }
    } catch (InterruptedException e) {
      // stop(): the closer spools what is left
    }
  }

  /** Keeps the disk current while the channels' workers are busy sending. */
  private void syncDue() {
    unsynced.removeIf(c -> {
      c.syncSpool(false);
      return c.nanosUntilSyncDue() < 0;
    });
  }

  private long nanosUntilSyncDue() {
    long wait = Long.MAX_VALUE;
    for (ProviderChannel c : unsynced) {
      long due = c.nanosUntilSyncDue();
      wait = Math.min(wait, due < 0 ? 0 : due);
    }
    return wait;
  }

  private void process(Spill s) {
    try {
      s.channel().spoolOverflow(s.report());
    } finally {
      if (pending.decrementAndGet() == 0) {
        synchronized (idle) {
          idle.notifyAll();
        }
      }
    }
  }

  /** Waits until every handed-over report is spooled; false at the deadline. */
  public boolean awaitEmpty(long deadlineNanos) throws InterruptedException {
    synchronized (idle) {
      long left;
      while (pending.get() > 0) {
        if ((left = deadlineNanos - System.nanoTime()) <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(idle, left);
      }
    }
    return true;
  }

  /** Stops the thread by the deadline, then spools what is left on the calling thread. */
  public void stop(long deadlineNanos) throws InterruptedException {
    stopping = true;
    queue.offer(STOP); // when the queue is full the thread is busy and sees stopping anyway
    try {
      long left = deadlineNanos - System.nanoTime();
      if (left > 0) {
        TimeUnit.NANOSECONDS.timedJoin(thread, left);
      }
    } finally {
      if (thread.isAlive()) {
        thread.interrupt();
        thread.join(1000); // it only ever waits on the queue or writes one record
      }
      Spill s;
      while ((s = queue.poll()) != null) {
        if (s != STOP) {
          process(s);
        }
      }
    }
  }
}
