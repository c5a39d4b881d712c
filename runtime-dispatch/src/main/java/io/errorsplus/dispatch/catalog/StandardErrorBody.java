package io.errorsplus.dispatch.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The standard answer body of a documented error, the one place every integration renders it
 * (CONTRACT 5). A plain ordered {@code Map}, so whichever JSON provider the application uses
 * (Jackson 2 or 3, JSON-B) writes it.
 *
 * <pre>{@code
 * Map<String, Object> body = StandardErrorBody.of(BodyStyle.PROBLEM, 404, "PLANT_NOT_FOUND",
 *     "No plant with id 42", "/api/plants/42");
 * // {"type":"about:blank","title":"Not Found","status":404,"detail":"No plant with id 42",
 * //  "instance":"/api/plants/42","code":"PLANT_NOT_FOUND"}
 * }</pre>
 */
public final class StandardErrorBody {

  /** The detail of a request-validation answer that says nothing more specific. */
  public static final String VALIDATION_DETAIL = "Validation error";

  private StandardErrorBody() {}

  /**
   * The standard body.
   *
   * @param code omitted when null or empty
   * @param detail the exception's message, or the dto's message when it has none
   * @param instance the request path, problem style only; omitted when null
   */
  public static Map<String, Object> of(BodyStyle style, int status, String code, String detail,
      String instance) {
    Objects.requireNonNull(style, "style is required");
    Map<String, Object> body = new LinkedHashMap<>();
    if (style == BodyStyle.PROBLEM) {
      body.put("type", "about:blank");
      body.put("title", ReasonPhrases.of(status));
      body.put("status", status);
      body.put("detail", detail);
      if (instance != null) {
        body.put("instance", instance);
      }
    } else {
      body.put("detail", detail);
    }
    if (code != null && !code.isEmpty()) {
      body.put("code", code);
    }
    return Collections.unmodifiableMap(body);
  }

  /** The detail of an answer: the exception's message, else the documented message. */
  public static String detail(Throwable error, String documentedMessage) {
    String message = error == null ? null : error.getMessage();
    return message == null || message.isBlank() ? documentedMessage : message;
  }
}
