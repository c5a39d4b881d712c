package io.errorsplus.processor.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads annotations by name through {@link AnnotationMirror}s, so the processor never needs the
 * framework jars it documents.
 */
final class MirrorReader {

  private MirrorReader() {}

  /** The qualified name of an annotation's type. */
  static String name(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  static Optional<AnnotationMirror> find(Element element, String annotationName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (name(mirror).equals(annotationName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  static Optional<AnnotationMirror> findAny(Element element, Collection<String> annotationNames) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (annotationNames.contains(name(mirror))) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /**
   * The attributes of one annotation, read once: javac builds a new map on every
   * {@link AnnotationMirror#getElementValues()} call, and an annotation is asked for several
   * attributes in a row.
   */
  static Attributes attributes(AnnotationMirror mirror) {
    return new Attributes(mirror, null);
  }

  /** The default value of every attribute of an annotation type that has one, by name. */
  static Map<String, AnnotationValue> defaults(Element annotationType) {
    Map<String, AnnotationValue> defaults = new HashMap<>();
    for (Element member : annotationType.getEnclosedElements()) {
      if (member instanceof ExecutableElement method && method.getDefaultValue() != null) {
        defaults.put(method.getSimpleName().toString(), method.getDefaultValue());
      }
    }
    return defaults;
  }

  /** The value written for an attribute, if it was written. */
  static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String attribute) {
    return attributes(mirror).explicit(attribute);
  }

  /** The value of an attribute: written, else its default; null if the attribute has neither. */
  static AnnotationValue value(AnnotationMirror mirror, String attribute) {
    return attributes(mirror).value(attribute);
  }

  static String string(AnnotationMirror mirror, String attribute) {
    return attributes(mirror).string(attribute);
  }

  static int integer(AnnotationMirror mirror, String attribute) {
    return attributes(mirror).integer(attribute);
  }

  static boolean bool(AnnotationMirror mirror, String attribute, boolean otherwise) {
    return attributes(mirror).bool(attribute, otherwise);
  }

  /** The elements of an array attribute (a single value written without braces is one element). */
  static List<AnnotationValue> list(AnnotationMirror mirror, String attribute) {
    return attributes(mirror).list(attribute);
  }

  /** The attributes of one annotation mirror; see {@link #attributes}. */
  static final class Attributes {
    private final AnnotationMirror mirror;
    private final Map<String, AnnotationValue> written = new HashMap<>(8);
    private final Map<String, AnnotationValue> defaults;

    /** {@code defaults}: those of the annotation type, if already known; else looked up. */
    Attributes(AnnotationMirror mirror, Map<String, AnnotationValue> defaults) {
      this.mirror = mirror;
      this.defaults = defaults;
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
          : mirror.getElementValues().entrySet()) {
        written.put(e.getKey().getSimpleName().toString(), e.getValue());
      }
    }

    /** The value written for an attribute, if it was written. */
    Optional<AnnotationValue> explicit(String attribute) {
      return Optional.ofNullable(written.get(attribute));
    }

    /** The value of an attribute: written, else its default; null if the attribute has neither. */
    AnnotationValue value(String attribute) {
      AnnotationValue value = written.get(attribute);
      if (value != null) {
        return value;
      }
      if (defaults != null) {
        return defaults.get(attribute);
      }
      for (Element member : mirror.getAnnotationType().asElement().getEnclosedElements()) {
        if (member instanceof ExecutableElement method
            && method.getSimpleName().contentEquals(attribute)) {
          return method.getDefaultValue();
        }
      }
      return null;
    }

    String string(String attribute) {
      AnnotationValue value = value(attribute);
      return value != null && value.getValue() instanceof String s ? s : "";
    }

    int integer(String attribute) {
      AnnotationValue value = value(attribute);
      return value != null && value.getValue() instanceof Integer i ? i : 0;
    }

    boolean bool(String attribute, boolean otherwise) {
      AnnotationValue value = value(attribute);
      return value != null && value.getValue() instanceof Boolean b ? b : otherwise;
    }

    /** The elements of an array attribute (a single value written without braces is one element). */
    List<AnnotationValue> list(String attribute) {
      return elements(value(attribute));
    }
  }

  static List<AnnotationValue> elements(AnnotationValue value) {
    if (value == null) {
      return List.of();
    }
    if (value.getValue() instanceof List<?> items) {
      List<AnnotationValue> values = new ArrayList<>(items.size());
      for (Object item : items) {
        values.add((AnnotationValue) item);
      }
      return values;
    }
    return List.of(value);
  }

  /** The strings of a {@code String[]} attribute. */
  static List<String> strings(Attributes attributes, String attribute) {
    List<String> strings = new ArrayList<>();
    for (AnnotationValue value : attributes.list(attribute)) {
      if (value.getValue() instanceof String s) {
        strings.add(s);
      }
    }
    return strings;
  }

  /** The enum constant names of an enum array attribute. */
  static List<String> enumNames(Attributes attributes, String attribute) {
    List<String> names = new ArrayList<>();
    for (AnnotationValue value : attributes.list(attribute)) {
      if (value.getValue() instanceof VariableElement constant) {
        names.add(constant.getSimpleName().toString());
      }
    }
    return names;
  }

  /**
   * The type of a class-literal value; empty when the class does not resolve (javac reports
   * that itself).
   */
  static Optional<TypeMirror> type(AnnotationValue value) {
    if (value != null && value.getValue() instanceof TypeMirror type
        && type.getKind() != TypeKind.ERROR) {
      return Optional.of(type);
    }
    return Optional.empty();
  }

  /** Whether a class-literal value failed to resolve. */
  static boolean unresolved(AnnotationValue value) {
    return value != null
        && (!(value.getValue() instanceof TypeMirror type) || type.getKind() == TypeKind.ERROR);
  }
}
