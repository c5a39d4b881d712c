package io.errorsplus.dispatch.delivery;

import java.util.concurrent.TimeUnit;

/**
 * What the worker, the closer and flush callers share about a channel: whether it is stopping,
 * abandoned (its worker hung past the close deadline) or disabled (the provider said so), and
 * the monitor on which waits are cut short.
 */
final class ChannelState {

  volatile boolean stopping;
  volatile boolean abandoned;
  volatile boolean disabled;
  final Object signal = new Object();

  /** Wakes whoever waits on the signal (a backoff, a flush caller). */
  void wake() {
    synchronized (signal) {
      signal.notifyAll();
    }
  }

  /**
   * Sleeps on the worker for a backoff or a pacing wait; close() cuts it short (the report is then
   * spooled), abandoning throws.
   */
  void pause(long nanos) throws InterruptedException {
    waitOnSignal(nanos, true);
  }

  /**
   * A pacing wait: kept while stopping too (draining at close must not burst past a channel's
   * rate limit); only abandoning at the close deadline ends it early, by interrupting the worker.
   */
  void pace(long nanos) throws InterruptedException {
    waitOnSignal(nanos, false);
  }

  private void waitOnSignal(long nanos, boolean cutByStopping) throws InterruptedException {
    long deadline = System.nanoTime() + nanos;
    synchronized (signal) {
      long left;
      while (!(cutByStopping && stopping) && !abandoned && (left = deadline - System.nanoTime()) > 0) {
        TimeUnit.NANOSECONDS.timedWait(signal, left);
      }
    }
    if (abandoned) {
      throw new InterruptedException("abandoned");
    }
  }
}
