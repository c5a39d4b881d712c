package io.errorsplus.examples.model;

/** The body of a request that registers a plant. */
public record PlantRequest(String name, String site) {}
