package io.errorsplus.it.bench;

import io.errorsplus.ErrorDto;
import io.errorsplus.Errors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class BenchController {

  public record Widget(long id, String name) {}

  @ErrorDto(status = 404, code = "WIDGET_NOT_FOUND", message = "Widget not found")
  public static class WidgetNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WidgetNotFoundException(long id) {
      super("Widget " + id + " does not exist");
    }
  }

  /** The baseline of the error arm: what Spring answers without errors-plus. */
  @ResponseStatus(HttpStatus.NOT_FOUND)
  public static class PlainNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlainNotFoundException(long id) {
      super("Widget " + id + " does not exist");
    }
  }

  @GetMapping("/bench/ok/{id}")
  @Errors(WidgetNotFoundException.class)
  public Widget ok(@PathVariable long id) {
    return new Widget(id, "widget");
  }

  @GetMapping("/bench/documented/{id}")
  @Errors(WidgetNotFoundException.class)
  public Widget documented(@PathVariable long id) {
    throw new WidgetNotFoundException(id);
  }

  @GetMapping("/bench/plain/{id}")
  public Widget plain(@PathVariable long id) {
    throw new PlainNotFoundException(id);
  }
}
