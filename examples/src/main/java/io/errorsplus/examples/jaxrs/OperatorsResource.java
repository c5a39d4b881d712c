package io.errorsplus.examples.jaxrs;

import io.errorsplus.examples.model.SignInRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalTime;
import java.util.Map;

/**
 * Control-room sign-in. It has a bug on purpose, for the demo: an operator without a shift makes
 * it fail with a {@code NullPointerException}, an undocumented 500 whose request carries a
 * password, which must never reach a report.
 */
@Path("/operators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorsResource {

  /** Who is on shift, and from when. */
  private final Map<String, LocalTime> shiftStarts = Map.of("asmith", LocalTime.of(6, 0));

  /** What a signed-in operator gets. */
  public record Session(String operator, String shiftStart) {}

  @POST
  @Path("/sign-in")
  public Session signIn(SignInRequest request) {
    LocalTime start = shiftStarts.get(request.operator());
    return new Session(request.operator(), start.toString()); // the bug: no shift, no start
  }
}
