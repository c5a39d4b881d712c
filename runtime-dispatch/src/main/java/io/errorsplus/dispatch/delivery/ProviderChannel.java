package io.errorsplus.dispatch.delivery;

import io.errorsplus.dispatch.DeliveryOptions;
import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.ProviderStats;
import io.errorsplus.dispatch.spool.ReportSpool;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One provider's delivery lane: a bounded queue and a daemon worker thread named after the
 * provider. A slow or dead provider only ever fills its own lane. The worker blocks until there
 * is a report, a flush or close request, or a deadline (a repeat window or digest that ends, a
 * replay that may start, a spool sync that is due): an idle channel's thread sleeps.
 *
 * <p>The parts: {@link RepeatWindows} (de-duplication), {@link DigestBuffer} (digests),
 * {@link Sender} (pacing, retries, backoff), {@link SpoolReplayer} and {@link Spooling} (the disk),
 * {@link ChannelCounters}. This class is the queue, the worker loop, flush and close. Internal.
 */
public final class ProviderChannel {

  private static final Logger LOG = LoggerFactory.getLogger(ProviderChannel.class);
  private static final ThreadLocal<Boolean> ON_WORKER = new ThreadLocal<>();
  private static final int REPLAY_BATCH = 32;
  /** Put in the queue to wake a waiting worker (flush, close); never counted or delivered. */
  private static final CapturedReport WAKE = CapturedReport.wakeUp();

  private final ErrorProvider provider;
  private final String name;
  private final OverflowSpooler overflow; // null: the request thread spools overflow itself
  private final boolean neverBlock; // a full spool hand-off drops (counted) instead of spooling on the caller
  private final ArrayBlockingQueue<CapturedReport> queue;
  private final NanoClock clock;
  private final Thread worker;
  private final LogThrottle log = new LogThrottle();
  private final ChannelState state = new ChannelState();
  private final ChannelCounters counters = new ChannelCounters();
  private final RepeatWindows windows;
  private final DigestBuffer digest;
  private final Spooling spooling;
  private final Sender sender;
  private final SpoolReplayer replayer;

  private final AtomicLong flushRequested = new AtomicLong();
  private volatile long flushDone;

  public ProviderChannel(ErrorProvider provider, String name, DeliveryOptions options, ReportSpool spool,
      OverflowSpooler overflow, boolean neverBlock, NanoClock clock) {
    this.provider = provider;
    this.name = name;
    this.overflow = overflow;
    this.neverBlock = neverBlock;
    this.clock = clock;
    this.queue = new ArrayBlockingQueue<>(options.queueCapacity());
    this.windows = new RepeatWindows(options.deduplicationWindow().toNanos());
    this.digest = new DigestBuffer(options.digestWindow().toNanos(), options.maxDigestSize());
    this.spooling = new Spooling(spool, name, counters, log);
    Backoff backoff = new Backoff(options.initialBackoff(), options.maxBackoff());
    ReplaySchedule schedule = new ReplaySchedule(backoff, options.maxBackoff().toNanos());
    Pacer pacer = Pacer.of(provider, options.rateLimitPermits(), options.rateLimitPeriod().toNanos(), clock);
    this.sender = new Sender(provider, name, digest.enabled(), options.maxAttempts(), backoff, pacer, state::pause,
        state::pace, state, counters, spooling, schedule, clock, log);
    this.replayer = new SpoolReplayer(spool, provider, name, digest.enabled(),
        digest.enabled() ? options.maxDigestSize() : REPLAY_BATCH, schedule, state, counters, sender, clock, log);
    this.worker = new Thread(this::run, "errors-plus-" + name);
    this.worker.setDaemon(true);
  }

  /** Whether the current thread is a delivery worker (captures from it are ignored). */
  public static boolean isWorkerThread() {
    return ON_WORKER.get() != null;
  }

