package garden.spring;

import garden.errors.FrostWarning;
import io.errorsplus.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Package-private, as Spring allows: only a class of this package can name it. */
@RestController
class ShedController {

  @GetMapping("/shed")
  @Errors(value = {FrostWarning.class, ShedLocked.class}, validationError422 = false)
  String open() {
    throw new ShedLocked();
  }
}
