package io.errorsplus.dispatch.jaxrs;

import jakarta.ws.rs.core.FeatureContext;

/**
 * Which optional parts the running application has. A presence check by name is the only way to
 * use an optional API without failing where it is absent; the catalogue cannot answer this.
 */
final class Runtimes {

  private static final boolean BEAN_VALIDATION =
      present("jakarta.validation.ConstraintViolationException");
  private static final boolean JERSEY_EVENTS =
      present("org.glassfish.jersey.server.monitoring.ApplicationEventListener");

  private Runtimes() {}

  static boolean hasBeanValidation() {
    return BEAN_VALIDATION;
  }

  /** Jersey, whose event listener reports every exception (also those its mappers answer). */
  static boolean isJersey(FeatureContext context) {
    return JERSEY_EVENTS && context.getClass().getName().startsWith("org.glassfish.jersey.");
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, Runtimes.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
