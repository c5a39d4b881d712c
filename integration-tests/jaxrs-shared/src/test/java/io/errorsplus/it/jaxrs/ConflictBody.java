package io.errorsplus.it.jaxrs;

public record ConflictBody(String reason, long plantId) {}
