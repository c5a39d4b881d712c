package io.errorsplus.dispatch;

/**
 * Which failed requests an integration reports: the one rule shared by the Spring Boot
 * ({@code errors-plus.capture}) and JAX-RS ({@code ErrorsPlusFeature.builder(d).capture(…)})
 * integrations.
 *
 * <pre>{@code
 * if (policy.captures(error != null, status, documented)) { dispatcher.capture(report); }
 * }</pre>
 */
public enum CapturePolicy {
  /** Every request that ended in an exception, and every 5xx answer. */
  ALL,
  /**
   * Every 5xx answer, and every exception that is not documented for the operation that answered
   * it (the default). A request that matched no operation is reported only when it is a 5xx.
   */
  UNDOCUMENTED,
  /** 5xx answers only. */
  SERVER_ERRORS,
  /** Nothing. */
  OFF;

  /**
   * Whether a finished request is reported.
   *
   * @param failed the request ended in an exception (answered by anyone, or not at all)
   * @param status the status actually sent
   * @param documented the exception's documented error is declared for the operation that
   *     answered; false for an exception of a request that matched no operation
   * @param matchedOperation the request matched an operation of the catalogue (or at least a
   *     handler of the application)
   */
  public boolean captures(boolean failed, int status, boolean documented, boolean matchedOperation) {
    boolean serverError = status >= 500;
    return switch (this) {
      case ALL -> failed || serverError;
      case UNDOCUMENTED -> serverError || (failed && matchedOperation && !documented);
      case SERVER_ERRORS -> serverError;
      case OFF -> false;
    };
  }

  /**
   * The policy named by a property value ({@code all}, {@code undocumented}, {@code server-errors},
   * {@code off}; case and {@code _}/{@code -} do not matter).
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static CapturePolicy parse(String value) {
    if (value != null) {
      String normal = value.trim().replace('-', '_').toUpperCase(java.util.Locale.ROOT);
      for (CapturePolicy policy : values()) {
        if (policy.name().equals(normal)) {
          return policy;
        }
      }
    }
    throw new IllegalArgumentException("capture policy '" + value
        + "' is not known; use one of all, undocumented, server-errors, off");
  }
}
