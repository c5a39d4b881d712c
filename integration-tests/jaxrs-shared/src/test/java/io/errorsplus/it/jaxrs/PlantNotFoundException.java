package io.errorsplus.it.jaxrs;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 404, message = "Plant not found", code = "PLANT_NOT_FOUND")
public class PlantNotFoundException extends RuntimeException {
  public PlantNotFoundException(long id) {
    super("No plant " + id);
  }
}
