package io.errorsplus.it.jaxrs;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 503, message = "Sensor offline", code = "SENSOR_OFFLINE")
public class SensorOfflineException extends RuntimeException {
  public SensorOfflineException(int id) {
    super("Sensor " + id + " is offline");
  }
}
