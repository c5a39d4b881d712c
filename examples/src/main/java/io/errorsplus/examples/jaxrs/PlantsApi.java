package io.errorsplus.examples.jaxrs;

import io.errorsplus.ErrorResponse;
import io.errorsplus.Errors;
import io.errorsplus.Example;
import io.errorsplus.examples.errors.PlantNotFoundException;
import io.errorsplus.examples.errors.PlantStateConflictException;
import io.errorsplus.examples.model.Plant;
import io.errorsplus.examples.model.PlantRequest;
import io.errorsplus.examples.security.Secured;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The plants resource, declared as an interface (the API contract, shared with a generated
 * client) and implemented by {@link PlantsResource}. Errors are declared next to the endpoints.
 */
@Path("/plants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PlantsApi {

  /** The site filter is free text, so a bad value cannot be a validation error: no 422. */
  @GET
  @Errors(validationError422 = false)
  List<Plant> list(@QueryParam("site") String site);

  @GET
  @Path("/{id: \\d+}")
  Plant get(@PathParam("id") long id) throws PlantNotFoundException;

  /** A duplicate name is not an exception type of its own: an inline response documents it. */
  @POST
  @Errors(responses = @ErrorResponse(
      status = 409,
      description = "A plant with this name already exists",
      examples = @Example(name = "DuplicateName", detail = "A plant named 'North 2' already exists")))
  Plant register(PlantRequest request);

  @POST
  @Path("/{id: \\d+}/start")
  @Errors(PlantStateConflictException.class)
  Plant start(@PathParam("id") long id) throws PlantNotFoundException;

  /** Only operators may take a plant out of service. */
  @DELETE
  @Path("/{id: \\d+}")
  @Secured
  void decommission(@PathParam("id") long id) throws PlantNotFoundException;
}
