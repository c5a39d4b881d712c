package io.errorsplus.dispatch.provider.email;

import io.errorsplus.dispatch.ErrorReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports of one digest grouped by error: one {@link Entry} per distinct fingerprint with how
 * often it happened, when first and last, and the latest report as the sample to show in full.
 */
final class ErrorDigest {

  /** One distinct error of the digest. Times are epoch milliseconds, 0 when unknown. */
  record Entry(ErrorReport sample, int count, long firstSeen, long lastSeen) {}

  private final List<Entry> entries;
  private final int totalErrors;
  private final long firstSeen;
  private final long lastSeen;

  private ErrorDigest(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    int total = 0;
    long first = 0;
    long last = 0;
    for (Entry e : entries) {
      total += e.count();
      first = earliest(first, e.firstSeen());
      last = Math.max(last, e.lastSeen());
    }
    this.totalErrors = total;
    this.firstSeen = first;
    this.lastSeen = last;
  }

  /** Groups by fingerprint; counts add up {@link ErrorReport#occurrences()} (a repeat summary counts as many). */
  static ErrorDigest of(List<ErrorReport> reports) {
    Map<String, Accumulator> byKey = new LinkedHashMap<>();
    for (ErrorReport report : reports) {
      byKey.computeIfAbsent(groupingKey(report), k -> new Accumulator()).add(report);
    }
    List<Entry> entries = new ArrayList<>(byKey.size());
    for (Accumulator a : byKey.values()) {
      entries.add(new Entry(a.sample, a.count, a.firstSeen, a.lastSeen));
    }
    // The error that happened most comes first; ties in the order they first happened.
    entries.sort(Comparator.comparingInt(Entry::count).reversed()
        .thenComparingLong(e -> e.firstSeen() == 0 ? Long.MAX_VALUE : e.firstSeen()));
    return new ErrorDigest(entries);
  }

  /**
   * The fingerprint the dispatcher computed; for reports that never went through it, the parts a
   * fingerprint is made of, so a user calling {@code sendBatch} directly still gets grouping.
   */
  private static String groupingKey(ErrorReport r) {
    if (r.fingerprint() != null && !r.fingerprint().isBlank()) {
      return "f:" + r.fingerprint();
    }
    return "k:" + r.statusCode() + '\u0000' + r.exceptionClass() + '\u0000' + r.errorType()
        + '\u0000' + r.method() + '\u0000' + r.endpoint();
  }

  List<Entry> entries() {
    return entries;
  }

  /** The sum of occurrences over all entries. */
  int totalErrors() {
    return totalErrors;
  }

  long firstSeen() {
    return firstSeen;
  }

  long lastSeen() {
    return lastSeen;
  }

  private static long earliest(long a, long b) {
    if (a == 0) {
      return b;
    }
    return b == 0 ? a : Math.min(a, b);
  }

  private static final class Accumulator {
    ErrorReport sample;
    int count;
    long firstSeen;
    long lastSeen;

    void add(ErrorReport r) {
      count += Math.max(1, r.occurrences());
      firstSeen = earliest(firstSeen, r.timestamp());
      // The latest report is the sample: its details are the freshest.
      if (sample == null || r.timestamp() >= lastSeen) {
        sample = r;
      }
      lastSeen = Math.max(lastSeen, r.timestamp());
    }
  }
}
