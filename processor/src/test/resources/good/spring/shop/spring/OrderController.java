package shop.spring;

import io.errorsplus.Errors;
import java.security.Principal;
import java.util.Locale;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/orders/")
public class OrderController implements OrderApi {

  @Override
  public void cancel(long id) {}

  /** Two paths: two operations, get_1 and get_2. */
  @GetMapping({"/{id}", "/by-number/{number}"})
  @Errors(Missing.class)
  public String get(@PathVariable(name = "id", required = false) Long id,
      @PathVariable(required = false) Integer number) {
    return "";
  }

  /** value and path are aliases. */
  @PutMapping(path = "/{id}/note")
  @Errors(Missing.class)
  public void note(@PathVariable String id, @RequestBody String note) {}

  /** No method: GET, POST, PUT, PATCH and DELETE. */
  @RequestMapping("/legacy")
  @Errors(unauthorized401 = true)
  public String legacy(Principal principal, Model model, Locale locale) {
    return "";
  }

  @RequestMapping(value = "/multi/{flag}", method = {RequestMethod.PUT, RequestMethod.POST})
  @Errors(forbidden403 = true)
  public void multi(@PathVariable("flag") boolean flag) {}

  @GetMapping("/files/{*path}")
  @Errors(Missing.class)
  public String file(@PathVariable String path) {
    return path;
  }

  /** Only framework-supplied parameters: no 422. */
  @PostMapping("/check")
  @Errors(internalServerError500 = true)
  public void check(BindingResult result, Principal principal) {}

  @PatchMapping("/{id}/ratio")
  @Errors(Missing.class)
  public void ratio(@PathVariable("id") java.math.BigDecimal id) {}

  /** No error source: left out. */
  @GetMapping("/plain")
  public String plain() {
    return "";
  }
}
