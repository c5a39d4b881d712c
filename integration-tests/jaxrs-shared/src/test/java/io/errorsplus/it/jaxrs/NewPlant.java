package io.errorsplus.it.jaxrs;

import jakarta.validation.constraints.NotBlank;

public record NewPlant(@NotBlank String name, String notes, String password) {}
