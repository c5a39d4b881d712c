package io.errorsplus.it.jaxrs;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

/** No error declarations at all: the catalogue does not know it (no operation in the document). */
@Path("/health")
public class HealthResource {

  @GET
  @Path("{part: [a-z]+}")
  public String check(@PathParam("part") String part) {
    throw new IllegalStateException("unhealthy " + part);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public String report(@Valid NewPlant plant) {
    return "ok";
  }
}
