package io.errorsplus.it.springdoc;

/**
 * The application's own error body, answered by {@link ShopAdvice}: springdoc documents it as
 * {@code ErrorBody}, the name errors-plus's standard body has too (a clash the merge must settle).
 */
public record ErrorBody(String message) {}
