package io.errorsplus.dispatch.scrub;

import io.errorsplus.dispatch.ErrorReport;

/**
 * A user's own scrubbing step, run after the built-in rules and before a report reaches any
 * provider or the spool. Return the report unchanged, or a changed copy via
 * {@link ErrorReport#toBuilder()}. A rule that throws is logged and the report is then dropped
 * (counted), never sent half-scrubbed.
 *
 * <pre>{@code
 * ScrubRule hideEmails = report -> report.toBuilder()
 *     .errorDetails(report.errorDetails() == null ? null
 *         : report.errorDetails().replaceAll("[\\w.+-]+@[\\w.-]+", "[email]"))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface ScrubRule {

  /** The report with this rule applied; called on a delivery worker thread. */
  ErrorReport apply(ErrorReport report);
}
