package shop.stock;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 409, message = "Out of stock")
public class OutOfStockException extends RuntimeException {
  public OutOfStockException() {
    super("out of stock");
  }
}
