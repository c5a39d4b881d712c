package io.errorsplus.examples.model;

import java.time.Instant;

/** One measurement sent by a sensor gateway. */
public record SensorReading(String sensorId, Instant takenAt, double value) {}
