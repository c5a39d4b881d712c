package io.errorsplus.dispatch.spring;

import java.util.stream.Collectors;
import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Spring MVC's request-validation and binding failures (the client's mistakes that Spring answers
 * 400), and what their answer's detail says. A failure Spring answers 500 (a missing path
 * variable, a conversion that is not supported) is the server's and not one of them.
 */
final class ValidationFailures {

  private ValidationFailures() {}

  static boolean isValidationFailure(Throwable error) {
    return error instanceof HttpMessageNotReadableException
        || error instanceof BindException // includes MethodArgumentNotValidException
        || error instanceof HandlerMethodValidationException
        || error instanceof TypeMismatchException && !(error instanceof ConversionNotSupportedException)
        || error instanceof ServletRequestBindingException
            && !(error instanceof MissingPathVariableException)
        || error instanceof MissingServletRequestPartException;
  }

  /** What the answer says: the failing fields and parameters, never the rejected values. */
  static String detail(Throwable error) {
    if (error instanceof HttpMessageNotReadableException) {
      return "Malformed or unreadable request body";
    }
    if (error instanceof BindException bind) {
      return bind.getAllErrors().stream()
          .map(e -> (e instanceof FieldError f ? f.getField() : e.getObjectName()) + ": "
              + e.getDefaultMessage())
          .collect(Collectors.joining("; "));
    }
    if (error instanceof HandlerMethodValidationException validation) {
      return validation.getParameterValidationResults().stream()
          .flatMap(result -> result.getResolvableErrors().stream()
              .map(e -> result.getMethodParameter().getParameterName() + ": "
                  + message(e)))
          .collect(Collectors.joining("; "));
    }
    if (error instanceof MethodArgumentTypeMismatchException mismatch) {
      Class<?> required = mismatch.getRequiredType();
      return "'" + mismatch.getName() + "' must be "
          + (required == null ? "of another type" : "of type " + required.getSimpleName());
    }
    if (error instanceof MissingServletRequestParameterException missing) {
      return "Required parameter '" + missing.getParameterName() + "' is missing";
    }
    if (error instanceof ErrorResponse response) {
      return response.getBody().getDetail();
    }
    return null;
  }

  private static String message(MessageSourceResolvable error) {
    return error.getDefaultMessage();
  }
}
