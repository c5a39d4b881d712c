package shop.stock;

import io.errorsplus.Errors;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Optional;

@Path("/items")
public class ItemsResource {

  private final StockService stock = new StockService();
  private final Catalog catalog = new CatalogImpl();

  @GET
  @Path("/{id}")
  public String get(@PathParam("id") long id) {
    if (id == 0) {
      throw new ItemNotFoundException(id); // in the endpoint
    }
    return "item";
  }

  @PUT
  @Path("/{id}")
  public String put(@PathParam("id") long id) {
    check(id);
    return "put";
  }

  private void check(long id) {
    if (id > 1000) {
      throw new OutOfStockException(); // in a private helper
    }
  }

  @POST
  @Path("/{id}/reservations")
  public String reserve(@PathParam("id") long id) {
    stock.reserve(id, 3);
    return "reserved";
  }

  @GET
  @Path("/{id}/description")
  public String describe(@PathParam("id") long id) {
    return catalog.describe(id);
  }

  @GET
  @Path("/{id}/lambda")
  public String lambda(@PathParam("id") long id) {
    Runnable later = () -> {
      throw new OutOfStockException(); // in a lambda
    };
    later.run();
    return Optional.<String>empty().orElseThrow(() -> new ItemNotFoundException(id)); // supplier
  }

  @GET
  @Path("/{id}/caught")
  @Errors(internalServerError500 = true)
  public String caught(@PathParam("id") long id) {
    try {
      if (id == 3) {
        throw new ItemNotFoundException(id); // caught here
      }
      check(id); // its OutOfStockException is caught too
    } catch (UnsupportedOperationException | ArithmeticException e) {
      return "unsupported";
    } catch (RuntimeException e) {
      return "none";
    }
    return "caught";
  }

  @DELETE
  @Path("/{id}")
  @Errors(ItemNotFoundException.class)
  public String delete(@PathParam("id") long id) {
    throw new DiscontinuedItemException(id); // a subclass of a documented dto
  }

  @GET
  @Path("/{id}/declared")
  public String declared(@PathParam("id") long id) throws ItemNotFoundException {
    throw new ItemNotFoundException(id); // in the throws clause
  }

  @GET
  @Path("/depth/{n}")
  public int depth(@PathParam("n") int n) {
    stock.ping(n);
    return stock.depth(n);
  }

  @GET
  @Path("/list")
  public List<String> list() {
    return List.of();
  }
}
