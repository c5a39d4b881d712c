package io.errorsplus.examples.model;

import java.time.Instant;

/** The body of a request that schedules or moves a maintenance task. */
public record TaskRequest(long plantId, Instant start, Instant end, String description) {}
