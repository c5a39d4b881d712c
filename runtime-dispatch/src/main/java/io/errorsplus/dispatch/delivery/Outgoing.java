package io.errorsplus.dispatch.delivery;

import io.errorsplus.dispatch.ErrorReport;
import java.util.ArrayList;
import java.util.List;

/**
 * A report on its way out of a channel. A summary (the repeats of a window) is an extra report:
 * it is not in the captured count, so the counters skip it.
 */
record Outgoing(ErrorReport report, boolean summary) {

  static List<ErrorReport> reportsOf(List<Outgoing> batch) {
    List<ErrorReport> reports = new ArrayList<>(batch.size());
    for (Outgoing o : batch) {
      reports.add(o.report());
    }
    return reports;
  }
}
