package io.errorsplus.processor.read;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Finds annotations on elements by the qualified name of their type, for one compilation.
 *
 * <p>javac decodes a name into a new string on every {@code toString()}, and the same few
 * annotation types ({@code @Path}, {@code @GET}, {@code @Errors}, {@code @PathParam}…) are asked
 * about on every method and parameter of every resource: each annotation type's name is decoded
 * once. Keyed by identity: javac has one element per type in a compilation. Not thread-safe, like
 * the rest of a processor's round.
 */
final class AnnotationLookup {

  private final Map<Element, String> names = new IdentityHashMap<>();
  private final Map<Element, Map<String, AnnotationValue>> defaults = new IdentityHashMap<>();

  /** The qualified name of an annotation's type. */
  String name(AnnotationMirror mirror) {
    Element type = mirror.getAnnotationType().asElement();
    String name = names.get(type);
    if (name == null) {
      name = ((TypeElement) type).getQualifiedName().toString();
      names.put(type, name);
    }
    return name;
  }

  /**
   * The attributes of one annotation; the defaults of its type are read once per compilation
   * (javac lists an annotation type's members anew on every call).
   */
  MirrorReader.Attributes attributes(AnnotationMirror mirror) {
    Element type = mirror.getAnnotationType().asElement();
    return new MirrorReader.Attributes(mirror, defaults.computeIfAbsent(type, MirrorReader::defaults));
  }

  Optional<AnnotationMirror> find(Element element, String annotationName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (name(mirror).equals(annotationName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  Optional<AnnotationMirror> findAny(Element element, Collection<String> annotationNames) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (annotationNames.contains(name(mirror))) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }
}
