package broken;

import io.errorsplus.Errors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("broken")
public class BrokenResource {

  @GET
  @Errors(DoesNotExist.class)
  public String get() {
    return "";
  }
}
