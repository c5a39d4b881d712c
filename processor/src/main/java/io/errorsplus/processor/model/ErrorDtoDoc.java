package io.errorsplus.processor.model;

import java.util.Objects;

/**
 * A validated {@code @ErrorDto} type with what it contributes to an operation.
 *
 * @param qualifiedName the dto's canonical class name
 * @param binaryName the dto's binary class name (as {@code Class.forName} expects)
 * @param code its machine-readable code, or {@code ""}
 * @param contribution its response contribution
 */
public record ErrorDtoDoc(String qualifiedName, String binaryName, String code,
    ErrorContribution contribution) {
  public ErrorDtoDoc {
    Objects.requireNonNull(qualifiedName, "qualifiedName is required");
    Objects.requireNonNull(binaryName, "binaryName is required");
    Objects.requireNonNull(code, "code is required");
    Objects.requireNonNull(contribution, "contribution is required");
  }
}
