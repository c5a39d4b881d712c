package io.errorsplus.it.shop;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

public record Item(@NotBlank String name, @Min(0) int stock) {}
