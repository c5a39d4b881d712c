package io.errorsplus.it.springdoc;

import io.errorsplus.Errors;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/items")
public class ItemsController {

  @GetMapping
  @Errors(UnavailableException.class)
  public List<Item> list() {
    return List.of(new Item(1L, "lamp"));
  }

  @GetMapping("/{id}")
  @Errors(ItemNotFoundException.class)
  public Item get(@PathVariable long id) {
    if (id != 1) {
      throw new ItemNotFoundException(id);
    }
    return new Item(1L, "lamp");
  }

  @PostMapping
  @Errors(QuotaExceededException.class)
  public Item create(@RequestBody Item item) {
    return item;
  }
}
