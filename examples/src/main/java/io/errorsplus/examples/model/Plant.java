package io.errorsplus.examples.model;

/** A production plant as the API returns it. */
public record Plant(long id, String name, String site, PlantState state) {}
