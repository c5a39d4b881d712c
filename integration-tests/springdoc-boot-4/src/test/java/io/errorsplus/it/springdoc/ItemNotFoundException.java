package io.errorsplus.it.springdoc;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 404, message = "Item not found", code = "ITEM_NOT_FOUND")
public class ItemNotFoundException extends RuntimeException {
  public ItemNotFoundException(long id) {
    super("No item " + id);
  }
}
