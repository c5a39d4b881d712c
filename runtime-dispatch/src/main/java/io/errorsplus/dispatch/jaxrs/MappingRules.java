package io.errorsplus.dispatch.jaxrs;

import io.errorsplus.dispatch.web.Answer;
import io.errorsplus.dispatch.web.ErrorAnswers;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What errors-plus's exception mappers answer: the documented answer, the documented validation
 * answer, or (for anything else) what the application's own mapper of the nearest type, or the
 * runtime's default, would have answered without them.
 */
final class MappingRules {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorsPlusFeature.class);

  private final ErrorAnswers answers;
  private final boolean capturing;
  /** Delegates of the catch-all mappers, and of the validation mapper (cached per tier). */
  private final ApplicationMappers applicationMappers = new ApplicationMappers();
  private final ApplicationMappers validationMappers = new ApplicationMappers();

  MappingRules(ErrorAnswers answers, boolean capturing) {
    this.answers = answers;
    this.capturing = capturing;
  }

  /** Notes the exception of the request for the capture filter, when anything is captured. */
  void seen(Throwable error) {
    if (capturing) {
      MappedErrors.seen(error);
    }
  }

  /** The answer to an exception that reached one of the catch-all mappers. */
  Response answer(Throwable error, Requests request) {
    seen(error);
    try {
      Optional<Answer> answer = answers.documented(error, request.path());
      if (answer.isEmpty() && ParameterFailures.isConversionFailure(error, request.handler(),
          request.resourceClass())) {
        answer = answers.validation(request.handler(), null, request.path());
      }
      if (answer.isPresent()) {
        return respond(answer.get());
      }
    } catch (RuntimeException e) {
      LOG.warn("errors-plus: could not build the documented answer to {}; answering as without "
          + "errors-plus ({})", error.getClass().getName(), e.toString());
    }
    return otherwise(error, request);
  }

  /** The documented validation answer of a Bean Validation failure, if its operation has one. */
  Optional<Response> validationAnswer(String detail, Requests request) {
    try {
      Method handler = request.handler();
      if (handler != null) {
        return answers.validation(handler, detail, request.path()).map(MappingRules::respond);
      }
    } catch (RuntimeException e) {
      LOG.warn("errors-plus: could not build the validation answer; answering as without "
          + "errors-plus ({})", e.toString());
    }
    return Optional.empty();
  }

  /**
   * A validation exception errors-plus does not answer: the application's (or the runtime's
   * registered) mapper of {@code ValidationException} or a subtype, else {@code fallback}, what
   * Jakarta REST's Bean Validation chapter prescribes and the runtimes' built-in mappers answer.
   */
  Response passOnValidation(Throwable error, Class<?> tier, Requests request,
      java.util.function.Supplier<Response> fallback) {
    seen(error);
    Response delegated = validationMappers.answer(error, tier, request.configuration(),
        request.resources());
    return delegated != null ? delegated : fallback.get();
  }

  private static Response respond(Answer answer) {
    // The entity goes through the application's own JSON provider (Jackson, JSON-B…).
    return Response.status(answer.status()).type(answer.mediaType()).entity(answer.body()).build();
  }

  /** What the application's nearest mapper, else the runtime's default, answers. */
  private Response otherwise(Throwable error, Requests request) {
    Response delegated = applicationMappers.answer(error, Throwable.class, request.configuration(),
        request.resources());
    if (delegated != null) {
      return delegated;
    }
    if (error instanceof WebApplicationException wae) {
      return wae.getResponse();
    }
    // The runtime's default mapper (Jakarta REST 3.1) logs and answers 500 without a body.
    LOG.error("errors-plus: unmapped exception of {}", request.describe(), error);
    return Response.serverError().build();
  }

  /** The request context an exception mapper sees (injected into the mapper). */
  interface Requests {
    ResourceInfo resourceInfo();

    UriInfo uriInfo();

    Configuration configuration();

    ResourceContext resources();

    default Method handler() {
      try {
        ResourceInfo info = resourceInfo();
        return info == null ? null : info.getResourceMethod();
      } catch (RuntimeException e) {
        return null; // outside a matched request some runtimes throw instead of answering null
      }
    }

    default Class<?> resourceClass() {
      try {
        ResourceInfo info = resourceInfo();
        return info == null ? null : info.getResourceClass();
      } catch (RuntimeException e) {
        return null;
      }
    }

    default String path() {
      try {
        UriInfo info = uriInfo();
        return info == null ? null : info.getRequestUri().getRawPath();
      } catch (RuntimeException e) {
        return null;
      }
    }

    default String describe() {
      String path = path();
      return path == null ? "a request" : path;
    }
  }
}
