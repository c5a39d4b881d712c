package io.errorsplus.dispatch;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown by {@link ErrorProvider#send} to tell the dispatcher what to do about a failed delivery.
 * Any other exception is treated as {@link Kind#RETRYABLE}.
 */
public final class DeliveryException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What the failure means for this report and for the channel. */
  public enum Kind {
    /** A passing fault: retry with backoff (after {@link #retryAfter()} when given), then spool. */
    RETRYABLE,
    /** The channel will never accept this report (a 400, say): not retried, counted as dropped. */
    REJECTED,
    /** The channel is gone (a deleted webhook): the provider is disabled and spools from now on. */
    DISABLED
  }

  private final Kind kind;
  private final Duration retryAfter;

  private DeliveryException(Kind kind, String message, Duration retryAfter, Throwable cause) {
    super(Objects.requireNonNull(message, "message is required"), cause);
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  /** A passing fault; retried with the provider's backoff. */
  public static DeliveryException retryable(String message, Throwable cause) {
    return new DeliveryException(Kind.RETRYABLE, message, null, cause);
  }

  /** The channel asked to wait (HTTP 429 {@code Retry-After}, say) before the next attempt. */
  public static DeliveryException retryAfter(String message, Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter is required");
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
    }
    return new DeliveryException(Kind.RETRYABLE, message, retryAfter, null);
  }

  /** This report can never be delivered; retrying would only fail again. */
  public static DeliveryException rejected(String message) {
    return new DeliveryException(Kind.REJECTED, message, null, null);
  }

  /** The channel no longer exists; stop calling it and keep the reports on disk. */
  public static DeliveryException disabled(String message) {
    return new DeliveryException(Kind.DISABLED, message, null, null);
  }

  public Kind kind() {
    return kind;
  }

  /** How long the channel asked to wait, if it did. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
