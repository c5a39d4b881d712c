package io.errorsplus.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationValue;

/**
 * An {@code @ErrorDto} or {@code @ErrorResponse} as written, before validation.
 *
 * @param kind {@code DTO} or {@code RESPONSE}
 * @param origin the annotated element and the annotation
 * @param contributorKey identifies the declaration across operations
 * @param status the status
 * @param statusValue the status value, for diagnostics
 * @param text the dto message or the response description ({@code ""} when unset)
 * @param textValue the message/description value, for diagnostics (null when defaulted)
 * @param code the dto code ({@code ""} for responses)
 * @param mediaType the written media type ({@code ""}: the body style's)
 * @param mediaTypeValue the mediaType value, for diagnostics (null when defaulted)
 * @param examples the examples as written
 * @param body the derived body schema, or null for the standard body
 */
public record DeclaredError(
    ErrorContribution.Kind kind,
    Origin origin,
    String contributorKey,
    int status,
    AnnotationValue statusValue,
    String text,
    AnnotationValue textValue,
    String code,
    String mediaType,
    AnnotationValue mediaTypeValue,
    List<DeclaredExample> examples,
    TypeSchema body) {

  public DeclaredError {
    examples = List.copyOf(examples);
  }
}
