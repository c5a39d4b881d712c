package io.errorsplus.dispatch.spring;

/**
 * A wrong {@code errors-plus.*} property: fails start-up, and {@link ErrorsPlusFailureAnalyzer}
 * shows {@link #property()}, {@link #problem()} and {@link #action()} instead of a stack trace.
 */
public final class ErrorsPlusConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String property;
  private final String problem;
  private final String action;

  /**
   * @param property the property's name ({@code errors-plus.capture})
   * @param problem what is wrong with it, without repeating secret values
   * @param action how to fix it
   */
  public ErrorsPlusConfigurationException(String property, String problem, String action,
      Throwable cause) {
    super(property + ": " + problem, cause);
    this.property = property;
    this.problem = problem;
    this.action = action;
  }

  public String property() {
    return property;
  }

  public String problem() {
    return problem;
  }

  public String action() {
    return action;
  }
}
