package io.errorsplus.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a declaration sits in the source, for diagnostics: the annotated element, the annotation
 * and (optionally) the value. Only valid during the round it was read in.
 */
public record Origin(Element element, AnnotationMirror mirror, AnnotationValue value) {

  /** The same element and annotation, narrowed to one value. */
  public Origin at(AnnotationValue narrower) {
    return new Origin(element, mirror, narrower);
  }
}
