package io.errorsplus.it.shop;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 404, code = "ITEM_NOT_FOUND", message = "Item not found")
public class ItemNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ItemNotFoundException(long id) {
    super("Item " + id + " does not exist");
  }
}
