package io.errorsplus;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An inline error response, for errors that have no {@link ErrorDto} type of their own.
 *
 * <pre>{@code
 * @Errors(responses = @ErrorResponse(status = 429, description = "Slow down",
 *     examples = @Example(name = "TooManyRequests", detail = "Try again in 30 s")))
 * }</pre>
 */
@Documented
@Target({})
@Retention(RetentionPolicy.CLASS)
public @interface ErrorResponse {

  /** The HTTP status, 400 to 599. */
  int status();

  /** The response description; empty: derived as the merge rules say. */
  String description() default "";

  /** The media type of the body; empty: the body style's media type. */
  String mediaType() default "";

  /** Named examples. */
  Example[] examples() default {};

  /** The body type, from which a schema is derived; {@code void}: the standard body. */
  Class<?> body() default void.class;
}
