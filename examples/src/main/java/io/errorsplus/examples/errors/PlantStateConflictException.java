package io.errorsplus.examples.errors;

import io.errorsplus.ErrorDto;
import io.errorsplus.Example;

/** A start/stop command that the plant's current state does not allow. */
@ErrorDto(
    status = 409,
    message = "Plant state does not allow this command",
    code = "PLANT_STATE_CONFLICT",
    examples = {
      @Example(
          name = "AlreadyRunning",
          detail = "Plant 42 is already running",
          summary = "Start sent to a running plant"),
      @Example(
          name = "InMaintenance",
          json = "{\"detail\": \"Plant 42 is in maintenance until 14:00\", \"code\": \"PLANT_STATE_CONFLICT\"}",
          summary = "Plant locked by a maintenance window")
    })
public class PlantStateConflictException extends PlantManagerException {

  private static final long serialVersionUID = 1L;

  public PlantStateConflictException(String message) {
    super(message);
  }
}
