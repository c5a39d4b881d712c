package shop.stock;

/** A subclass of a dto: documented wherever its superclass is. */
public class DiscontinuedItemException extends ItemNotFoundException {
  public DiscontinuedItemException(long id) {
    super(id);
  }
}
