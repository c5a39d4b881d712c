package io.errorsplus.dispatch.jaxrs;

import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * On Jersey only (registered when it runs): keeps the exception of a request as a request
 * property, so that a request answered by one of the application's own exception mappers is
 * reported with its exception too. Portable JAX-RS tells nobody which exception a mapper of the
 * application answered.
 */
final class JerseyExceptionListener implements ApplicationEventListener {

  /** The request property that holds the request's first exception. */
  static final String PROPERTY = "io.errorsplus.jaxrs.exception";

  private static final RequestEventListener ON_EXCEPTION = event -> {
    if (event.getType() == RequestEvent.Type.ON_EXCEPTION && event.getException() != null
        && event.getContainerRequest() != null
        && event.getContainerRequest().getProperty(PROPERTY) == null) {
      event.getContainerRequest().setProperty(PROPERTY, unwrap(event.getException()));
    }
  };

  /**
   * The application's exception: Jersey reports one thrown by a resource method wrapped in its
   * internal {@code MappableException} (matched by name: an internal class is no API to compile
   * against).
   */
  static Throwable unwrap(Throwable error) {
    Throwable e = error;
    while (e.getCause() != null && e.getClass().getName().endsWith(".MappableException")) {
      e = e.getCause();
    }
    return e;
  }

  @Override
  public void onEvent(ApplicationEvent event) {
    // nothing: only request events matter
  }

  @Override
  public RequestEventListener onRequest(RequestEvent requestEvent) {
    return ON_EXCEPTION; // one shared, stateless listener: no allocation per request
  }
}
