package later;

import io.errorsplus.Errors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Refers to a dto that another processor generates in the first round. */
@Path("later")
public class LaterResource {

  @GET
  @Errors(GeneratedLater.class)
  public String get() {
    return "";
  }
}
