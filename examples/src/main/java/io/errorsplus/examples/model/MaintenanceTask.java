package io.errorsplus.examples.model;

import java.time.Instant;

/** A scheduled maintenance window on one plant. */
public record MaintenanceTask(long id, long plantId, Instant start, Instant end, String description) {}
