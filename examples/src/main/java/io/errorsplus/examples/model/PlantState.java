package io.errorsplus.examples.model;

/** What a plant is doing right now. */
public enum PlantState { STOPPED, RUNNING, MAINTENANCE }
