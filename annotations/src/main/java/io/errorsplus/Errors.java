package io.errorsplus;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PACKAGE;
import static java.lang.annotation.ElementType.TYPE;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The errors of an endpoint, of every endpoint of a class or package, or a reusable set.
 *
 * <pre>{@code
 * // on an endpoint
 * @GET @Path("{id}")
 * @Errors(value = ItemNotFoundException.class, unauthorized401 = true)
 * public Item get(@PathParam("id") long id) { ... }
 *
 * // a reusable set: put @Secured on classes or methods
 * @Errors(unauthorized401 = true, forbidden403 = true)
 * @Retention(RetentionPolicy.CLASS) @Target({ElementType.TYPE, ElementType.METHOD})
 * public @interface Secured { }
 * }</pre>
 *
 * <p>Sources are merged package, class, reusable sets, method, then {@code throws}; within one
 * {@code @Errors}: flags, then {@link #responses()}, then {@link #value()}.
 */
@Documented
@Target({METHOD, TYPE, PACKAGE, ANNOTATION_TYPE})
@Retention(RetentionPolicy.CLASS)
public @interface Errors {

  /** Types annotated with {@link ErrorDto}. */
  Class<?>[] value() default {};

  /** Inline responses. */
  ErrorResponse[] responses() default {};

  /** Documents 401 "Unauthorized". */
  boolean unauthorized401() default false;

  /** Documents 403 "Forbidden". */
  boolean forbidden403() default false;

  /**
   * Documents 422 "Validation Error" on operations with request-bound parameters; {@code false}
   * anywhere in the chain turns it off for that operation.
   */
  boolean validationError422() default true;

  /** Documents 500 "Internal Server Error". */
  boolean internalServerError500() default false;

  /** {@code false} on a method: ignore package, class and inherited sets. */
  boolean inherit() default true;
}
