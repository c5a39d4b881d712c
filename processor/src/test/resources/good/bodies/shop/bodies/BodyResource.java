package shop.bodies;

import io.errorsplus.ErrorResponse;
import io.errorsplus.Errors;
import io.errorsplus.Example;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("bodies")
public class BodyResource {

  /** Three body schemas under application/json at 422: anyOf. */
  @POST
  @Errors({Invalid.class, OverQuota.class})
  public void create(String body) {}

  /** Body types that are not objects. */
  @POST
  @Path("scalars")
  @Errors(validationError422 = false, responses = {
      @ErrorResponse(status = 400, body = String[].class,
          examples = @Example(name = "Messages", json = "[\"a\", \"b\"]")),
      @ErrorResponse(status = 413, body = Severity.class, description = "Too large")
  })
  public void scalars(String body) {}
}
