package io.errorsplus.it.jaxrs;

import io.errorsplus.ErrorDto;

/** A documented error with a custom body, produced by its typed {@link #body()} method. */
@ErrorDto(status = 409, message = "Plant exists", body = ConflictBody.class)
public class PlantConflictException extends RuntimeException {
  private final long plantId;

  public PlantConflictException(long plantId) {
    super("name taken");
    this.plantId = plantId;
  }

  public ConflictBody body() {
    return new ConflictBody(getMessage(), plantId);
  }
}
