package io.errorsplus.dispatch;

import io.errorsplus.dispatch.json.ReportJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One error, as it is delivered: the request that failed, the error, and where it happened.
 * Immutable and safe to share between threads. Field names of {@link #toMap}/{@link #toJson} are
 * those of {@link ReportField}.
 *
 * <pre>{@code
 * ErrorReport report = ErrorReport.builder()
 *     .error(exception)
 *     .method("GET").endpoint("/items/{id}").fullUrl("http://host/items/7?x=1")
 *     .statusCode(500).duration(Duration.ofMillis(12))
 *     .header("User-Agent", "curl/8").queryParam("x", "1")
 *     .requestBody("application/json", "{\"name\":\"a\"}")
 *     .build();
 * String json = report.toJson(MessageTemplate.of(ReportField.APP_NAME, ReportField.ERROR_TYPE));
 * }</pre>
 *
 * <p>A report passed to {@link ErrorDispatcher#capture} is scrubbed before any provider or the
 * spool sees it; the accessors of the reports that providers receive return the values after
 * scrubbing.
 */
public final class ErrorReport {

  private final String appName;
  private final String endpoint;
  private final String fullUrl;
  private final String method;
  private final int statusCode;
  private final Duration duration;
  private final Map<String, String> headers;
  private final Map<String, String> queryParams;
  private final String requestContentType;
  private final String requestBody;
  private final String clientIp;
  private final String userAgent;
  private final String errorDetails;
  private final String errorType;
  private final Throwable error;
  private final String explicitTraceback;
  private final long timestamp;
  private final String guidError;
  private final String exceptionClass;
  private final String operationId;
  private final boolean documented;
  private final String errorCode;
  private final String fingerprint;
  private final int occurrences;

  /** Rendered on first use, on a worker thread: the request thread never formats a stack. */
  private volatile String traceback;

  private ErrorReport(Builder b) {
    this.appName = b.appName;
    this.endpoint = b.endpoint;
    this.fullUrl = b.fullUrl;
    this.method = b.method;
    this.statusCode = b.statusCode;
    this.duration = b.duration;
    this.headers = b.headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.queryParams =
        b.queryParams == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(b.queryParams));
    this.requestContentType = b.requestContentType;
    this.requestBody = b.requestBody;
    this.clientIp = b.clientIp;
    this.userAgent = b.userAgent != null ? b.userAgent : headerIgnoringCase(this.headers, "User-Agent");
    this.errorDetails = b.errorDetails;
    this.errorType = b.errorType;
    this.error = b.error;
    this.explicitTraceback = b.traceback;
    this.timestamp = b.timestamp;
    this.guidError = b.guidError;
    this.exceptionClass = b.exceptionClass;
    this.operationId = b.operationId;
    this.documented = b.documented;
    this.errorCode = b.errorCode;
    this.fingerprint = b.fingerprint;
    this.occurrences = b.occurrences;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every value of this report, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.appName = appName;
    b.endpoint = endpoint;
    b.fullUrl = fullUrl;
    b.method = method;
    b.statusCode = statusCode;
    b.duration = duration;
    b.headers = headers.isEmpty() ? null : new LinkedHashMap<>(headers);
    b.queryParams = queryParams.isEmpty() ? null : new LinkedHashMap<>(queryParams);
    b.requestContentType = requestContentType;
    b.requestBody = requestBody;
    b.clientIp = clientIp;
    b.userAgent = userAgent;
    b.errorDetails = errorDetails;
    b.errorType = errorType;
    b.error = error;
    b.traceback = explicitTraceback != null ? explicitTraceback : traceback;
    b.timestamp = timestamp;
    b.guidError = guidError;
    b.exceptionClass = exceptionClass;
    b.operationId = operationId;
    b.documented = documented;
    b.errorCode = errorCode;
    b.fingerprint = fingerprint;
    b.occurrences = occurrences;
    return b;
  }

  public String appName() { return appName; }

  /** The route template, {@code /items/{id}}. */
  public String endpoint() { return endpoint; }

  public String fullUrl() { return fullUrl; }

  public String method() { return method; }

  /** The HTTP status answered; 0 when unknown. */
  public int statusCode() { return statusCode; }

  public Duration duration() { return duration; }

  /** Request headers in the order given; secret values are {@code [Filtered]} after capture. */
  public Map<String, String> headers() { return headers; }

  public Map<String, String> queryParams() { return queryParams; }

  /** The request body's media type, or null; not a report field. */
  public String requestContentType() { return requestContentType; }

  public String requestBody() { return requestBody; }

  public String clientIp() { return clientIp; }

  public String userAgent() { return userAgent; }

  public String errorDetails() { return errorDetails; }

  /** The simple class name of the error. */
  public String errorType() { return errorType; }

  /** The error itself, when the report was built from one; not a report field. */
  public Throwable error() { return error; }

  /** The stack trace as text: the one given, or rendered from {@link #error()} on first use. */
  public String traceback() {
    if (explicitTraceback != null) {
      return explicitTraceback;
    }
    String t = traceback;
    if (t == null && error != null) {
      StringWriter w = new StringWriter(2048);
      error.printStackTrace(new PrintWriter(w));
      t = w.toString();
      traceback = t;
    }
    return t;
  }

  /** Epoch milliseconds; 0 until captured. */
  public long timestamp() { return timestamp; }

  public String guidError() { return guidError; }

  public String exceptionClass() { return exceptionClass; }

  public String operationId() { return operationId; }

  /** Whether the error is a documented one ({@code @ErrorDto}). */
  public boolean documented() { return documented; }

  public String errorCode() { return errorCode; }

  public String fingerprint() { return fingerprint; }

  public int occurrences() { return occurrences; }

  /** The value of one field, as it appears in {@link #toMap}. */
  public Object get(ReportField field) {
    return switch (field) {
      case APP_NAME -> appName;
      case ENDPOINT -> endpoint;
      case FULL_URL -> fullUrl;
      case METHOD -> method;
      case STATUS_CODE -> statusCode;
      case DURATION -> duration == null ? null : duration.toNanos() / 1_000_000_000.0;
      case HEADERS -> headers;
      case QUERY_PARAMS -> queryParams;
      case REQUEST_BODY -> requestBody;
      case CLIENT_IP -> clientIp;
      case USER_AGENT -> userAgent;
      case ERROR_DETAILS -> errorDetails;
      case ERROR_TYPE -> errorType;
      case TRACEBACK -> traceback();
      case TIMESTAMP -> timestamp;
      case GUID_ERROR -> guidError;
      case EXCEPTION_CLASS -> exceptionClass;
      case OPERATION_ID -> operationId;
      case DOCUMENTED -> documented;
      case ERROR_CODE -> errorCode;
      case FINGERPRINT -> fingerprint;
      case OCCURRENCES -> occurrences;
    };
  }

  /** The template's fields by JSON name, in {@link ReportField} order, then its constants. */
  public Map<String, Object> toMap(MessageTemplate template) {
    Objects.requireNonNull(template, "template is required");
    Map<String, Object> map = new LinkedHashMap<>();
    for (ReportField field : template.fields()) {
      map.put(field.jsonName(), get(field));
    }
    map.putAll(template.constants());
    return map;
  }

  /** The report as one JSON object, as sent to Kafka and written to files. */
  public String toJson(MessageTemplate template) {
    Objects.requireNonNull(template, "template is required");
    return new String(ReportJson.utf8(this, template), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "ErrorReport{" + statusCode + " " + errorType + " at " + method + " " + endpoint
        + ", guid_error=" + guidError + "}";
  }

  private static String headerIgnoringCase(Map<String, String> headers, String name) {
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Builds an {@link ErrorReport}. Not thread-safe; build one per error. */
  public static final class Builder {
    private String appName;
    private String endpoint;
    private String fullUrl;
    private String method;
    private int statusCode;
    private Duration duration;
    private Map<String, String> headers;
    private Map<String, String> queryParams;
    private String requestContentType;
    private String requestBody;
    private String clientIp;
    private String userAgent;
    private String errorDetails;
    private String errorType;
    private Throwable error;
    private String traceback;
    private long timestamp;
    private String guidError;
    private String exceptionClass;
    private String operationId;
    private boolean documented;
    private String errorCode;
    private String fingerprint;
    private int occurrences = 1;

    private Builder() {}

    /** Sets error_type, exception_class, error_details and (lazily) traceback from the error. */
    public Builder error(Throwable error) {
      this.error = Objects.requireNonNull(error, "error is required");
      this.errorType = error.getClass().getSimpleName();
      this.exceptionClass = error.getClass().getName();
      this.errorDetails = error.getMessage();
      return this;
    }

    public Builder appName(String appName) { this.appName = appName; return this; }

    public Builder endpoint(String endpoint) { this.endpoint = endpoint; return this; }

    public Builder fullUrl(String fullUrl) { this.fullUrl = fullUrl; return this; }

    public Builder method(String method) { this.method = method; return this; }

    public Builder statusCode(int statusCode) {
      if (statusCode < 0 || statusCode > 999) {
        throw new IllegalArgumentException("statusCode must be an HTTP status (0 when unknown), not " + statusCode);
      }
      this.statusCode = statusCode;
      return this;
    }

    public Builder duration(Duration duration) { this.duration = duration; return this; }

    /** Adds a request header; a repeated name joins the values with {@code ", "}. */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "header name is required");
      if (headers == null) {
        headers = new LinkedHashMap<>();
      }
      headers.merge(name, value == null ? "" : value, (a, b) -> a + ", " + b);
      return this;
    }

    /** Replaces the request headers. */
    public Builder headers(Map<String, String> headers) {
      this.headers = headers == null ? null : new LinkedHashMap<>(headers);
      return this;
    }

    /** Adds a query parameter; a repeated name joins the values with {@code ","}. */
    public Builder queryParam(String name, String value) {
      Objects.requireNonNull(name, "query parameter name is required");
      if (queryParams == null) {
        queryParams = new LinkedHashMap<>();
      }
      queryParams.merge(name, value == null ? "" : value, (a, b) -> a + "," + b);
      return this;
    }

    /** Replaces the query parameters. */
    public Builder queryParams(Map<String, String> queryParams) {
      this.queryParams = queryParams == null ? null : new LinkedHashMap<>(queryParams);
      return this;
    }

    /** The request body and its media type (which decides how it is scrubbed). */
    public Builder requestBody(String contentType, String body) {
      this.requestContentType = contentType;
      this.requestBody = body;
      return this;
    }

    public Builder clientIp(String clientIp) { this.clientIp = clientIp; return this; }

    /** Defaults to the {@code User-Agent} header. */
    public Builder userAgent(String userAgent) { this.userAgent = userAgent; return this; }

    public Builder errorDetails(String errorDetails) { this.errorDetails = errorDetails; return this; }

    public Builder errorType(String errorType) { this.errorType = errorType; return this; }

    public Builder exceptionClass(String exceptionClass) { this.exceptionClass = exceptionClass; return this; }

    /** A stack trace as text, when there is no {@link #error(Throwable)} (a replayed report, say). */
    public Builder traceback(String traceback) { this.traceback = traceback; return this; }

    public Builder timestamp(long epochMillis) { this.timestamp = epochMillis; return this; }

    public Builder guidError(String guidError) { this.guidError = guidError; return this; }

    public Builder operationId(String operationId) { this.operationId = operationId; return this; }

    public Builder documented(boolean documented) { this.documented = documented; return this; }

    public Builder errorCode(String errorCode) { this.errorCode = errorCode; return this; }

    public Builder fingerprint(String fingerprint) { this.fingerprint = fingerprint; return this; }

    public Builder occurrences(int occurrences) {
      if (occurrences < 1) {
        throw new IllegalArgumentException("occurrences must be at least 1, not " + occurrences);
      }
      this.occurrences = occurrences;
      return this;
    }

    public ErrorReport build() {
      return new ErrorReport(this);
    }
  }
}
