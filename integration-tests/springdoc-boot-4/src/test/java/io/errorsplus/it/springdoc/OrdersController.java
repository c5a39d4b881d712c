package io.errorsplus.it.springdoc;

import io.errorsplus.Errors;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Its {@code list} has the name of {@link ItemsController#list}: springdoc renames one id. */
@RestController
@RequestMapping("/orders")
public class OrdersController {

  @GetMapping
  @Errors(internalServerError500 = true)
  public List<String> list() {
    return List.of();
  }

  /** No errors-plus declaration: springdoc's responses stay. */
  @DeleteMapping("/{id}")
  public void cancel(@PathVariable long id) {}
}
