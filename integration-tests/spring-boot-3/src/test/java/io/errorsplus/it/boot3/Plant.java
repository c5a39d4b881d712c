package io.errorsplus.it.boot3;

import jakarta.validation.constraints.NotBlank;

public record Plant(@NotBlank String name) {}
