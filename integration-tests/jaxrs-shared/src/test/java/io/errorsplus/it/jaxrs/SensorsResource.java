package io.errorsplus.it.jaxrs;

public class SensorsResource implements SensorsApi {
  @Override
  public String read(int id) {
    if (id == 3) {
      throw new SensorOfflineException(id);
    }
    return "sensor " + id + ": 21.5";
  }
}
