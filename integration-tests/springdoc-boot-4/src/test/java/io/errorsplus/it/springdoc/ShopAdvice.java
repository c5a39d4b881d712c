package io.errorsplus.it.springdoc;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An application advice: springdoc documents its 404 on every operation. */
@RestControllerAdvice
public class ShopAdvice {

  @ExceptionHandler(ItemNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  public ErrorBody notFound(ItemNotFoundException e) {
    return new ErrorBody(e.getMessage());
  }
}
