package shop.bodies;

public record FieldError(String field, String message, FieldError cause) {}
