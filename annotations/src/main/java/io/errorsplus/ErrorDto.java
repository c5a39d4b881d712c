package io.errorsplus;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks an exception, record or class as a documented API error.
 *
 * <p>Every endpoint that lists the type in {@link Errors#value()} (or declares it in its
 * {@code throws} clause) documents a response with this status, description and examples.
 *
 * <pre>{@code
 * @ErrorDto(status = 404, message = "Item not found", code = "ITEM_NOT_FOUND")
 * public class ItemNotFoundException extends RuntimeException { }
 *
 * @ErrorDto(status = 409, message = "Item already exists",
 *     examples = {
 *         @Example(name = "DuplicateName", detail = "An item named 'pump' exists"),
 *         @Example(name = "DuplicateSku", json = "{\"detail\": \"SKU taken\", \"sku\": \"A-1\"}")
 *     },
 *     body = ConflictBody.class)
 * public class ItemConflictException extends RuntimeException { }
 * }</pre>
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
public @interface ErrorDto {

  /** The HTTP status of this error, 400 to 599. */
  int status();

  /** The response description; also the default example's {@code detail}. Must not be blank. */
  String message();

  /** A machine-readable code, added as {@code "code"} to the example bodies when set. */
  String code() default "";

  /**
   * Named examples. Empty: one example named after {@link #message()} whose body is
   * {@code {"detail": <message>}} (plus {@code "code"}); with a {@link #body()} type and no
   * examples, none is documented, since the standard body would not fit that type.
   */
  Example[] examples() default {};

  /** The error body's type, from which a schema is derived; {@code void}: the standard body. */
  Class<?> body() default void.class;
}
