package io.errorsplus.processor.validate;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports catalogue messages on the element, annotation and value they concern (so an IDE
 * underlines the value), once each, and remembers whether any error was reported.
 */
public final class Diagnostics {

  private final Messager messager;
  private final Set<Reported> reported = new HashSet<>();
  private boolean errors;

  public Diagnostics(Messager messager) {
    this.messager = Objects.requireNonNull(messager, "messager is required");
  }

  /** Reports a message where it applies; a null mirror/value narrows less. */
  public void report(Message message, Element element, AnnotationMirror mirror,
      AnnotationValue value, Object... args) {
    String text = message.format(args);
    // The same declaration is read for several endpoints; say each thing once.
    if (!reported.add(new Reported(message.kind(), text, element, mirror, value, null))) {
      return;
    }
    if (message.kind() == Diagnostic.Kind.ERROR) {
      errors = true;
    }
    if (element == null) {
      messager.printMessage(message.kind(), text);
    } else if (mirror == null) {
      messager.printMessage(message.kind(), text, element);
    } else if (value == null) {
      messager.printMessage(message.kind(), text, element, mirror);
    } else {
      messager.printMessage(message.kind(), text, element, mirror, value);
    }
  }

  /** Reports a message that concerns no element (an option). */
  public void report(Message message, Object... args) {
    report(message, null, null, null, args);
  }

  /**
   * Counts a message that its caller prints itself (the throw analysis prints on a syntax tree):
   * once per text and spot, and an error stops the writers like any other.
   *
   * @return whether the message is new and should be printed
   */
  public boolean count(Diagnostic.Kind kind, String text, Object spot) {
    if (!reported.add(new Reported(kind, text, null, null, null, spot))) {
      return false;
    }
    if (kind == Diagnostic.Kind.ERROR) {
      errors = true;
    }
    return true;
  }

  public boolean hasErrors() {
    return errors;
  }

  /**
   * javac's elements, mirrors and values compare by identity: the same spot in the source.
   * {@code equals} and {@code hashCode} by hand, as in {@code TypeSchema}: a cold build pays for a
   * record's own.
   */
  private record Reported(Diagnostic.Kind kind, String text, Element element,
      AnnotationMirror mirror, AnnotationValue value, Object spot) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Reported r && kind == r.kind && text.equals(r.text)
          && Objects.equals(element, r.element) && Objects.equals(mirror, r.mirror)
          && Objects.equals(value, r.value) && Objects.equals(spot, r.spot);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, text, element, mirror, value, spot);
    }
  }
}
