package io.errorsplus.examples.spring;

/** A maintenance window that ends before it starts; not a documented error (PlanningAdvice answers it). */
public class InvalidWindowException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidWindowException(String message) {
    super(message);
  }
}
