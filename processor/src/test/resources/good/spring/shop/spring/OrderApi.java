package shop.spring;

import io.errorsplus.Errors;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A mapping declared on an interface, implemented by OrderController: documented once. */
public interface OrderApi {

  @DeleteMapping("/{id}")
  @Errors(Missing.class)
  void cancel(@PathVariable("id") long id);
}
