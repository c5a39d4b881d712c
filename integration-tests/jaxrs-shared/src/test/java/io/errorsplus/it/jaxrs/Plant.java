package io.errorsplus.it.jaxrs;

public record Plant(long id, String name, int notesLength) {}
