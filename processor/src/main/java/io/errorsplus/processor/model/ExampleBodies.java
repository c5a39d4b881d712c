package io.errorsplus.processor.model;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the standard example bodies of a body style from a detail text. */
public final class ExampleBodies {

  private ExampleBodies() {}

  /**
   * The body {@code {"detail": …}} (+ {@code "code"}), or, for {@code problem},
   * {@code {"type":"about:blank","title":<reason>,"status":<code>,"detail":…}} (+ {@code "code"}).
   */
  public static ObjectNode standard(ProcessorOptions.BodyStyle style, int status, String detail,
      String code) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    if (style == ProcessorOptions.BodyStyle.PROBLEM) {
      body.put("type", "about:blank");
      body.put("title", ReasonPhrases.of(status));
      body.put("status", status);
    }
    body.put("detail", detail);
    if (!code.isEmpty()) {
      body.put("code", code);
    }
    return body;
  }
}
