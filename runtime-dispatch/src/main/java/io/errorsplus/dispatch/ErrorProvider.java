package io.errorsplus.dispatch;

import java.time.Duration;
import java.util.List;

/**
 * A channel that error reports are delivered to. The dispatcher calls it from the provider's own
 * worker thread, never from a request thread, and never from two threads at once.
 *
 * <pre>{@code
 * public final class PagerProvider implements ErrorProvider {
 *   public void send(ErrorReport report) throws Exception {
 *     pager.page(report.toJson(MessageTemplate.of(ReportField.APP_NAME, ReportField.ERROR_TYPE)));
 *   }
 * }
 * }</pre>
 *
 * <p>Throw to signal failure: a plain exception is retried with backoff and, when retries run out,
 * the report is spooled to disk and replayed later; throw a {@link DeliveryException} to say
 * more (retry after a given time, reject this report, or disable the channel).
 */
public interface ErrorProvider extends AutoCloseable {

  /** Delivers one report; returns normally only once the channel has accepted it. */
  void send(ErrorReport report) throws Exception;

  /**
   * Delivers several reports at once, when {@link DeliveryOptions#digestWindow()} is set (a digest
   * e-mail, say). A failure retries the whole batch: delivery is at least once.
   */
  default void sendBatch(List<ErrorReport> reports) throws Exception {
    for (ErrorReport report : reports) {
      send(report);
    }
  }

  /** A stable name: it names the worker thread, the stats and the spool folder. */
  default String name() {
    return getClass().getSimpleName();
  }

  /**
   * How the dispatcher delivers to this provider; the dispatcher builder may override it. A
   * user-written provider receives every report unless it opts in to de-duplication here.
   */
  default DeliveryOptions deliveryOptions() {
    return DeliveryOptions.defaults();
  }

  /**
   * Whether this provider paces its own sends under its channel's limits (a webhook's rate
   * limits, say). Then the dispatcher waits {@link #nextSendDelay()} before each send instead of
   * applying {@link DeliveryOptions#rateLimitPermits()} on top: one pacer, not two. Default false.
   */
  default boolean pacesItself() {
    return false;
  }

  /**
   * With {@link #pacesItself()}: how long until the next send may go out ({@link Duration#ZERO}
   * now). The dispatcher waits on the provider's worker thread, and close cuts the wait short.
   */
  default Duration nextSendDelay() {
    return Duration.ZERO;
  }

  /**
   * Pushes anything the provider buffers to where it is durable (a producer's send buffer, a
   * file's fsync). Called on the provider's worker thread by {@link ErrorDispatcher#flush}, after
   * the reports queued before the flush were delivered; a failure is logged, not retried.
   */
  default void flush() throws Exception {}

  /** Releases the channel; called once, after the last delivery. */
  @Override
  default void close() {}
}