  static void markWorkerThread() {
    ON_WORKER.set(Boolean.TRUE);
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
    counters.captured.incrementAndGet();
    if (!state.stopping && queue.offer(report)) {
      return;
    }
    if (!spooling.on()) {
      counters.dropped.incrementAndGet(); // nowhere to keep it: count it, and spend nothing on scrubbing
      counters.failure("dropped a report: the queue is full and the spool is off");
      spooling.dropped("the queue is full", "off");
      return;
    }
    if (state.stopping || overflow == null) {
      spoolOverflow(report); // after close(): rare, and there is no spool thread left to hand to
      return;
    }
    if (!overflow.offer(this, report)) {
      if (!neverBlock) {
        spoolOverflow(report);
        return;
      }
      counters.dropped.incrementAndGet();
      counters.failure("dropped a report: the queue and the spool hand-off are full");
      spooling.dropped("the queue and the spool hand-off are full", "not keeping up with the capture rate");
    }
  }

  /** Spools a report that did not fit in the queue (overflow spooler or request thread). */
  void spoolOverflow(CapturedReport report) {
    ErrorReport finished = report.finished();
    if (finished == null) {
      counters.dropped.incrementAndGet();
    } else {
      spooling.spoolOrDrop(new Outgoing(finished, false), state.stopping ? "the dispatcher is closed" : "the queue is full");
    }
  }

  /** Syncs the spool when due; the overflow spooler calls it while this worker is busy sending. */
  void syncSpool(boolean now) {
    spooling.sync(now);
  }

  /** Nanoseconds until this channel's spool sync is due, or -1 when nothing waits to be synced. */
  long nanosUntilSyncDue() {
    return spooling.nanosUntilSyncDue();
  }

  // ---------------------------------------------------------------- worker thread

  private void run() {
    markWorkerThread();
    try {
      while (!state.abandoned) {
        long now = clock.nanoTime();
        spooling.sync(false);
        deliverSummaries(windows.closeDue(now, false));
        sender.send(digest.takeIfDue(now));
        CapturedReport next = queue.poll();
        if (next != null) {
          handleSafely(next);
          continue;
        }
        // The queue is empty: answer flush and close requests before anything slow (a replay).
        long requested = flushRequested.get();
        if (requested > flushDone || state.stopping) {
          deliverSummaries(windows.closeDue(now, true));
          sender.send(digest.takeAll());
          if (queue.isEmpty()) {
            if (requested > flushDone) {
              flushProvider();
            }
            flushDone = requested;
            state.wake();
            if (state.stopping) {
              break;
            }
          }
          continue;
        }
        if (replayer.due(now)) {
          replayer.replay(() -> !queue.isEmpty() || flushRequested.get() > flushDone);
          continue;
        }
        handleSafely(awaitWork(now));
      }
    } catch (InterruptedException e) {
      // abandoned by close(): the closer spools what is left
    } catch (RuntimeException | Error e) {
      LOG.error("errors-plus: the delivery worker of '{}' failed; its reports go to the spool", name, e);
      state.disabled = true;
    } finally {
      if (!state.abandoned) {
        spooling.sync(true);
        closeProvider();
      }
      state.wake();
    }
  }

  /** Blocks until a report or a wake-up arrives, or the next deadline passes (then null). */
  private CapturedReport awaitWork(long now) throws InterruptedException {
    long deadline = Long.MAX_VALUE;
    if (windows.hasOpen()) {
      deadline = Math.min(deadline, Math.max(0, windows.nextEnd() - now));
    }
    if (!digest.isEmpty()) {
      deadline = Math.min(deadline, Math.max(0, digest.deadline() - now));
    }
    long replayAt = replayer.waitingUntil(now);
    if (replayAt != -1) {
      deadline = Math.min(deadline, Math.max(0, replayAt - now));
    }
    long sync = spooling.nanosUntilSyncDue();
    if (sync >= 0) {
      deadline = Math.min(deadline, sync);
    }
    return deadline == Long.MAX_VALUE ? queue.take() : queue.poll(deadline, TimeUnit.NANOSECONDS);
  }

