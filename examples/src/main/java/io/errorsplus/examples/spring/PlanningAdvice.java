package io.errorsplus.examples.spring;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The application's own error handling, which errors-plus leaves alone: an impossible maintenance
 * window is answered 400 here (and still reported, since no operation documents it).
 */
@RestControllerAdvice
public class PlanningAdvice {

  @ExceptionHandler(InvalidWindowException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public Map<String, String> invalidWindow(InvalidWindowException e) {
    return Map.of("detail", e.getMessage());
  }
}
