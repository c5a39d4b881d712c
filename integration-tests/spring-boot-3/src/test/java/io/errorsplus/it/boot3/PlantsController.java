package io.errorsplus.it.boot3;

import io.errorsplus.Errors;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestController
@RequestMapping("/plants")
public class PlantsController {

  @GetMapping("/{id}")
  @Errors(PlantNotFoundException.class)
  public Plant get(@PathVariable long id) {
    if (id == 0) {
      throw new PlantNotFoundException(id);
    }
    if (id == 1) {
      throw new IllegalStateException("boom");
    }
    return new Plant("plant" + id);
  }

  @PostMapping
  @Errors(PlantNotFoundException.class)
  public Plant create(@Valid @RequestBody Plant plant) {
    return plant;
  }

  /** A catch-all advice: it answers the bug, not the documented 404. */
  @RestControllerAdvice
  static class CatchAll {
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> on(Exception e) {
      return ResponseEntity.status(500).body(Map.of("caughtBy", "catch-all"));
    }
  }
}