  /** One bad report must not stop the worker: a failure here is a bug, logged and counted as a drop. */
  private void handleSafely(CapturedReport captured) throws InterruptedException {
    if (captured == null || captured == WAKE) {
      return;
    }
    try {
      handle(captured);
    } catch (RuntimeException | StackOverflowError e) {
      counters.dropped.incrementAndGet();
      counters.failure(e);
      if (log.allow("internal")) {
        LOG.error("errors-plus: internal failure delivering a report to '{}'; it is dropped (counted)", name, e);
      }
    }
  }

  private void handle(CapturedReport captured) throws InterruptedException {
    ErrorReport report = captured.finished();
    if (report == null) {
      counters.dropped.incrementAndGet();
      return;
    }
    if (state.disabled) {
      spooling.spoolOrDrop(new Outgoing(report, false), "the provider is disabled");
      return;
    }
    if (windows.enabled()) {
      long now = clock.nanoTime();
      deliverSummaries(windows.closeDue(now, false)); // an expired window's summary before the new first one
      if (windows.absorb(report, now)) {
        counters.deduplicated.incrementAndGet();
        return;
      }
    }
    deliver(new Outgoing(report, false));
  }

  private void deliverSummaries(List<ErrorReport> summaries) throws InterruptedException {
    for (ErrorReport s : summaries) {
      counters.summaries.incrementAndGet();
      deliver(new Outgoing(s, true));
    }
  }

  private void deliver(Outgoing out) throws InterruptedException {
    if (digest.enabled()) {
      sender.send(digest.add(out, clock.nanoTime()));
    } else {
      sender.send(List.of(out));
    }
  }

  // ---------------------------------------------------------------- flush and close

  /** Waits until what is queued now (and open windows and digests) is delivered or spooled. */
  public boolean flush(long deadlineNanos) throws InterruptedException {
    long target = flushRequested.incrementAndGet();
    queue.offer(WAKE); // when the queue is full the worker is busy and sees the request anyway
    synchronized (state.signal) {
      long left;
      while (flushDone < target && worker.isAlive()) {
        if ((left = deadlineNanos - System.nanoTime()) <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(state.signal, left);
      }
    }
    return noReportQueued() && !sender.busy();
  }

  private boolean noReportQueued() {
    return queue.isEmpty() || (queue.size() == 1 && queue.peek() == WAKE);
  }

  /** Asks the worker to drain and stop; cuts backoff and rate-limit waits short. */
  public void beginStop() {
    state.stopping = true;
    state.wake();
    queue.offer(WAKE);
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
    state.abandoned = true;
    worker.interrupt();
    String why = "the provider did not finish before the close deadline";
    List<Outgoing> held = sender.takeInFlight();
    if (held != null) {
      spooling.spoolAll(held, why);
    }
    List<Outgoing> pending = new ArrayList<>(digest.takeAll());
    for (ErrorReport s : windows.closeDue(0, true)) {
      counters.summaries.incrementAndGet();
      pending.add(new Outgoing(s, true));
    }
    spooling.spoolAll(pending, why);
    CapturedReport c;
    while ((c = queue.poll()) != null) {
      if (c == WAKE) {
        continue;
      }
      ErrorReport r = spooling.on() ? c.finished() : null; // no spool: no point scrubbing it first
      if (r == null) {
        counters.dropped.incrementAndGet();
      } else {
        spooling.spoolOrDrop(new Outgoing(r, false), why);
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
      counters.failure(e);
      if (log.allow("flush")) {
        LOG.warn("errors-plus: flushing provider '{}' failed: {}", name, String.valueOf(e));
      }
    }
  }

  private void closeProvider() {
    try {
      provider.close();
    } catch (Throwable e) {
      LOG.warn("errors-plus: closing provider '{}' failed: {}", name, e.toString());
    }
  }

  public ProviderStats stats() {
    return counters.snapshot(name, spooling.pendingBytes(), state.disabled);
  }
}
