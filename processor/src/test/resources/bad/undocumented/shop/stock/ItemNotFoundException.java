package shop.stock;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 404, message = "Item not found")
public class ItemNotFoundException extends RuntimeException {
  public ItemNotFoundException(long id) {
    super("item " + id + " not found");
  }
}
