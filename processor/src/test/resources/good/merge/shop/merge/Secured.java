package shop.merge;

import io.errorsplus.ErrorResponse;
import io.errorsplus.Errors;
import io.errorsplus.Example;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A reusable set. */
@Errors(forbidden403 = true,
    responses = @ErrorResponse(status = 429, description = "Slow down",
        examples = @Example(name = "TooMany", detail = "Try again in 30 s")))
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Secured {}
