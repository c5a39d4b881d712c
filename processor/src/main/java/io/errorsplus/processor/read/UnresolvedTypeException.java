package io.errorsplus.processor.read;

/**
 * A class literal in an annotation does not resolve (yet): the type may be generated in a later
 * round, so the declaring type is read again then. javac reports the error if it never resolves.
 */
final class UnresolvedTypeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnresolvedTypeException() {
    super(null, null, false, false);
  }
}
