package io.errorsplus.dispatch.delivery;

import io.errorsplus.dispatch.DeliveryException;
import io.errorsplus.dispatch.ErrorProvider;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one report, or one digest batch, with pacing and retries: backoff between attempts (or
 * the wait the provider asked for), then counted as delivered, rejected (dropped) or spooled.
 * Who counts a batch is decided by one compare-and-set on {@link #inFlight}: this sender when the
 * send returns, or the closer when it abandons a hung worker ({@link #takeInFlight}).
 */
final class Sender {

  private static final Logger LOG = LoggerFactory.getLogger(ProviderChannel.class);

  /** How the worker waits: {@link ChannelState#pause} (backoff) and {@link ChannelState#pace} in a channel. */
  @FunctionalInterface
  interface Pauser {
    void pause(long nanos) throws InterruptedException;
  }

  private final ErrorProvider provider;
  private final String name;
  private final boolean batches;
  private final int maxAttempts;
  private final Backoff backoff;
  private final Pacer pacer;
  private final Pauser pauser;
  private final Pauser pacingPauser;
  private final ChannelState state;
  private final ChannelCounters counters;
  private final Spooling spooling;
  private final ReplaySchedule replay;
  private final NanoClock clock;
  private final LogThrottle log;
  private final AtomicReference<List<Outgoing>> inFlight = new AtomicReference<>();

  Sender(ErrorProvider provider, String name, boolean batches, int maxAttempts, Backoff backoff, Pacer pacer,
      Pauser pauser, Pauser pacingPauser, ChannelState state, ChannelCounters counters, Spooling spooling, ReplaySchedule replay,
      NanoClock clock, LogThrottle log) {
    this.provider = provider;
    this.name = name;
    this.batches = batches;
    this.maxAttempts = maxAttempts;
    this.backoff = backoff;
    this.pacer = pacer;
    this.pauser = pauser;
    this.pacingPauser = pacingPauser;
    this.state = state;
    this.counters = counters;
    this.spooling = spooling;
    this.replay = replay;
    this.clock = clock;
    this.log = log;
  }

  /** Whether a batch is being sent now. */
  boolean busy() {
    return inFlight.get() != null;
  }

  /** The batch being sent, now owned by the caller (the closer), or null. */
  List<Outgoing> takeInFlight() {
    return inFlight.getAndSet(null);
  }

  void send(List<Outgoing> batch) throws InterruptedException {
    if (batch.isEmpty()) {
      return;
    }
    inFlight.set(batch);
    if (state.abandoned || state.disabled) {
      if (inFlight.compareAndSet(batch, null)) {
        spooling.spoolAll(batch, state.abandoned ? "the dispatcher closed before delivery" : "the provider is disabled");
      }
      return;
    }
    for (int attempt = 1; ; attempt++) {
      pace();
      Throwable failure;
      try {
        if (batches) {
          provider.sendBatch(Outgoing.reportsOf(batch));
        } else {
          provider.send(batch.get(0).report());
        }
        if (inFlight.compareAndSet(batch, null)) {
          ChannelCounters.countCaptured(counters.delivered, batch);
          replay.channelWorks();
        }
        return;
      } catch (InterruptedException e) {
        if (state.abandoned) {
          throw e;
        }
        failure = e;
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        failure = e;
      }
      if (state.abandoned) {
        return; // the closer owns the batch now
      }
      if (!retry(batch, attempt, failure)) {
        return;
      }
    }
  }

  /** After a failed attempt: false when the batch is settled (dropped, spooled), true after the wait for the next attempt. */
  private boolean retry(List<Outgoing> batch, int attempt, Throwable failure) throws InterruptedException {
    counters.failure(failure);
    DeliveryException de = failure instanceof DeliveryException d ? d : null;
    if (de != null && de.kind() == DeliveryException.Kind.REJECTED) {
      if (inFlight.compareAndSet(batch, null)) {
        ChannelCounters.countCaptured(counters.dropped, batch);
        if (log.allow("rejected")) {
          LOG.warn("errors-plus: '{}' rejected {} report(s), dropped: {}", name, batch.size(), failure.getMessage());
        }
      }
      return false;
    }
    if (de != null && de.kind() == DeliveryException.Kind.DISABLED) {
      disable(failure);
      if (inFlight.compareAndSet(batch, null)) {
        spooling.spoolAll(batch, "the provider is disabled");
      }
      return false;
    }
    if (attempt >= maxAttempts || state.stopping) {
      if (log.allow("exhausted")) {
        LOG.warn("errors-plus: '{}' failed {} time(s), spooling {} report(s): {}", name, attempt, batch.size(),
            String.valueOf(failure));
      }
      replay.retriesExhausted(clock.nanoTime());
      if (inFlight.compareAndSet(batch, null)) {
        spooling.spoolAll(batch, "retries are exhausted");
      }
      return false;
    }
    ChannelCounters.countCaptured(counters.retried, batch);
    pauser.pause(de != null && de.retryAfter().isPresent() ? de.retryAfter().get().toNanos() : backoff.delayNanos(attempt));
    return true;
  }

  /** Waits for the pacer, if it says so (also while stopping: see {@link ChannelState#pace}). */
  void pace() throws InterruptedException {
    long wait;
    while ((wait = pacer.reserve()) > 0) {
      pacingPauser.pause(wait);
    }
  }

  void disable(Throwable why) {
    state.disabled = true;
    LOG.error("errors-plus: '{}' disabled itself ({}); its reports are spooled from now on", name, why.getMessage());
  }
}
