package io.errorsplus.dispatch.delivery;

import io.errorsplus.dispatch.ErrorReport;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * De-duplication: the first report of a fingerprint goes out, its repeats within the window are
 * absorbed, and when the window ends one summary (the latest repeat, with
 * {@code occurrences = repeats}) stands for them. Windows all last as long and open in time
 * order, so the map's insertion order is also the order in which they end. Thread-safe (the
 * worker, and the closer after abandoning it).
 */
final class RepeatWindows {

  private static final class Window {
    final long endNanos;
    int repeats;
    ErrorReport latest;

    Window(long endNanos) {
      this.endNanos = endNanos;
    }
  }

  private final long windowNanos;
  private final LinkedHashMap<String, Window> windows = new LinkedHashMap<>();

  RepeatWindows(long windowNanos) {
    this.windowNanos = windowNanos;
  }

  boolean enabled() {
    return windowNanos > 0;
  }

  /**
   * Whether the report repeats one within an open window (then it is absorbed, and counted by the
   * caller as deduplicated). Otherwise it opens a window and must be delivered; call
   * {@link #closeDue} first so that an expired window's summary goes out before the new first one.
   */
  synchronized boolean absorb(ErrorReport report, long now) {
    String fp = report.fingerprint();
    Window w = windows.get(fp);
    if (w != null && now - w.endNanos < 0) {
      w.repeats++;
      w.latest = report;
      return true;
    }
    windows.remove(fp); // expired: re-inserted last, where its new end belongs
    windows.put(fp, new Window(now + windowNanos));
    return false;
  }

  /** Closes the windows that ended by {@code now} (all when {@code all}); the summaries of those with repeats. */
  synchronized List<ErrorReport> closeDue(long now, boolean all) {
    if (windows.isEmpty()) {
      return List.of();
    }
    List<ErrorReport> summaries = new ArrayList<>();
    for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
      Window w = it.next();
      if (!all && now - w.endNanos < 0) {
        break; // the rest end later
      }
      it.remove();
      if (w.repeats > 0) {
        summaries.add(w.latest.toBuilder().occurrences(w.repeats).build());
      }
    }
    return summaries;
  }

  /** Whether a window is open; {@link #nextEnd()} is then meaningful. */
  synchronized boolean hasOpen() {
    return !windows.isEmpty();
  }

  /** When the first open window ends. */
  synchronized long nextEnd() {
    return windows.values().iterator().next().endNanos;
  }
}
