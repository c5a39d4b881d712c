package io.errorsplus.dispatch.jaxrs;

/**
 * Hands the exception a mapper of errors-plus answered to the response filter of the same
 * request. Mapping and response filtering run on one thread, one after the other, in every
 * runtime (also for an async response: both run on the thread that resumes it), and JAX-RS gives
 * a mapper no portable access to the request's properties.
 */
final class MappedErrors {

  private static final ThreadLocal<Throwable> SEEN = new ThreadLocal<>();

  private MappedErrors() {}

  static void seen(Throwable error) {
    SEEN.set(error);
  }

  /** The exception mapped on this thread since the last call, cleared. */
  static Throwable take() {
    Throwable error = SEEN.get();
    if (error != null) {
      SEEN.remove();
    }
    return error;
  }
}
