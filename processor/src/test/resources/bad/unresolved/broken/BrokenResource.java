package broken;

import io.errorsplus.Errors;
import jakarta.ws.rs.GET;
import io.errorsplus.ErrorResponse;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("broken")
public class BrokenResource {

  @GET
  @MissingSet
  @Errors(DoesNotExist.class)
  public String get() {
    return "";
  }

  @GET
  @Path("{id}")
  @Errors(value = BrokenDto.class, responses = @ErrorResponse(status = 404, body = NoSuchBodyEither.class))
  public String byId(@PathParam("id") MissingIdType id) throws MissingException {
    return "";
  }
}
