package io.errorsplus.processor.model;

import java.util.ArrayList;
import java.util.List;

/** Builds the standard example bodies of a body style from a detail text. */
public final class ExampleBodies {

  private ExampleBodies() {}

  /**
   * The body {@code {"detail": …}} (+ {@code "code"}), or, for {@code problem},
   * {@code {"type":"about:blank","title":<reason>,"status":<code>,"detail":…}} (+ {@code "code"}),
   * as compact JSON text.
   */
  public static String standard(ProcessorOptions.BodyStyle style, int status, String detail,
      String code) {
    List<Object> fields = new ArrayList<>(10);
    if (style == ProcessorOptions.BodyStyle.PROBLEM) {
      fields.addAll(List.of("type", "about:blank", "title", ReasonPhrases.of(status), "status", status));
    }
    fields.add("detail");
    fields.add(detail);
    if (!code.isEmpty()) {
      fields.add("code");
      fields.add(code);
    }
    return JsonText.object(fields.toArray());
  }
}
