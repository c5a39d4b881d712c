package shop.stock;

public class CatalogImpl implements Catalog {
  @Override
  public String describe(long id) {
    if (id < 0) {
      throw new ItemNotFoundException(id); // through the interface
    }
    return "item " + id;
  }
}
