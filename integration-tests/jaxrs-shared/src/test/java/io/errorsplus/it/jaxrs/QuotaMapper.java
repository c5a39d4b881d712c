package io.errorsplus.it.jaxrs;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** The application's mapper for a documented exception's own type: its answer wins. */
public class QuotaMapper implements ExceptionMapper<QuotaExceededException> {
  @Override
  public Response toResponse(QuotaExceededException exception) {
    return Response.status(503).header("Retry-After", "5").type(MediaType.TEXT_PLAIN)
        .entity("quota mapped by the application").build();
  }
}
