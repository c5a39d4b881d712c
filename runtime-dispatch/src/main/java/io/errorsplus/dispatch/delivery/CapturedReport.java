package io.errorsplus.dispatch.delivery;

import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.scrub.ReportScrubber;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A report as the request thread hands it over: the caller's report plus the capture time and id.
 * The same object sits in every provider's queue; the first worker to need it scrubs it and
 * computes its fingerprint ({@link #finished()}), once, off the request thread. The unscrubbed
 * report never leaves the process: every way out (a provider, the spool, a log line) takes
 * {@link #finished()}. Internal; not part of the API.
 */
public final class CapturedReport {

  private static final Logger LOG = LoggerFactory.getLogger(CapturedReport.class);
  private static final LogThrottle LOG_LIMIT = new LogThrottle();

  private final ErrorReport raw;
  private final ReportScrubber scrubber;
  private final String appName;
  private final long timestamp;
  /** The guid's bits; formatted on the worker, so the request thread allocates one object only. */
  private final long guidHigh;
  private final long guidLow;
  private ErrorReport finished;
  private boolean failed;

  /** Request thread: cheap; no formatting, hashing or scrubbing here. */
  public CapturedReport(ErrorReport raw, ReportScrubber scrubber, String appName) {
    this.raw = raw;
    this.scrubber = scrubber;
    this.appName = appName;
    this.timestamp = System.currentTimeMillis();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    this.guidHigh = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
    this.guidLow = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
  }

  /** A report that stands for none: a wake-up call for a waiting worker. */
  static CapturedReport wakeUp() {
    return new CapturedReport(null, null, null);
  }

  /** The scrubbed, complete report; null when a scrubbing rule failed (it is then dropped). */
  public synchronized ErrorReport finished() {
    if (finished == null && !failed) {
      try {
        ErrorReport.Builder b = raw.toBuilder();
        if (raw.appName() == null) {
          b.appName(appName);
        }
        if (raw.timestamp() == 0) {
          b.timestamp(timestamp);
        }
        if (raw.guidError() == null) {
          // A random (version 4) UUID from ThreadLocalRandom: it never blocks on entropy and does
          // not contend. It identifies a report and guards nothing, so it need not be unguessable.
          b.guidError(new UUID(guidHigh, guidLow).toString());
        }
        if (raw.fingerprint() == null) {
          // From the unscrubbed report: its inputs (class, frames, method, route, status) are
          // never scrubbed, and it saves a copy of the report.
          b.fingerprint(Fingerprints.of(raw));
        }
        finished = scrubber.scrub(b.build());
      } catch (RuntimeException | LinkageError | StackOverflowError e) {
        failed = true;
        if (LOG_LIMIT.allow("scrub")) {
          LOG.error("errors-plus: a report could not be scrubbed and is dropped (counted): {}", e.toString());
        }
      }
    }
    return finished;
  }
}
