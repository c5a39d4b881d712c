package garden.errors;

import io.errorsplus.ErrorDto;

/** A dto that is not an exception: documented, found by class, never thrown. */
@ErrorDto(status = 503, message = "Frost: the garden is closed")
public record FrostWarning(String detail) {}
