package io.errorsplus.it.shop;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 423, message = "Item locked")
public class ItemLockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ItemLockedException(String message) {
    super(message);
  }
}
