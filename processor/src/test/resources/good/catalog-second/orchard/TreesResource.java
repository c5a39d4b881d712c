package orchard;

import io.errorsplus.Errors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("trees")
public class TreesResource {

  @GET
  @Path("{name}")
  @Errors(TreeMissing.class)
  public String get(@PathParam("name") String name) {
    throw new TreeMissing();
  }
}
