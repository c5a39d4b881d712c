package io.errorsplus.dispatch.delivery;

import io.errorsplus.dispatch.DeliveryException;
import io.errorsplus.dispatch.DeliveryOptions;
import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.ProviderStats;
import io.errorsplus.dispatch.spool.ReportSpool;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One provider's delivery lane: a bounded queue and a daemon worker thread named after the
 * provider, with retries, rate limit, repeat summaries, digests, the disk spool and its replay.
 * A slow or dead provider only ever fills its own lane. Internal; not part of the API.
 *
 * <p>Accounting: every captured report is counted exactly once as delivered, spooled,
 * deduplicated or dropped. Who counts a report that is being sent is decided by one
 * compare-and-set on {@link #inFlight}: the worker when the send returns, or the closer when it
 * abandons a hung worker.
 */
public final class ProviderChannel {

  private static final Logger LOG = LoggerFactory.getLogger(ProviderChannel.class);
  private static final ThreadLocal<Boolean> ON_WORKER = new ThreadLocal<>();
  /** The worker wakes at least this often to close windows and notice flush and close requests. */
  private static final long MAX_IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
  private static final int REPLAY_BATCH = 32;

  /** A report on its way out; a summary is an extra report that is not in the captured count. */
  private record Outgoing(ErrorReport report, boolean summary) {}

  /** Repeats of one fingerprint within the current window. */
  private static final class Window {
    final long endNanos;
    int repeats;
    ErrorReport latest;

    Window(long endNanos) {
      this.endNanos = endNanos;
    }
  }

  private final ErrorProvider provider;
  private final String name;
  private final DeliveryOptions options;
  private final ReportSpool spool; // null: spooling off
  private final OverflowSpooler overflow; // null: the request thread spools overflow itself
  private final boolean neverBlock; // a full spool hand-off drops (counted) instead of spooling on the caller
  private final ArrayBlockingQueue<CapturedReport> queue;
  private final Backoff backoff;
  private final RateLimiter rateLimiter;
  private final long dedupNanos;
  private final long digestNanos;
  private final Thread worker;
  private final LogLimiter logLimit = new LogLimiter();
  private final Object signal = new Object();

  private final AtomicLong captured = new AtomicLong();
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong retried = new AtomicLong();
  private final AtomicLong deduplicated = new AtomicLong();
  private final AtomicLong spooled = new AtomicLong();
  private final AtomicLong replayed = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong summaries = new AtomicLong();
  private volatile String lastFailureMessage;
  private volatile Instant lastFailureTime;

  private final AtomicReference<List<Outgoing>> inFlight = new AtomicReference<>();
  /** Guarded by {@code this}: touched by the worker and, after abandoning it, by the closer. */
  private final Map<String, Window> windows = new HashMap<>();
  private final List<Outgoing> digest = new ArrayList<>();
  private long digestDeadline;

  private final AtomicLong flushRequested = new AtomicLong();
  private volatile long flushDone;
  private volatile boolean stopping;
  private volatile boolean abandoned;
  private volatile boolean disabled;
  private long replayNotBefore;
  private int replayFailures;

  public ProviderChannel(ErrorProvider provider, String name, DeliveryOptions options, ReportSpool spool,
      OverflowSpooler overflow, boolean neverBlock) {
    this.provider = provider;
    this.overflow = overflow;
    this.neverBlock = neverBlock;
    this.name = name;
    this.options = options;
    this.spool = spool;
    this.queue = new ArrayBlockingQueue<>(options.queueCapacity());
    this.backoff = new Backoff(options.initialBackoff(), options.maxBackoff());
    this.rateLimiter = new RateLimiter(options.rateLimitPermits(), options.rateLimitPeriod().toNanos());
    this.dedupNanos = options.deduplicationWindow().toNanos();
    this.digestNanos = options.digestWindow().toNanos();
    this.worker = new Thread(this::run, "errors-plus-" + name);
    this.worker.setDaemon(true);
  }

  /** Whether the current thread is a delivery worker (captures from it are ignored). */
  public static boolean isWorkerThread() {
    return ON_WORKER.get() != null;
  }

  public String name() {
    return name;
  }

  public void start() {
    worker.start();
  }

  // ---------------------------------------------------------------- request thread

  /**
   * Never waits for the provider: a full queue hands the report to the overflow spooler thread.
   * When that hand-off is full too (the spool cannot keep up with the capture rate), the calling
   * thread spools the report itself (back-pressure: slower, nothing lost) or, with
   * {@code neverBlock}, drops it and counts it.
   */
  public void offer(CapturedReport report) {
    captured.incrementAndGet();
    if (!stopping && queue.offer(report)) {
      return;
    }
    if (spool == null) {
      dropped.incrementAndGet(); // nowhere to keep it: count it, and spend nothing on scrubbing
      lastFailureMessage = "dropped a report: the queue is full and the spool is off";
      lastFailureTime = Instant.now();
      logLimited("dropped", "errors-plus: '{}' dropped a report ({}); the spool is {}", "the queue is full", "off");
      return;
    }
    if (stopping || overflow == null) {
      spoolOverflow(report); // after close(): rare, and there is no spool thread left to hand to
      return;
    }
    if (!overflow.offer(this, report)) {
      if (!neverBlock) {
        spoolOverflow(report);
        return;
      }
      dropped.incrementAndGet();
      lastFailureMessage = "dropped a report: the queue and the spool hand-off are full";
      lastFailureTime = Instant.now();
      logLimited("dropped", "errors-plus: '{}' dropped a report ({}); the spool is {}",
          "the queue and the spool hand-off are full", "not keeping up with the capture rate");
    }
  }

  /** Spools a report that did not fit in the queue (overflow spooler or request thread). */
  void spoolOverflow(CapturedReport report) {
    ErrorReport finished = report.finished();
    if (finished == null) {
      dropped.incrementAndGet();
    } else {
      spoolOrDrop(new Outgoing(finished, false), stopping ? "the dispatcher is closed" : "the queue is full");
    }
    if (ON_WORKER.get() != null) {
      syncSpool(false); // the spool thread keeps the disk current while this worker is busy sending
    }
  }

  static void markWorkerThread() {
    ON_WORKER.set(Boolean.TRUE);
  }

  // ---------------------------------------------------------------- worker thread

  private void run() {
    markWorkerThread();
    try {
      while (!abandoned) {
        long now = System.nanoTime();
        syncSpool(false);
        closeWindows(now, false);
        if (digestDue(now)) {
          sendDigest();
        }
        CapturedReport next = queue.poll();
        if (next != null) {
          handleSafely(next);
          continue;
        }
        // The queue is empty: answer flush and close requests before anything slow (a replay).
        long requested = flushRequested.get();
        if (requested > flushDone || stopping) {
          closeWindows(now, true);
          sendDigest();
          if (queue.isEmpty()) {
            if (requested > flushDone) {
              flushProvider();
            }
            flushDone = requested;
            synchronized (signal) {
              signal.notifyAll();
            }
            if (stopping) {
              break;
            }
          }
          continue;
        }
        if (replayDue(now)) {
          replay();
          continue;
        }
        next = queue.poll(waitNanos(now), TimeUnit.NANOSECONDS);
        if (next != null) {
          handleSafely(next);
        }
      }
    } catch (InterruptedException e) {
      // abandoned by close(): the closer spools what is left
    } catch (RuntimeException | Error e) {
      LOG.error("errors-plus: the delivery worker of '{}' failed; its reports go to the spool", name, e);
      disabled = true;
    } finally {
      if (!abandoned) {
        syncSpool(true);
        closeProvider();
      }
      synchronized (signal) {
        signal.notifyAll();
      }
    }
  }

  private long waitNanos(long now) {
    long wait = MAX_IDLE_NANOS;
    synchronized (this) {
      if (!digest.isEmpty()) {
        wait = Math.min(wait, digestDeadline - now);
      }
    }
    return Math.max(wait, 0);
  }

  /** One bad report must not stop the worker: a failure here is a bug, logged and counted as a drop. */
  private void handleSafely(CapturedReport captured) throws InterruptedException {
    try {
      handle(captured);
    } catch (RuntimeException | StackOverflowError e) {
      dropped.incrementAndGet();
      recordFailure(e);
      if (logLimit.allow("internal")) {
        LOG.error("errors-plus: internal failure delivering a report to '{}'; it is dropped (counted)", name, e);
      }
    }
  }

  private void handle(CapturedReport captured) throws InterruptedException {
    ErrorReport report = captured.finished();
    if (report == null) {
      dropped.incrementAndGet();
      return;
    }
    if (disabled) {
      spoolOrDrop(new Outgoing(report, false), "the provider is disabled");
      return;
    }
    if (dedupNanos > 0) {
      long now = System.nanoTime();
      String fp = report.fingerprint();
      Window w;
      synchronized (this) {
        w = windows.get(fp);
        if (w != null && now - w.endNanos < 0) {
          w.repeats++;
          w.latest = report;
          deduplicated.incrementAndGet();
          return;
        }
      }
      if (w != null) {
        closeWindows(now, false); // emits the expired window's summary before the new first one
      }
      synchronized (this) {
        windows.put(fp, new Window(now + dedupNanos));
      }
    }
    deliver(new Outgoing(report, false));
  }

  /** Sends the summaries of windows that ended (all of them when {@code all}). */
  private void closeWindows(long now, boolean all) throws InterruptedException {
    if (dedupNanos == 0) {
      return;
    }
    List<Outgoing> due = new ArrayList<>();
    synchronized (this) {
      if (windows.isEmpty()) {
        return;
      }
      for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
        Window w = it.next();
        if (all || now - w.endNanos >= 0) {
          it.remove();
          if (w.repeats > 0) {
            due.add(new Outgoing(summaryOf(w), true));
          }
        }
      }
    }
    for (Outgoing s : due) {
      summaries.incrementAndGet();
      deliver(s);
    }
  }

  /** The latest repeat, standing for all repeats of its window. */
  private static ErrorReport summaryOf(Window w) {
    return w.latest.toBuilder().occurrences(w.repeats).build();
  }

  private void deliver(Outgoing out) throws InterruptedException {
    if (digestNanos > 0) {
      boolean full;
      synchronized (this) {
        if (digest.isEmpty()) {
          digestDeadline = System.nanoTime() + digestNanos;
        }
        digest.add(out);
        full = digest.size() >= options.maxDigestSize();
      }
      if (full) {
        sendDigest();
      }
      return;
    }
    send(List.of(out));
  }

  private synchronized boolean digestDue(long now) {
    return !digest.isEmpty() && now - digestDeadline >= 0;
  }

  private void sendDigest() throws InterruptedException {
    List<Outgoing> batch;
    synchronized (this) {
      if (digest.isEmpty()) {
        return;
      }
      batch = List.copyOf(digest);
      digest.clear();
    }
    send(batch);
  }

  /** Sends one report, or one digest batch, with retries; then counts it. */
  private void send(List<Outgoing> batch) throws InterruptedException {
    inFlight.set(batch);
    if (abandoned || disabled) {
      if (inFlight.compareAndSet(batch, null)) {
        spoolAll(batch, abandoned ? "the dispatcher closed before delivery" : "the provider is disabled");
      }
      return;
    }
    for (int attempt = 1; ; attempt++) {
      pace();
      Throwable failure;
      try {
        if (digestNanos > 0) {
          provider.sendBatch(reportsOf(batch));
        } else {
          provider.send(batch.get(0).report());
        }
        if (inFlight.compareAndSet(batch, null)) {
          for (Outgoing o : batch) {
            if (!o.summary()) {
              delivered.incrementAndGet();
            }
          }
          replayNotBefore = 0; // the channel works: replay the spool when idle
          replayFailures = 0;
        }
        return;
      } catch (InterruptedException e) {
        if (abandoned) {
          throw e;
        }
        failure = e;
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        failure = e;
      }
      if (abandoned) {
        return; // the closer owns the batch now
      }
      recordFailure(failure);
      DeliveryException de = failure instanceof DeliveryException d ? d : null;
      if (de != null && de.kind() == DeliveryException.Kind.REJECTED) {
        if (inFlight.compareAndSet(batch, null)) {
          for (Outgoing o : batch) {
            if (!o.summary()) {
              dropped.incrementAndGet();
            }
          }
          logLimited("rejected", "errors-plus: '{}' rejected {} report(s), dropped: {}", batch.size(), failure.getMessage());
        }
        return;
      }
      if (de != null && de.kind() == DeliveryException.Kind.DISABLED) {
        disabled = true;
        LOG.error("errors-plus: '{}' disabled itself ({}); its reports are spooled from now on", name,
            failure.getMessage());
        if (inFlight.compareAndSet(batch, null)) {
          spoolAll(batch, "the provider is disabled");
        }
        return;
      }
      if (attempt >= options.maxAttempts() || stopping) {
        logLimited("exhausted", "errors-plus: '{}' failed {} time(s), spooling {} report(s): {}", attempt,
            batch.size(), String.valueOf(failure));
        replayNotBefore = System.nanoTime() + options.maxBackoff().toNanos();
        if (inFlight.compareAndSet(batch, null)) {
          spoolAll(batch, "retries are exhausted");
        }
        return;
      }
      for (Outgoing o : batch) {
        if (!o.summary()) {
          retried.incrementAndGet();
        }
      }
      long wait = de != null && de.retryAfter().isPresent()
          ? de.retryAfter().get().toNanos()
          : backoff.delayNanos(attempt);
      pause(wait);
    }
  }

  private static List<ErrorReport> reportsOf(List<Outgoing> batch) {
    List<ErrorReport> reports = new ArrayList<>(batch.size());
    for (Outgoing o : batch) {
      reports.add(o.report());
    }
    return reports;
  }

  /** Waits for the rate limit, if any. */
  private void pace() throws InterruptedException {
    long wait;
    while ((wait = rateLimiter.reserve()) > 0) {
      pause(wait);
    }
  }

  /** Sleeps on the worker; close() cuts a backoff short (the report is then spooled). */
  private void pause(long nanos) throws InterruptedException {
    long deadline = System.nanoTime() + nanos;
    synchronized (signal) {
      long left;
      while (!stopping && (left = deadline - System.nanoTime()) > 0) {
        TimeUnit.NANOSECONDS.timedWait(signal, left);
      }
    }
    if (abandoned) {
      throw new InterruptedException("abandoned");
    }
  }

  // ---------------------------------------------------------------- spool and replay

  private boolean replayDue(long now) {
    return spool != null && !disabled && !stopping && now - replayNotBefore >= 0 && spool.hasPending();
  }

  /** Delivers spooled reports, oldest first, each committed as soon as the channel accepted it. */
  private void replay() throws InterruptedException {
    List<ReportSpool.Entry> entries = spool.read(digestNanos > 0 ? options.maxDigestSize() : REPLAY_BATCH);
    for (int i = 0; i < entries.size(); i++) {
      if (stopping || abandoned || !queue.isEmpty() || flushRequested.get() > flushDone) {
        return; // live reports and flush/close requests first; the rest of the spool waits
      }
      ReportSpool.Entry e = entries.get(i);
      List<ErrorReport> batch = new ArrayList<>();
      ReportSpool.Entry last = e;
      if (digestNanos > 0) {
        for (; i < entries.size(); i++) {
          last = entries.get(i);
          if (last.report() != null) {
            batch.add(last.report());
          }
        }
      } else if (e.report() != null) {
        batch.add(e.report());
      }
      if (batch.isEmpty()) {
        spool.commit(last); // an unreadable line: already logged, skip it
        continue;
      }
      pace();
      try {
        if (digestNanos > 0) {
          provider.sendBatch(batch);
        } else {
          provider.send(batch.get(0));
        }
        replayed.addAndGet(batch.size());
        spool.commit(last);
      } catch (InterruptedException ex) {
        throw ex;
      } catch (VirtualMachineError ex) {
        throw ex;
      } catch (Throwable ex) {
        recordFailure(ex);
        if (ex instanceof DeliveryException de && de.kind() == DeliveryException.Kind.REJECTED) {
          logLimited("replay-rejected", "errors-plus: '{}' rejected {} spooled report(s), skipped: {}",
              batch.size(), ex.getMessage());
          spool.commit(last);
          continue;
        }
        if (ex instanceof DeliveryException de && de.kind() == DeliveryException.Kind.DISABLED) {
          disabled = true;
          LOG.error("errors-plus: '{}' disabled itself ({}); its reports are spooled from now on", name,
              ex.getMessage());
          return;
        }
        replayFailures++;
        replayNotBefore = System.nanoTime() + backoff.delayNanos(replayFailures);
        logLimited("replay-failed", "errors-plus: '{}' failed replaying the spool ({}), retrying later",
            String.valueOf(ex), "");
        return;
      }
    }
  }

  private void spoolAll(List<Outgoing> batch, String why) {
    for (Outgoing o : batch) {
      spoolOrDrop(o, why);
    }
  }

  private void spoolOrDrop(Outgoing o, String why) {
    if (spool != null && spool.append(o.report())) {
      if (!o.summary()) {
        spooled.incrementAndGet();
      }
      return;
    }
    if (!o.summary()) {
      dropped.incrementAndGet();
    }
    recordFailure(new IllegalStateException("dropped a report: " + why + " and the spool is "
        + (spool == null ? "off" : "full")));
    logLimited("dropped", "errors-plus: '{}' dropped a report ({}); the spool is {}", why,
        spool == null ? "off" : "full or closed");
  }

  private void syncSpool(boolean now) {
    if (spool != null) {
      if (now) {
        spool.sync();
      } else {
        spool.syncIfDue();
      }
    }
  }

  // ---------------------------------------------------------------- flush and close

  /** Waits until what is queued now (and open windows and digests) is delivered or spooled. */
  public boolean flush(long deadlineNanos) throws InterruptedException {
    long target = flushRequested.incrementAndGet();
    synchronized (signal) {
      long left;
      while (flushDone < target && worker.isAlive()) {
        if ((left = deadlineNanos - System.nanoTime()) <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(signal, Math.min(left, MAX_IDLE_NANOS));
      }
    }
    return queue.isEmpty() && inFlight.get() == null;
  }

  /** Asks the worker to drain and stop; cuts backoff and rate-limit waits short. */
  public void beginStop() {
    stopping = true;
    synchronized (signal) {
      signal.notifyAll();
    }
  }

  /**
   * Waits for the worker until the deadline; a worker still busy then (a hung provider) is
   * abandoned and interrupted, and everything it held is spooled.
   *
   * @return true when the worker finished in time
   */
  public boolean awaitStop(long deadlineNanos) throws InterruptedException {
    long left = deadlineNanos - System.nanoTime();
    if (left > 0) {
      TimeUnit.NANOSECONDS.timedJoin(worker, left);
    }
    if (!worker.isAlive()) {
      return true;
    }
    abandon();
    return false;
  }

  private void abandon() {
    abandoned = true;
    worker.interrupt();
    List<Outgoing> held = inFlight.getAndSet(null);
    if (held != null) {
      spoolAll(held, "the provider did not finish before the close deadline");
    }
    List<Outgoing> pending = new ArrayList<>();
    synchronized (this) {
      pending.addAll(digest);
      digest.clear();
      for (Window w : windows.values()) {
        if (w.repeats > 0) {
          summaries.incrementAndGet();
          pending.add(new Outgoing(summaryOf(w), true));
        }
      }
      windows.clear();
    }
    spoolAll(pending, "the provider did not finish before the close deadline");
    CapturedReport c;
    while ((c = queue.poll()) != null) {
      if (spool == null) {
        dropped.incrementAndGet(); // nowhere to keep it; no point scrubbing it first
        continue;
      }
      ErrorReport r = c.finished();
      if (r == null) {
        dropped.incrementAndGet();
      } else {
        spoolOrDrop(new Outgoing(r, false), "the provider did not finish before the close deadline");
      }
    }
    LOG.warn("errors-plus: '{}' did not finish before the close deadline; its undelivered reports are spooled",
        name);
    // Closing may unblock the hung call; do it off the closing thread so close() keeps its deadline.
    Thread closer = new Thread(this::closeProvider, "errors-plus-close-" + name);
    closer.setDaemon(true);
    closer.start();
  }

  private void flushProvider() {
    try {
      provider.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception | LinkageError e) {
      recordFailure(e);
      logLimited("flush", "errors-plus: flushing provider '{}' failed: {}", String.valueOf(e), "");
    }
  }

  private void closeProvider() {
    try {
      provider.close();
    } catch (Throwable e) {
      LOG.warn("errors-plus: closing provider '{}' failed: {}", name, e.toString());
    }
  }

  // ---------------------------------------------------------------- stats and logging

  private void recordFailure(Throwable failure) {
    lastFailureMessage = failure.getClass().getSimpleName() + ": " + failure.getMessage();
    lastFailureTime = Instant.now();
  }

  private void logLimited(String key, String format, Object a, Object b) {
    if (logLimit.allow(key)) {
      LOG.warn(format, name, a, b);
    }
  }

  private void logLimited(String key, String format, Object a, Object b, Object c) {
    if (logLimit.allow(key)) {
      LOG.warn(format, name, a, b, c);
    }
  }

  public ProviderStats stats() {
    // Read the outcome counters before captured, so a concurrent capture never shows a negative inFlight.
    long d = delivered.get();
    long s = spooled.get();
    long dd = deduplicated.get();
    long dr = dropped.get();
    return new ProviderStats(name, Math.max(captured.get(), d + s + dd + dr), d, retried.get(), dd, s,
        replayed.get(), dr, summaries.get(), spool == null ? 0 : spool.pendingBytes(), disabled,
        lastFailureMessage, lastFailureTime);
  }
}
