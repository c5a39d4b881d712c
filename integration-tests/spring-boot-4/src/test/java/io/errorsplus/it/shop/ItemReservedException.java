package io.errorsplus.it.shop;

/** Not documented itself: its documented supertype is {@link ItemLockedException}. */
public class ItemReservedException extends ItemLockedException {
  private static final long serialVersionUID = 1L;

  public ItemReservedException() {
    super("reserved");
  }
}
