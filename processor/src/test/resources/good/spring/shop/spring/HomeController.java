package shop.spring;

import io.errorsplus.Errors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class HomeController {

  @GetMapping("/")
  @Errors(internalServerError500 = true)
  public String home() {
    return "home";
  }
}
