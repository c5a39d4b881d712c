package io.errorsplus.it.jaxrs;

import io.errorsplus.Errors;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The test application's main resource: each id or name picks one way of failing. */
@Path("/plants")
@Produces(MediaType.APPLICATION_JSON)
public class PlantsResource {

  @GET
  @Path("{id}")
  @Errors(PlantNotFoundException.class)
  public Plant get(@PathParam("id") long id) {
    if (id == 0) {
      throw new PlantNotFoundException(id);           // documented for this operation
    } else if (id == 409) {
      throw new PlantConflictException(id);           // documented, but not for this operation
    } else if (id == 13) {
      throw new NotFoundException("plant 13 is gone"); // the application's own 404
    } else if (id == 7) {
      throw new QuotaExceededException();             // answered by the application's QuotaMapper
    } else if (id == 66) {
      throw new IllegalArgumentException("id 66");    // answered by its IllegalArgumentMapper
    } else if (id == 99) {
      throw new IllegalStateException("boom");        // answered by its catch-all
    }
    return new Plant(id, "fern", 0);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Errors(PlantConflictException.class)
  public Plant create(@Valid @NotNull NewPlant plant) {
    if (plant.name().equals("taken")) {
      throw new PlantConflictException(42);
    } else if (plant.name().equals("explode")) {
      throw new IllegalStateException("exploded");
    }
    return new Plant(1, plant.name(), plant.notes() == null ? 0 : plant.notes().length());
  }

  @POST
  @Path("{id}/photo")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  @Errors(PlantNotFoundException.class)
  public Plant photo(@PathParam("id") long id, byte[] photo) {
    throw new IllegalStateException("photo of " + photo.length + " bytes");
  }

  @POST
  @Path("search")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Errors(PlantNotFoundException.class)
  public Plant search(@FormParam("q") String q, @FormParam("password") String password) {
    throw new IllegalStateException("search for " + q);
  }
}
