package io.errorsplus.benchmarks.dispatch;

import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.ErrorReport;
import java.util.concurrent.atomic.LongAdder;

/** Accepts every report and keeps nothing; optionally takes a fixed time per report (a slow channel). */
final class DiscardingProvider implements ErrorProvider {

  private final String name;
  private final long sendNanos;
  final LongAdder sent = new LongAdder();

  DiscardingProvider(String name, long sendNanos) {
    this.name = name;
    this.sendNanos = sendNanos;
  }

  @Override
  public void send(ErrorReport report) throws InterruptedException {
    if (sendNanos > 0) {
      // A slow network call: the worker thread waits, like one blocked on a socket.
      Thread.sleep(sendNanos / 1_000_000, (int) (sendNanos % 1_000_000));
    }
    sent.increment();
  }

  @Override
  public String name() {
    return name;
  }
}
