package io.errorsplus.dispatch.catalog;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * What the errors-plus processor knows about an application's errors, at run time and without
 * reflection: which exception is which documented error, and which endpoint documents what.
 *
 * <p>The processor generates one implementation per compilation that has
 * {@code errors-plus-runtime-dispatch} on its class path, registered in
 * {@code META-INF/services/io.errorsplus.dispatch.catalog.ErrorCatalog}. {@link #load()} merges all
 * of them.
 *
 * <pre>{@code
 * ErrorCatalog catalog = ErrorCatalog.load();
 * Optional<DocumentedError> error = catalog.find(exception);           // nearest documented type
 * Optional<DocumentedOperation> op = catalog.operation(handlerMethod);  // the endpoint it serves
 * boolean documented = error.isPresent() && op.isPresent() && op.get().documents(error.get());
 * }</pre>
 */
public interface ErrorCatalog {

  /**
   * Every generated catalogue on the class path of the thread's context class loader, merged;
   * an empty catalogue when there is none. A catalogue that cannot be loaded is skipped with a
   * logged warning, never an exception.
   */
  static ErrorCatalog load() {
    return CatalogLoader.load(Thread.currentThread().getContextClassLoader());
  }

  /** Every catalogue that {@code loader} sees, merged. */
  static ErrorCatalog load(ClassLoader loader) {
    return CatalogLoader.load(loader);
  }

  /** A catalogue that documents nothing. */
  static ErrorCatalog empty() {
    return MergedErrorCatalog.EMPTY;
  }

  /** The catalogues merged: the first to document a type or a handler wins. */
  static ErrorCatalog merge(List<? extends ErrorCatalog> catalogs) {
    return MergedErrorCatalog.of(catalogs);
  }

  /** The documented error of {@code error}'s class or its nearest documented superclass. */
  Optional<DocumentedError> find(Throwable error);

  /** The documented error of a type or its nearest documented superclass. */
  Optional<DocumentedError> find(Class<?> type);

  /**
   * The endpoint a handler method serves: the {@code Method} of Spring's {@code HandlerMethod} or
   * JAX-RS's {@code ResourceInfo} (for a resource declared on an interface, either the interface's
   * method or the implementing class's).
   */
  Optional<DocumentedOperation> operation(Method handler);

  /**
   * The endpoint a handler method serves for one request: where one method serves several
   * endpoints (a Spring mapping with several paths, or without {@code method}), the one with this
   * HTTP method and route template (the framework's matched pattern, such as Spring's
   * {@code /v1/{*path}} or {@code /items/{id:\\d+}}: compared as the document writes it).
   * Otherwise, and when none matches exactly, as {@link #operation(Method)} (the same HTTP
   * method preferred).
   */
  default Optional<DocumentedOperation> operation(Method handler, String httpMethod,
      String routeTemplate) {
    return operation(handler);
  }

  /** Every endpoint, in the order of the document. */
  List<DocumentedOperation> operations();

  /** Every documented error type. */
  List<DocumentedError> errors();
}
