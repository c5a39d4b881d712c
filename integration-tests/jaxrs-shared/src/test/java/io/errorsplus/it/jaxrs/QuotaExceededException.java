package io.errorsplus.it.jaxrs;

import io.errorsplus.ErrorDto;

/** Documented, but the application maps it itself ({@link QuotaMapper}): its answer wins. */
@ErrorDto(status = 429, message = "Quota exceeded")
public class QuotaExceededException extends RuntimeException {
  public QuotaExceededException() {
    super("quota");
  }
}
