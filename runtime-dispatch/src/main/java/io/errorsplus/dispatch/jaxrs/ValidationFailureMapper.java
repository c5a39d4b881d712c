package io.errorsplus.dispatch.jaxrs;

import jakarta.annotation.Priority;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Bean Validation failures of a request (Jersey's and RESTEasy's {@code ConstraintViolationException}s)
 * answered with the documented validation status of an operation that documents the validation
 * flag. Stands in front of the runtime's own {@code ExceptionMapper<ValidationException>} (which
 * answers 400), and hands it everything else: other operations, and return-value violations,
 * which are the server's fault (500).
 */
@Priority(DocumentedErrorMappers.PRIORITY)
public final class ValidationFailureMapper extends DocumentedErrorMappers.Base
    implements ExceptionMapper<ValidationException> {

  private static final int MAX_DETAILS = 10;

  ValidationFailureMapper(MappingRules rules) {
    super(rules);
  }

  @Override
  public Response toResponse(ValidationException error) {
    boolean ofRequest = false;
    if (error instanceof ConstraintViolationException violations) {
      Set<ConstraintViolation<?>> all = violations.getConstraintViolations();
      ofRequest = all != null && !all.isEmpty()
          && all.stream().noneMatch(ValidationFailureMapper::ofResult);
      if (ofRequest) {
        Optional<Response> answer = rules.validationAnswer(detail(all), this);
        if (answer.isPresent()) {
          rules.seen(error);
          return answer.get();
        }
      }
    }
    // Jakarta REST 3.1, 7.6: a request's violations are a 400, anything else a 500.
    int status = ofRequest ? 400 : 500;
    return rules.passOnValidation(error, ValidationException.class, this,
        () -> Response.status(status).build());
  }

  private static boolean ofResult(ConstraintViolation<?> violation) {
    Path path = violation.getPropertyPath();
    if (path != null) {
      for (Path.Node node : path) {
        if (node.getKind() == ElementKind.RETURN_VALUE) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code "name: must not be blank; size: …"}: the leaf of each path and its message, sorted. */
  private static String detail(Set<ConstraintViolation<?>> violations) {
    List<String> parts = new ArrayList<>();
    for (ConstraintViolation<?> v : violations) {
      String leaf = null;
      if (v.getPropertyPath() != null) {
        for (Path.Node node : v.getPropertyPath()) {
          leaf = node.getName();
        }
      }
      parts.add(leaf == null ? v.getMessage() : leaf + ": " + v.getMessage());
    }
    parts.sort(null);
    return String.join("; ", parts.subList(0, Math.min(MAX_DETAILS, parts.size())));
  }
}
