package io.errorsplus.it.jaxrs;

import io.errorsplus.dispatch.DeliveryOptions;
import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.ErrorReport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Providers of the tests: one that keeps reports, one that always fails, one that hangs. */
final class TestProviders {

  private TestProviders() {}

  static final class Recording implements ErrorProvider {
    final List<ErrorReport> received = new CopyOnWriteArrayList<>();

    @Override
    public void send(ErrorReport report) {
      received.add(report);
    }

    @Override
    public String name() {
      return "recording";
    }
  }

  static final class Failing implements ErrorProvider {
    final AtomicInteger attempts = new AtomicInteger();

    @Override
    public void send(ErrorReport report) throws Exception {
      attempts.incrementAndGet();
      throw new IllegalStateException("this provider always fails");
    }

    @Override
    public String name() {
      return "failing";
    }

    @Override
    public DeliveryOptions deliveryOptions() {
      return DeliveryOptions.builder().backoff(Duration.ofMillis(5), Duration.ofMillis(20)).build();
    }
  }

  /** Blocks in {@code send} until released (a dead channel), never answering. */
  static final class Hanging implements ErrorProvider {
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger entered = new AtomicInteger();

    @Override
    public void send(ErrorReport report) throws InterruptedException {
      entered.incrementAndGet();
      release.await(60, TimeUnit.SECONDS);
    }

    @Override
    public String name() {
      return "hanging";
    }
  }
}
