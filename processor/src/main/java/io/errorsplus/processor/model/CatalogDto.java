package io.errorsplus.processor.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What the generated catalogue needs of one {@code @ErrorDto} type beyond its {@link ErrorDtoDoc}.
 *
 * @param type the dto type
 * @param bodyMethod the public no-argument method returning the dto's {@code body} type, called
 *     for the answer body; empty when the dto is answered with the standard body
 */
public record CatalogDto(TypeRef type, Optional<String> bodyMethod) {
  public CatalogDto {
    Objects.requireNonNull(type, "type is required");
    Objects.requireNonNull(bodyMethod, "bodyMethod is required");
  }
}
