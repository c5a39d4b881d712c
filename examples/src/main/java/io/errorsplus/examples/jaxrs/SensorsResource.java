package io.errorsplus.examples.jaxrs;

import io.errorsplus.Errors;
import io.errorsplus.examples.errors.PlantNotFoundException;
import io.errorsplus.examples.errors.SensorNotFoundException;
import io.errorsplus.examples.model.Sensor;
import io.errorsplus.examples.security.Secured;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The sensors of one plant. Every path names a plant, so the class declares the plant's 404 once;
 * {@link Secured} makes every endpoint answer 401/403 too.
 */
@Path("/plants/{plantId: \\d+}/sensors")
@Produces(MediaType.APPLICATION_JSON)
@Secured
@Errors(PlantNotFoundException.class)
public class SensorsResource {

  private final PlantsApi plants;

  public SensorsResource(PlantsApi plants) {
    this.plants = plants;
  }

  @GET
  public List<Sensor> list(@PathParam("plantId") long plantId) {
    plants.get(plantId);
    return List.of(new Sensor("t-101", "temperature", "°C"), new Sensor("p-201", "pressure", "bar"));
  }

  /** 404 here has two causes, the plant's (from the class) and the sensor's (from throws). */
  @GET
  @Path("/{sensorId}")
  public Sensor get(@PathParam("plantId") long plantId, @PathParam("sensorId") String sensorId)
      throws SensorNotFoundException {
    return list(plantId).stream()
        .filter(s -> s.id().equals(sensorId))
        .findFirst()
        .orElseThrow(() -> new SensorNotFoundException(plantId, sensorId));
  }
}
