package io.errorsplus.dispatch.delivery;

import io.errorsplus.dispatch.spool.ReportSpool;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A channel's way to its spool: keep a report there, or count and log why it is dropped. */
final class Spooling {

  private static final Logger LOG = LoggerFactory.getLogger(ProviderChannel.class);

  private final ReportSpool spool; // null: spooling off
  private final String name;
  private final ChannelCounters counters;
  private final LogThrottle log;

  Spooling(ReportSpool spool, String name, ChannelCounters counters, LogThrottle log) {
    this.spool = spool;
    this.name = name;
    this.counters = counters;
    this.log = log;
  }

  boolean on() {
    return spool != null;
  }

  /** The spool; only when {@link #on()}. */
  ReportSpool spool() {
    return spool;
  }

  void spoolAll(List<Outgoing> batch, String why) {
    for (Outgoing o : batch) {
      spoolOrDrop(o, why);
    }
  }

  void spoolOrDrop(Outgoing o, String why) {
    if (spool != null && spool.append(o.report())) {
      if (!o.summary()) {
        counters.spooled.incrementAndGet();
      }
      return;
    }
    if (!o.summary()) {
      counters.dropped.incrementAndGet();
    }
    counters.failure("IllegalStateException: dropped a report: " + why + " and the spool is "
        + (spool == null ? "off" : "full"));
    dropped(why, spool == null ? "off" : "full or closed");
  }

  /** Logs (throttled) that a report was dropped. */
  void dropped(String why, String spoolState) {
    if (log.allow("dropped")) {
      LOG.warn("errors-plus: '{}' dropped a report ({}); the spool is {}", name, why, spoolState);
    }
  }

  /** Forces the spool to disk now ({@code now}), or when its last sync is a second old. */
  void sync(boolean now) {
    if (spool != null) {
      if (now) {
        spool.sync();
      } else {
        spool.syncIfDue();
      }
    }
  }

  /** Nanoseconds until the spool's next due sync, or -1 when nothing waits to be synced. */
  long nanosUntilSyncDue() {
    return spool == null ? -1 : spool.nanosUntilSyncDue();
  }

  long pendingBytes() {
    return spool == null ? 0 : spool.pendingBytes();
  }
}
