package garden.errors;

import io.errorsplus.ErrorDto;
import java.util.List;

@ErrorDto(status = 409, message = "Watering overlaps", code = "WATER_CONFLICT",
    body = WaterConflict.Body.class)
public class WaterConflict extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> zones;

  public WaterConflict(List<String> zones) {
    super("Overlaps " + zones);
    this.zones = List.copyOf(zones);
  }

  /** The 409 answer: the generated catalogue calls it. */
  public Body body() {
    return new Body(getMessage(), zones);
  }

  public record Body(String detail, List<String> zones) {}
}
