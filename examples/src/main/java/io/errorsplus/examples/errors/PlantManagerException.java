package io.errorsplus.examples.errors;

/**
 * Base of the plant manager's business errors. Unchecked so services can throw them anywhere;
 * endpoints still list them in {@code throws}, which is where the processor documents them from.
 */
public abstract class PlantManagerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected PlantManagerException(String message) {
    super(message);
  }
}
