package io.errorsplus.examples.errors;

import io.errorsplus.ErrorDto;
import io.errorsplus.Example;

/** The plant id in the path does not exist. */
@ErrorDto(
    status = 404,
    message = "Plant not found",
    code = "PLANT_NOT_FOUND",
    examples = @Example(name = "PlantNotFound", detail = "No plant with id 42", summary = "Unknown plant id"))
public class PlantNotFoundException extends PlantManagerException {

  private static final long serialVersionUID = 1L;

  public PlantNotFoundException(long plantId) {
    super("No plant with id " + plantId);
  }
}
