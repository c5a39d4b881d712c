package io.errorsplus.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * What the generated catalogue needs of one endpoint beyond its {@link OperationDoc}.
 *
 * @param resourceType the qualified name of the resource or controller class (the originating
 *     element of the catalogue)
 * @param resourcePackage its package
 * @param handlers the method and every method it overrides or implements, nearest first
 * @param documentedDtos the qualified names of the {@code @ErrorDto} types declared for it, in
 *     source order
 * @param validationStatus 422 or 400 when the validation flag applies to it, else 0
 */
public record CatalogEndpoint(String resourceType, String resourcePackage, List<HandlerRef> handlers,
    List<String> documentedDtos, int validationStatus) {
  public CatalogEndpoint {
    Objects.requireNonNull(resourceType, "resourceType is required");
    Objects.requireNonNull(resourcePackage, "resourcePackage is required");
    handlers = List.copyOf(handlers);
    documentedDtos = List.copyOf(documentedDtos);
  }
}
