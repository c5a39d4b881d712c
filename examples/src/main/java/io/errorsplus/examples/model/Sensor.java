package io.errorsplus.examples.model;

/** A sensor mounted on a plant. */
public record Sensor(String id, String kind, String unit) {}
