package io.errorsplus.it.boot3;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 404, code = "PLANT_NOT_FOUND", message = "Plant not found")
public class PlantNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PlantNotFoundException(long id) {
    super("Plant " + id + " does not exist");
  }
}
