package shop.jaxrs;

import io.errorsplus.Errors;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Declared on an interface, implemented by ItemResource: documented once. */
@Path("items//")
public interface ItemApi {

  @GET
  @Path("/{id: [0-9]+}")
  @Errors(NotFound.class)
  String get(@PathParam("id") int id);

  @DELETE
  @Path("{id}")
  void delete(@PathParam("id") long id) throws NotFound;
}
