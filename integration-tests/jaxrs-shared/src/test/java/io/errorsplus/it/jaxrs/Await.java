package io.errorsplus.it.jaxrs;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits on a condition with a deadline; the tests never sleep to synchronise. */
final class Await {

  private Await() {}

  static void until(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after 20 s waiting until " + what);
      }
      try {
        Thread.sleep(5); // polling interval of the wait, not a synchronisation
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting until " + what);
      }
    }
  }
}
