package io.errorsplus.it.shop;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The catch-all many applications have (spring-petclinic-rest's, for one). */
@RestControllerAdvice
public class CatchAllAdvice {

  @ExceptionHandler(Exception.class)
  public ResponseEntity<Map<String, String>> onAnything(Exception e) {
    return ResponseEntity.status(500).body(Map.of("caughtBy", "catch-all"));
  }
}
