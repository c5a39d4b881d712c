package io.errorsplus.examples.spring;

import io.errorsplus.Errors;
import io.errorsplus.examples.errors.LegacyApiRetiredException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The retired v1 API: every method on every path answers 410 with the v2 replacement. A
 * {@code @RequestMapping} without {@code method} is documented as GET, POST, PUT, PATCH and DELETE.
 */
@RestController
@RequestMapping("/v1")
public class LegacyV1Controller {

  /** Any path is acceptable, so no validation error is possible: no 422. */
  @RequestMapping("/{*path}")
  @Errors(value = LegacyApiRetiredException.class, validationError422 = false)
  public void retired(@PathVariable String path) {
    throw new LegacyApiRetiredException("/api/" + path.replaceFirst("^/", ""));
  }
}
