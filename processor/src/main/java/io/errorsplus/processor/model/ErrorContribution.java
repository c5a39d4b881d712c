package io.errorsplus.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * What one error source (a dto, a flag or an inline response) adds to one operation.
 *
 * @param status the HTTP status
 * @param kind where it comes from
 * @param contributorKey identifies the contributor, so the same dto listed twice counts once
 * @param description the dto message or flag description; for an inline response its explicit
 *     description or {@code ""}
 * @param mediaType the response media type
 * @param schema the body schema
 * @param examples the named examples, in source order
 */
public record ErrorContribution(
    int status,
    Kind kind,
    String contributorKey,
    String description,
    String mediaType,
    TypeSchema schema,
    List<ExampleDoc> examples) {

  public ErrorContribution {
    Objects.requireNonNull(kind, "kind is required");
    Objects.requireNonNull(contributorKey, "contributorKey is required");
    Objects.requireNonNull(description, "description is required");
    Objects.requireNonNull(mediaType, "mediaType is required");
    Objects.requireNonNull(schema, "schema is required");
    examples = List.copyOf(examples);
  }

  /** Where a contribution comes from. */
  public enum Kind {
    DTO,
    FLAG,
    RESPONSE
  }
}
