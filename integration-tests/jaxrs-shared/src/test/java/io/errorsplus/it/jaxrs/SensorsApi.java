package io.errorsplus.it.jaxrs;

import io.errorsplus.Errors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A resource declared on an interface (as generated API clients and servers do). */
@Path("/sensors")
public interface SensorsApi {
  @GET
  @Path("{id}")
  @Produces(MediaType.TEXT_PLAIN)
  @Errors(SensorOfflineException.class)
  String read(@PathParam("id") int id);
}
