package io.errorsplus.dispatch.spring;

import io.errorsplus.dispatch.catalog.DocumentedError;
import io.errorsplus.dispatch.web.Answer;
import io.errorsplus.dispatch.web.ErrorAnswers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers documented exceptions with their documented status and body, and request-validation
 * failures of operations that document the validation flag with the documented validation
 * status; everything else is left to Spring (returns null). Runs before Spring's own resolvers,
 * so it also sees, and records for the capture filter, every exception that an application
 * {@code @ExceptionHandler} answers.
 *
 * <p>An application handler Spring would choose for the exception's own type, or for a documented
 * supertype, wins; a catch-all handler ({@code Exception}, {@code RuntimeException},
 * {@code Throwable}) does not.
 */
public final class ErrorsPlusExceptionResolver implements HandlerExceptionResolver, Ordered {

  /** The request attribute holding the exception of the request, for the capture filter. */
  public static final String EXCEPTION_ATTRIBUTE = ErrorsPlusExceptionResolver.class.getName()
      + ".EXCEPTION";

  private final ErrorAnswers answers;
  private final ApplicationHandlers applicationHandlers;
  private final AnswerWriter writer;

  ErrorsPlusExceptionResolver(ErrorAnswers answers, ApplicationHandlers applicationHandlers,
      AnswerWriter writer) {
    this.answers = answers;
    this.applicationHandlers = applicationHandlers;
    this.writer = writer;
  }

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
      Object handler, Exception ex) {
    request.setAttribute(EXCEPTION_ATTRIBUTE, ex);
    if (!answers.enabled() || response.isCommitted()) {
      return null;
    }
    HandlerMethod handlerMethod = handler instanceof HandlerMethod h ? h : null;
    Class<?> beanType = handlerMethod == null ? null : handlerMethod.getBeanType();
    String path = request.getRequestURI();
    Optional<Answer> answer;
    Optional<DocumentedError> documented = answers.catalog().find(ex);
    if (documented.isPresent()) {
      if (applicationHandlers.takesDocumented(beanType, ex, documented.get())) {
        return null;
      }
      answer = answers.documented(ex, path);
    } else if (handlerMethod != null && ValidationFailures.isValidationFailure(ex)) {
      if (applicationHandlers.takesValidation(beanType, ex)) {
        return null;
      }
      Method method = handlerMethod.getMethod();
      answer = answers.validation(method, ValidationFailures.detail(ex), path);
    } else {
      return null;
    }
    if (answer.isEmpty() || !writer.write(answer.get(), response)) {
      return null;
    }
    return new ModelAndView();
  }

  @Override
  public int getOrder() {
    // Before Spring MVC's resolvers (order 0), after Spring Boot's DefaultErrorAttributes.
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }
}
