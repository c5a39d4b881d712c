package io.errorsplus.it.problem;

import jakarta.validation.constraints.NotBlank;

/** A reservation request. */
public record Reservation(@NotBlank String guest) {}
