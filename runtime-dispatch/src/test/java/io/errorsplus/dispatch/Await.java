package io.errorsplus.dispatch;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits on a condition with a deadline; tests never sleep to synchronise. Shared by the provider tests. */
public final class Await {

  private Await() {}

  public static void until(String what, BooleanSupplier condition) {
    until(what, Duration.ofSeconds(20), condition);
  }

  public static void until(String what, Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + timeout + " waiting until " + what);
      }
      Thread.onSpinWait();
      try {
        Thread.sleep(5); // polling interval of the wait, not a synchronisation
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting until " + what);
      }
    }
  }
}
