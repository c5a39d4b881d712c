package io.errorsplus.it.jaxrs;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** The application's catch-all (registered as a class): it must not take documented answers. */
public class CatchAllMapper implements ExceptionMapper<Exception> {
  @Override
  public Response toResponse(Exception exception) {
    if (exception instanceof WebApplicationException wae) {
      return wae.getResponse();
    }
    return Response.serverError().type(MediaType.TEXT_PLAIN)
        .entity("catch-all: " + exception.getClass().getSimpleName()).build();
  }
}
