package io.errorsplus.it.shop;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 409, message = "Item exists", body = ConflictBody.class)
public class ItemConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String name;

  public ItemConflictException(String name) {
    super("Item " + name + " exists");
    this.name = name;
  }

  /** The answer's body: the processor generates the typed call. */
  public ConflictBody body() {
    return new ConflictBody(name, "choose another name");
  }
}
