package io.errorsplus.processor.model;

import java.util.List;

/**
 * The body of a response under one media type.
 *
 * @param schemas the distinct body schemas, in source order (several: {@code anyOf})
 * @param examples the named examples, in source order, names unique
 */
public record MediaContent(List<TypeSchema> schemas, List<ExampleDoc> examples) {
  public MediaContent {
    schemas = List.copyOf(schemas);
    examples = List.copyOf(examples);
  }
}
