package io.errorsplus.examples.errors;

import io.errorsplus.ErrorDto;

/**
 * The sensor id in the path does not exist on that plant. No {@code examples}: the processor
 * documents one example named after the message, {@code {"detail": "Sensor not found", "code": …}}.
 */
@ErrorDto(status = 404, message = "Sensor not found", code = "SENSOR_NOT_FOUND")
public class SensorNotFoundException extends PlantManagerException {

  private static final long serialVersionUID = 1L;

  public SensorNotFoundException(long plantId, String sensorId) {
    super("Plant " + plantId + " has no sensor " + sensorId);
  }
}
