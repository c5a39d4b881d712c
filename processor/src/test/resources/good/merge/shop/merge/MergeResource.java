package shop.merge;

import io.errorsplus.ErrorResponse;
import io.errorsplus.Errors;
import io.errorsplus.Example;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

@Path("merge")
@Errors(responses = @ErrorResponse(status = 409,
    examples = @Example(name = "Duplicate", detail = "Another duplicate text")))
public class MergeResource extends BaseResource {

  /** The same dto twice: its example is kept once; the only contributor's message describes 404. */
  @GET
  @Path("same")
  @Errors({NotFound.class, NotFound.class})
  public String same() {
    return "";
  }

  /** Two dtos on 404: the reason phrase; the second example name clashes and gets _2. */
  @GET
  @Path("two")
  @Errors({NotFound.class, Archived.class})
  public String two() {
    return "";
  }

  /** An explicit description wins; responses come before value within one @Errors. */
  @GET
  @Path("explicit")
  @Errors(value = NotFound.class,
      responses = @ErrorResponse(status = 404, description = "No such item"))
  public String explicit() {
    return "";
  }

  /** An unknown status with no description: HTTP 499. */
  @GET
  @Path("unknown")
  @Errors(responses = @ErrorResponse(status = 499))
  public String unknown() {
    return "";
  }

  /** inherit = false: no package 401, no class 409s. */
  @GET
  @Path("alone")
  @Errors(value = NotFound.class, inherit = false)
  public String alone() {
    return "";
  }

  /** A request body, but validationError422 = false: no 422. */
  @POST
  @Path("novalidation")
  @Errors(validationError422 = false)
  public void noValidation(String body) {}

  /** A request body: 422 (package 401 and class 409 are error sources). */
  @POST
  @Path("validated")
  public void validated(String body) {}

  /** Reusable sets on the class come before those on the method; a set may include a set. */
  @PUT
  @Path("secured")
  @Audited
  public void secured() {}

  /** Other media types sit side by side. */
  @GET
  @Path("text")
  @Errors(responses = @ErrorResponse(status = 503, mediaType = "text/plain",
      description = "Down for maintenance",
      examples = {
          @Example(name = "Maintenance", json = "\"Back at noon\""),
          @Example(name = "Detail", detail = "Back tomorrow")}))
  public String text() {
    return "";
  }
}
