package io.errorsplus.dispatch.spring;

import io.errorsplus.dispatch.catalog.DocumentedError;
import io.errorsplus.dispatch.catalog.ErrorCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.method.ControllerAdviceBean;
import org.springframework.web.method.annotation.ExceptionHandlerMappingInfo;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

/**
 * Which application {@code @ExceptionHandler} Spring MVC would choose for an exception, found as
 * Spring's {@code ExceptionHandlerExceptionResolver} finds it: the controller's own handlers
 * first, then the {@code @ControllerAdvice} beans that apply to it, in their order. Spring's own
 * advice (Spring Boot's ProblemDetails handler) is not the application's.
 */
final class ApplicationHandlers {

  private static final int MAX_CACHED = 10_000;

  private final ApplicationContext context;
  private final ErrorCatalog catalog;
  private final Map<Class<?>, ExceptionHandlerMethodResolver> resolvers = new ConcurrentHashMap<>();
  private final Map<Decision, Boolean> decisions = new ConcurrentHashMap<>();
  private volatile List<ControllerAdviceBean> advice;

  private record Decision(Class<?> beanType, Class<?> exception, boolean documented) {}

  ApplicationHandlers(ApplicationContext context, ErrorCatalog catalog) {
    this.context = context;
    this.catalog = catalog;
  }

  /**
   * Whether an application handler takes a documented exception: one for its own class, or for
   * a supertype that is itself documented.
   */
  boolean takesDocumented(Class<?> beanType, Throwable error, DocumentedError documented) {
    return decide(beanType, error, true);
  }

  /** Whether an application handler that is not a catch-all takes a validation failure. */
  boolean takesValidation(Class<?> beanType, Throwable error) {
    return decide(beanType, error, false);
  }

  private boolean decide(Class<?> beanType, Throwable error, boolean documented) {
    Decision key = new Decision(beanType, error.getClass(), documented);
    Boolean cached = decisions.get(key);
    if (cached != null) {
      return cached;
    }
    boolean takes = mappedType(beanType, error)
        .map(type -> !isCatchAll(type)
            && (!documented || type == error.getClass() || isDocumentedType(type)))
        .orElse(false);
    if (decisions.size() < MAX_CACHED) {
      decisions.put(key, takes);
    }
    return takes;
  }

  /**
   * The exception type of the handler Spring would choose for {@code error}'s own class; empty
   * when none, or when the chosen handler only matches its cause.
   */
  private Optional<Class<?>> mappedType(Class<?> beanType, Throwable error) {
    if (beanType != null) {
      ExceptionHandlerMappingInfo local = resolver(beanType).resolveExceptionMapping(error,
          MediaType.ALL);
      if (local != null) {
        return nearest(local, error);
      }
    }
    for (ControllerAdviceBean bean : advice()) {
      if (bean.isApplicableToBeanType(beanType)) {
        ExceptionHandlerMappingInfo info = resolver(bean.getBeanType())
            .resolveExceptionMapping(error, MediaType.ALL);
        if (info != null) {
          return nearest(info, error);
        }
      }
    }
    return Optional.empty();
  }

  /** The most specific of the handler's exception types that {@code error} is an instance of. */
  private static Optional<Class<?>> nearest(ExceptionHandlerMappingInfo info, Throwable error) {
    Class<?> best = null;
    for (Class<?> type : info.getExceptionTypes()) {
      if (type.isInstance(error) && (best == null || best.isAssignableFrom(type))) {
        best = type;
      }
    }
    return Optional.ofNullable(best);
  }

  private boolean isDocumentedType(Class<?> type) {
    return catalog.find(type).map(e -> e.type() == type).orElse(false);
  }

  private static boolean isCatchAll(Class<?> type) {
    return type == Exception.class || type == RuntimeException.class || type == Throwable.class;
  }

  private ExceptionHandlerMethodResolver resolver(Class<?> type) {
    return resolvers.computeIfAbsent(type, ExceptionHandlerMethodResolver::new);
  }

  private List<ControllerAdviceBean> advice() {
    List<ControllerAdviceBean> list = advice;
    if (list == null) {
      list = ControllerAdviceBean.findAnnotatedBeans(context).stream()
          .filter(bean -> bean.getBeanType() != null
              && !bean.getBeanType().getName().startsWith("org.springframework."))
          .filter(bean -> resolver(bean.getBeanType()).hasExceptionMappings())
          .toList();
      advice = list;
    }
    return list;
  }
}
