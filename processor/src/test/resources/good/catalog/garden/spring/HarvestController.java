package garden.spring;

import garden.errors.PlotNotFound;
import io.errorsplus.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/harvest")
public class HarvestController {

  @GetMapping("/{id}")
  @Errors(PlotNotFound.class)
  public String get(@PathVariable long id) {
    throw new PlotNotFound("No harvest on plot " + id);
  }
}
