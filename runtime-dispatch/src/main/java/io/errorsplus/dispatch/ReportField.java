package io.errorsplus.dispatch;

/**
 * The fields of an {@link ErrorReport}, in the order they are written, with their JSON names.
 *
 * <p>The first sixteen are those of the original Python dispatcher, so its consumers keep working.
 */
public enum ReportField {
  APP_NAME("app_name"),
  /** The route template, {@code /items/{id}}. */
  ENDPOINT("endpoint"),
  FULL_URL("full_url"),
  METHOD("method"),
  STATUS_CODE("status_code"),
  /** Seconds, as a floating-point number. */
  DURATION("duration"),
  HEADERS("headers"),
  QUERY_PARAMS("query_params"),
  REQUEST_BODY("request_body"),
  CLIENT_IP("client_ip"),
  USER_AGENT("user_agent"),
  ERROR_DETAILS("error_details"),
  /** The simple class name of the error. */
  ERROR_TYPE("error_type"),
  TRACEBACK("traceback"),
  /** Epoch milliseconds. */
  TIMESTAMP("timestamp"),
  /** A UUID, unique per report: consumers drop repeats of an at-least-once delivery by it. */
  GUID_ERROR("guid_error"),
  EXCEPTION_CLASS("exception_class"),
  OPERATION_ID("operation_id"),
  DOCUMENTED("documented"),
  ERROR_CODE("error_code"),
  /** Equal for reports of the same error at the same place; the de-duplication key. */
  FINGERPRINT("fingerprint"),
  /**
   * 1 for a report of its own; in a repeat summary, how many repeats of the already-sent first
   * report the de-duplication window counted (so 1 there means one repeat).
   */
  OCCURRENCES("occurrences");

  private final String jsonName;

  ReportField(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The key of this field in {@link ErrorReport#toMap} and {@link ErrorReport#toJson}. */
  public String jsonName() {
    return jsonName;
  }
}
