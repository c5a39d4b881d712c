package io.errorsplus.it.shop;

/** The custom body of {@link ItemConflictException}. */
public record ConflictBody(String existing, String hint) {}
