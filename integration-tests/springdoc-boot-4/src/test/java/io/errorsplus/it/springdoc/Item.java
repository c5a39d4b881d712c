package io.errorsplus.it.springdoc;

/** What the shop sells. */
public record Item(Long id, String name) {}
