package io.errorsplus.it.problem;

import io.errorsplus.Errors;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Compiled with {@code -Aerrorsplus.bodyStyle=problem}: its answers are RFC 9457 problem bodies.
 */
@RestController
@RequestMapping("/reservations")
public class ReservationsController {

  @GetMapping("/{id}")
  @Errors(ReservationGoneException.class)
  public Reservation get(@PathVariable long id) {
    throw new ReservationGoneException(id);
  }

  @PostMapping
  @Errors(ReservationGoneException.class)
  public Reservation create(@Valid @RequestBody Reservation reservation) {
    return reservation;
  }
}
