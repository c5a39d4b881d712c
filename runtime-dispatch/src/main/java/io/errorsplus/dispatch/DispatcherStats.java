package io.errorsplus.dispatch;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * An immutable snapshot of a dispatcher's counters: one {@link ProviderStats} per provider plus
 * what {@link ErrorDispatcher#capture} refused before any provider saw it.
 *
 * <pre>{@code
 * DispatcherStats stats = dispatcher.stats();
 * long lost = stats.providers().stream().mapToLong(ProviderStats::dropped).sum();
 * }</pre>
 *
 * @param providers per provider, in the order they were added
 * @param nullReports {@code capture(null)} calls, ignored
 * @param reentrantCaptures captures from a delivery worker thread (a provider's own failure being
 *     reported), ignored so a failing channel cannot feed itself
 * @param captureFailures unexpected failures inside {@code capture}, swallowed so the caller's
 *     request is never affected
 */
public record DispatcherStats(
    List<ProviderStats> providers, long nullReports, long reentrantCaptures, long captureFailures) {

  public DispatcherStats {
    providers = List.copyOf(providers);
  }

  /** The stats of the provider with this {@code name()}. */
  public ProviderStats provider(String name) {
    for (ProviderStats p : providers) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new NoSuchElementException("no provider named '" + name + "'; providers are "
        + providers.stream().map(ProviderStats::name).toList());
  }
}
