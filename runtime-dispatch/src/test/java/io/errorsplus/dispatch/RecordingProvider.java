package io.errorsplus.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A provider that keeps what it receives. A test may script failures: {@code behaviour} is called
 * with the attempt number (1-based, across all sends) and may throw.
 */
class RecordingProvider implements ErrorProvider {

  interface Behaviour {
    void onAttempt(int attempt, ErrorReport report) throws Exception;
  }

  final String name;
  final DeliveryOptions options;
  final List<ErrorReport> received = new CopyOnWriteArrayList<>();
  final List<List<ErrorReport>> batches = new CopyOnWriteArrayList<>();
  final List<Long> attemptTimes = new CopyOnWriteArrayList<>();
  volatile Behaviour behaviour = (n, r) -> {};
  volatile boolean closed;
  private int attempts;

  RecordingProvider(String name) {
    this(name, DeliveryOptions.builder().backoff(java.time.Duration.ofMillis(5), java.time.Duration.ofMillis(20)).build());
  }

  RecordingProvider(String name, DeliveryOptions options) {
    this.name = name;
    this.options = options;
  }

  RecordingProvider behaving(Behaviour b) {
    this.behaviour = b;
    return this;
  }

  @Override
  public void send(ErrorReport report) throws Exception {
    int n;
    synchronized (this) {
      n = ++attempts;
    }
    attemptTimes.add(System.nanoTime());
    behaviour.onAttempt(n, report);
    received.add(report);
  }

  @Override
  public void sendBatch(List<ErrorReport> reports) throws Exception {
    int n;
    synchronized (this) {
      n = ++attempts;
    }
    attemptTimes.add(System.nanoTime());
    behaviour.onAttempt(n, reports.get(0));
    batches.add(new ArrayList<>(reports));
    received.addAll(reports);
  }

  synchronized int attempts() {
    return attempts;
  }

  List<String> guids() {
    return received.stream().map(ErrorReport::guidError).toList();
  }

  <T> List<T> map(Function<ErrorReport, T> f) {
    return received.stream().map(f).toList();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public DeliveryOptions deliveryOptions() {
    return options;
  }

  @Override
  public void close() {
    closed = true;
  }
}
