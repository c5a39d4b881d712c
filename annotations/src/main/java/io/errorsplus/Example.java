package io.errorsplus;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One named example of an error body, used inside {@link ErrorDto#examples()} and
 * {@link ErrorResponse#examples()}. Set exactly one of {@link #detail()} and {@link #json()}.
 *
 * <pre>{@code
 * @Example(name = "Expired", detail = "The token has expired", summary = "token too old")
 * @Example(name = "Raw", json = "{\"detail\": \"Bad range\", \"min\": 1, \"max\": 10}")
 * }</pre>
 */
@Documented
@Target({})
@Retention(RetentionPolicy.RUNTIME)
public @interface Example {

  /** The key of this example in the OpenAPI {@code examples} map. */
  String name();

  /** Body {@code {"detail": detail}} (plus {@code "code"} when the error has one). */
  String detail() default "";

  /** A raw JSON body, used as it is. */
  String json() default "";

  /** A short summary shown next to the example. */
  String summary() default "";
}
