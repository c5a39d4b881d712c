package garden.jaxrs;

import garden.errors.WaterConflict;
import io.errorsplus.Errors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("watering")
public class WateringResource {

  @POST
  @Errors(WaterConflict.class)
  public String schedule(@QueryParam("zone") String[] zones, List<String> tags) {
    throw new WaterConflict(List.of(zones));
  }

  /** No error source: in the catalogue, not in the document. */
  @GET
  public String status() {
    return "idle";
  }
}
