package shop.jaxrs;

import io.errorsplus.Errors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

public class ItemResource implements ItemApi {

  @Override
  public String get(int id) {
    return "";
  }

  @Override
  public void delete(long id) {}

  /** Only a @Context parameter: nothing the client sends can fail validation, so no 422. */
  @Touch
  @Path("touch")
  @Errors(unauthorized401 = true)
  public void touch(@Context UriInfo info) {}

  @HEAD
  @Errors(forbidden403 = true)
  public void head() {}

  @OPTIONS
  @Errors(forbidden403 = true)
  public void options() {}

  @GET
  @Path("/flags/{on}/{ratio}/{name}")
  @Errors(internalServerError500 = true)
  public String flags(@PathParam("on") boolean on, @PathParam("ratio") Double ratio,
      @PathParam("name") String name, @QueryParam("q") String q) {
    return "";
  }

  /** No error source at all: left out of the document. */
  @GET
  @Path("plain")
  public String plain() {
    return "";
  }
}
