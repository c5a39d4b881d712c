package legacy;

import io.errorsplus.Errors;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;

@Path("records")
public class RecordResource {

  @GET
  @Path("{key}")
  @Errors(Gone.class)
  public String get(@PathParam("key") String key) {
    return key;
  }

  @PUT
  @Path("{key}")
  public void put(@PathParam("key") String key, String body) throws Gone {}
}
