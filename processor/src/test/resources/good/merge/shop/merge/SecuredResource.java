package shop.merge;

import io.errorsplus.Errors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A set on the class applies to every endpoint; throws adds dtos after @Errors. */
@Path("secured")
@Secured
public class SecuredResource {

  @GET
  @Errors(NotFound.class)
  public String get() throws Archived {
    return "";
  }
}
