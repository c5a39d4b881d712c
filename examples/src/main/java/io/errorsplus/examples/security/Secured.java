package io.errorsplus.examples.security;

import io.errorsplus.Errors;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reusable error set: an endpoint (or every endpoint of a class) that needs a signed-in user
 * with the right role can answer 401 and 403. Declared once here instead of on every endpoint.
 */
@Documented
@Errors(unauthorized401 = true, forbidden403 = true)
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Secured {}
