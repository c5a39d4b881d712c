package io.errorsplus.examples.errors;

import io.errorsplus.ErrorDto;
import io.errorsplus.Example;

/** A call to the retired v1 API; the body names the v2 replacement. */
@ErrorDto(
    status = 410,
    message = "The v1 API has been retired",
    code = "V1_RETIRED",
    examples = @Example(
        name = "UseV2",
        detail = "GET /v1/plants is retired; use GET /api/plants",
        summary = "A v1 call with a v2 replacement"))
public class LegacyApiRetiredException extends PlantManagerException {

  private static final long serialVersionUID = 1L;

  public LegacyApiRetiredException(String replacement) {
    super("This v1 endpoint is retired; use " + replacement);
  }
}
