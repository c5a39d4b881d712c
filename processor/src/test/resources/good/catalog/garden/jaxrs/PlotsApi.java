package garden.jaxrs;

import garden.errors.PlotNotFound;
import io.errorsplus.Errors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A resource declared on an interface. */
@Path("plots")
public interface PlotsApi {

  @GET
  @Path("{id}")
  @Errors(PlotNotFound.class)
  String get(@PathParam("id") long id);
}
