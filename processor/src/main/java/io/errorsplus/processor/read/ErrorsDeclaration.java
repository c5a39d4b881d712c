package io.errorsplus.processor.read;

import io.errorsplus.processor.model.ErrorContribution;
import java.util.List;
import java.util.Set;

/**
 * One {@code @Errors} (on a package, type, method or reusable set) after validation.
 *
 * @param unauthorized {@code unauthorized401}
 * @param forbidden {@code forbidden403}
 * @param validation {@code validationError422}
 * @param validationWritten whether {@code validationError422 = true} was written explicitly
 * @param internal {@code internalServerError500}
 * @param inherit {@code inherit}
 * @param contributions the valid responses, then the valid dtos, in source order
 * @param dtoNames the qualified names of the listed dtos
 */
record ErrorsDeclaration(boolean unauthorized, boolean forbidden, boolean validation,
    boolean validationWritten, boolean internal, boolean inherit,
    List<ErrorContribution> contributions, Set<String> dtoNames) {}
