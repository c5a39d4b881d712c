package warn;

import io.errorsplus.ErrorResponse;
import io.errorsplus.Errors;
import io.errorsplus.Example;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("warn")
public class WarnResource {

  @GET
  @Errors(value = {Retry.class, Busy.class}, responses = @ErrorResponse(status = 400,
      examples = @Example(name = "NoDetail",
          json = "{\"code\": \"X\"}")))
  public String get() {
    return helper();
  }

  @Errors(Retry.class)
  String helper() {
    return "";
  }
}
