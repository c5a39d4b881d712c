package io.errorsplus.it.shop;

import io.errorsplus.Errors;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/items")
public class ItemsController {

  /** 0: documented 404; 1: a bug (the catch-all advice answers 500); 2: an undeclared 409. */
  @GetMapping("/{id}")
  @Errors(ItemNotFoundException.class)
  public Item get(@PathVariable long id) {
    if (id == 0) {
      throw new ItemNotFoundException(id);
    }
    if (id == 1) {
      throw new IllegalStateException("boom");
    }
    if (id == 2) {
      throw new ItemConflictException("item2");
    }
    return new Item("item" + id, 1);
  }

  @GetMapping("/search")
  @Errors(ItemNotFoundException.class)
  public List<Item> search(@RequestParam String q) {
    return List.of(new Item(q, 1));
  }

  /** "dup": documented 409 with its custom body; "crash": a bug. */
  @PostMapping
  @Errors(ItemConflictException.class)
  public Item create(@Valid @RequestBody Item item) {
    if (item.name().equals("dup")) {
      throw new ItemConflictException(item.name());
    }
    if (item.name().equals("crash")) {
      throw new IllegalStateException("crashed on " + item.name());
    }
    return item;
  }

  /** A form post: the container parses the body for {@code @RequestParam}. "crash": a bug. */
  @PostMapping(path = "/form", consumes = "application/x-www-form-urlencoded")
  @Errors(ItemConflictException.class)
  public Item fromForm(@RequestParam String name) {
    if (name.equals("crash")) {
      throw new IllegalStateException("crashed on a form");
    }
    return new Item(name, 0);
  }

  /** Method validation on a path variable: Spring 6.1+ raises HandlerMethodValidationException. */
  @GetMapping("/{id}/stock")
  @Errors(ItemNotFoundException.class)
  public int stock(@PathVariable @jakarta.validation.constraints.Min(1) long id) {
    return 3;
  }

  @GetMapping("/{id}/locked")
  @Errors(ItemLockedException.class)
  public Item locked(@PathVariable long id) {
    throw new ItemLockedException("item " + id + " is locked");
  }

  @GetMapping("/{id}/reserved")
  @Errors(ItemLockedException.class)
  public Item reserved(@PathVariable long id) {
    throw new ItemReservedException();
  }

  /** The application's own answer for its documented type: it wins over the documented 423. */
  @ExceptionHandler(ItemLockedException.class)
  public ResponseEntity<Map<String, String>> onLocked(ItemLockedException e) {
    return ResponseEntity.status(503).body(Map.of("handledBy", "controller"));
  }

  /** An async handler: 0 fails with the documented 404 on another thread. */
  @GetMapping("/{id}/later")
  @Errors(ItemNotFoundException.class)
  public Callable<Item> later(@PathVariable long id) {
    return () -> {
      if (id == 0) {
        throw new ItemNotFoundException(id);
      }
      return new Item("later" + id, 1);
    };
  }

  /** An async handler whose future fails with a bug. */
  @GetMapping("/{id}/future")
  @Errors(ItemNotFoundException.class)
  public CompletableFuture<Item> future(@PathVariable long id) {
    return CompletableFuture.supplyAsync(() -> {
      throw new IllegalStateException("future failed for " + id);
    });
  }
}
