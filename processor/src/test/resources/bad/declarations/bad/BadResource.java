package bad;

import io.errorsplus.ErrorResponse;
import io.errorsplus.Errors;
import io.errorsplus.Example;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("bad")
public class BadResource {

  @GET
  @Errors(
      value = NotADto.class,
      responses = {
          @ErrorResponse(status = 600),
          @ErrorResponse(status = 400, mediaType = "not a media type"),
          @ErrorResponse(status = 401, examples = {
              @Example(name = "Twice", detail = "a"),
              @Example(name = "Twice", detail = "b")})
      })
  public String get() {
    return "";
  }

  @GET
  @Path("dtos")
  @Errors({BadStatus.class, BlankMessage.class, BadExamples.class})
  public String dtos() {
    return "";
  }
}
