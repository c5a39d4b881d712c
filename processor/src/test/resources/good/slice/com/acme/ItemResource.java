package com.acme;

import io.errorsplus.Errors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/items/")
public class ItemResource {

  @GET
  @Path("{id: \\d+}")
  @Errors(value = ItemNotFound.class, unauthorized401 = true)
  public String get(@PathParam("id") long id) {
    return "";
  }

  @POST
  @Errors(internalServerError500 = true)
  public String create(String body) {
    return body;
  }

  @GET
  public String list() {
    return "";
  }
}
