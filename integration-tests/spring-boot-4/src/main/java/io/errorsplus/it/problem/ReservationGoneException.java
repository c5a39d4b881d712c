package io.errorsplus.it.problem;

import io.errorsplus.ErrorDto;

/** A documented error of the problem-style application. */
@ErrorDto(status = 410, code = "RESERVATION_GONE", message = "Reservation expired")
public class ReservationGoneException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReservationGoneException(long id) {
    super("Reservation " + id + " expired");
  }
}
