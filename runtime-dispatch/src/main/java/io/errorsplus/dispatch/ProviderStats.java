package io.errorsplus.dispatch;

import java.time.Instant;

/**
 * What happened to the reports of one provider since the dispatcher started: an immutable
 * snapshot. Every captured report ends up in exactly one of delivered, spooled, deduplicated or
 * dropped, so {@code captured = delivered + spooled + deduplicated + dropped + inFlight()}.
 *
 * <pre>{@code
 * ProviderStats s = dispatcher.stats().provider("discord");
 * if (s.dropped() > 0) log.warn("lost {} error reports: {}", s.dropped(), s.lastFailureMessage());
 * }</pre>
 *
 * @param name the provider's {@code name()}
 * @param captured reports offered to this provider
 * @param delivered captured reports the provider accepted (alone or in a digest)
 * @param retried failed attempts that were retried (one per report per retry)
 * @param deduplicated repeats folded into a repeat summary instead of being sent
 * @param spooled captured reports written to the disk spool (queue full, retries exhausted,
 *     provider disabled, or shutdown before delivery)
 * @param replayed spooled reports (of this run or an earlier one) delivered from the spool
 * @param dropped captured reports lost: rejected by the channel, spool full or off, or scrubbing
 *     failed
 * @param summaries repeat summaries produced (extra reports, not part of the sum above)
 * @param spoolBytes bytes of spooled reports waiting on disk for replay (0 when drained)
 * @param disabled whether the provider disabled itself ({@link DeliveryException.Kind#DISABLED})
 * @param lastFailureMessage the last delivery failure, or null
 * @param lastFailureTime when it happened, or null
 */
public record ProviderStats(
    String name,
    long captured,
    long delivered,
    long retried,
    long deduplicated,
    long spooled,
    long replayed,
    long dropped,
    long summaries,
    long spoolBytes,
    boolean disabled,
    String lastFailureMessage,
    Instant lastFailureTime) {

  /** Captured reports whose fate is not decided yet (queued, or being sent). */
  public long inFlight() {
    return captured - delivered - spooled - deduplicated - dropped;
  }
}
