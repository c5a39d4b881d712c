package shop.spring;

import io.errorsplus.Errors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** Class-level paths times method paths: one operation per combination. */
@RestController
@RequestMapping({"/a", "/b/"})
public class MirrorController {

  /** Only servlet parameters: no 422. */
  @PostMapping({"/x", "/y"})
  @Errors(internalServerError500 = true)
  public void mirror(HttpServletRequest request, HttpServletResponse response) {}

  @RequestMapping(method = RequestMethod.GET)
  @Errors(internalServerError500 = true)
  public String root() {
    return "";
  }
}
