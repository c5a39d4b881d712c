package io.errorsplus.dispatch.delivery;

import io.errorsplus.dispatch.DeliveryException;
import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.spool.ReportSpool;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a channel's spooled reports, oldest first, when the channel is idle and its
 * {@link ReplaySchedule} allows; each record is committed as soon as the provider accepted it,
 * so a crash replays at most the record being sent.
 */
final class SpoolReplayer {

  private static final Logger LOG = LoggerFactory.getLogger(ProviderChannel.class);

  private final ReportSpool spool;
  private final ErrorProvider provider;
  private final String name;
  private final boolean batches;
  private final int readSize;
  private final ReplaySchedule schedule;
  private final ChannelState state;
  private final ChannelCounters counters;
  private final Sender sender;
  private final NanoClock clock;
  private final LogThrottle log;

  SpoolReplayer(ReportSpool spool, ErrorProvider provider, String name, boolean batches, int readSize,
      ReplaySchedule schedule, ChannelState state, ChannelCounters counters, Sender sender, NanoClock clock,
      LogThrottle log) {
    this.spool = spool;
    this.provider = provider;
    this.name = name;
    this.batches = batches;
    this.readSize = readSize;
    this.schedule = schedule;
    this.state = state;
    this.counters = counters;
    this.sender = sender;
    this.clock = clock;
    this.log = log;
  }

  /** Whether to replay now. */
  boolean due(long now) {
    return spool != null && !state.disabled && !state.stopping && schedule.due(now) && spool.hasPending();
  }

  /** When a replay waits for its schedule: the time it may start, else -1 (none waits, or it is due). */
  long waitingUntil(long now) {
    if (spool == null || state.disabled || state.stopping || schedule.due(now) || !spool.hasPending()) {
      return -1;
    }
    return schedule.notBefore();
  }

  /** Replays one read of the spool; stops early as soon as {@code yield} says live work waits. */
  void replay(BooleanSupplier yield) throws InterruptedException {
    List<ReportSpool.Entry> entries = spool.read(readSize);
    if (entries.isEmpty()) {
      schedule.replayFailed(clock.nanoTime()); // pending but unreadable now (a disk error): try later, don't spin
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      if (state.stopping || state.abandoned || yield.getAsBoolean()) {
        return; // live reports and flush/close requests first; the rest of the spool waits
      }
      ReportSpool.Entry e = entries.get(i);
      List<ErrorReport> batch = new ArrayList<>();
      ReportSpool.Entry last = e;
      if (batches) {
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
      if (!deliver(batch, last)) {
        return;
      }
    }
  }

  /** One replayed send; false when replaying must stop for now. */
  private boolean deliver(List<ErrorReport> batch, ReportSpool.Entry last) throws InterruptedException {
    sender.pace();
    try {
      if (batches) {
        provider.sendBatch(batch);
      } else {
        provider.send(batch.get(0));
      }
      counters.replayed.addAndGet(batch.size());
      spool.commit(last);
      return true;
    } catch (InterruptedException ex) {
      throw ex;
    } catch (VirtualMachineError ex) {
      throw ex;
    } catch (Throwable ex) {
      counters.failure(ex);
      if (ex instanceof DeliveryException de && de.kind() == DeliveryException.Kind.REJECTED) {
        if (log.allow("replay-rejected")) {
          LOG.warn("errors-plus: '{}' rejected {} spooled report(s), skipped: {}", name, batch.size(), ex.getMessage());
        }
        spool.commit(last);
        return true;
      }
      if (ex instanceof DeliveryException de && de.kind() == DeliveryException.Kind.DISABLED) {
        sender.disable(ex);
        return false;
      }
      schedule.replayFailed(clock.nanoTime());
      if (log.allow("replay-failed")) {
        LOG.warn("errors-plus: '{}' failed replaying the spool ({}), retrying later", name, String.valueOf(ex));
      }
      return false;
    }
  }
}
