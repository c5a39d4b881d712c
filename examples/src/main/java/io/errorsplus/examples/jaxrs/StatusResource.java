package io.errorsplus.examples.jaxrs;

import io.errorsplus.ErrorResponse;
import io.errorsplus.Errors;
import io.errorsplus.Example;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The load balancer's health check. It must not inherit the package's 500: it answers 503 when
 * the plant controllers are unreachable, and nothing else.
 */
@Path("/status")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

  /** What the health check reports. */
  public record Status(String version, int plantsOnline) {}

  @GET
  @Errors(
      inherit = false,
      responses = @ErrorResponse(
          status = 503,
          description = "Plant controllers unreachable",
          examples = @Example(name = "ControllersDown", detail = "0 of 3 plant controllers answered")))
  public Status status() {
    return new Status("1.0", 3);
  }
}
