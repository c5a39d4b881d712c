package io.errorsplus.benchmarks.dispatch;

import io.errorsplus.dispatch.DeliveryOptions;
import io.errorsplus.dispatch.ErrorDispatcher;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.ProviderStats;
import io.errorsplus.dispatch.testing.SampleReports;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The request thread's cost of {@link ErrorDispatcher#capture} for a typical report (10 headers,
 * 1 KiB JSON body, 40-frame stack), with one provider that discards.
 *
 * <p>{@code queue=room}: the queue is large enough (fresh dispatcher per iteration) that every
 * capture is queued, the normal path. {@code queue=full}: a 1024 queue that the worker cannot
 * keep empty at this rate, spooling off, so most captures find it full and are counted as dropped
 * (the overload path). The teardown prints how many captures were queued and dropped.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CaptureBenchmark -f 1 -wi 3 -i 5 -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error"})
@State(Scope.Benchmark)
public class CaptureBenchmark {

  @Param({"room", "full"})
  public String queue;

  private ErrorDispatcher dispatcher;
  private ErrorReport report;
  private java.nio.file.Path spool;

  @Setup(Level.Trial)
  public void prepare() throws Exception {
    report = SampleReports.typicalRequest(1);
    spool = Files.createTempDirectory("errors-plus-bench-spool");
  }

  @Setup(Level.Iteration)
  public void start() {
    int capacity = queue.equals("room") ? 1 << 21 : 1024;
    dispatcher = ErrorDispatcher.builder().appName("bench").shutdownHook(false)
        .spoolDirectory(spool).spoolMaxBytes(0)
        .closeTimeout(Duration.ZERO)
        .provider(new DiscardingProvider("discard", 0), DeliveryOptions.builder().queueCapacity(capacity).build())
        .build();
  }

  @Benchmark
  public void capture() {
    dispatcher.capture(report);
  }

  @TearDown(Level.Iteration)
  public void stop() {
    ProviderStats s = dispatcher.stats().provider("discard");
    dispatcher.close();
    System.out.printf("%n  [queue=%s] captured %d, dropped (queue full) %d%n", queue, s.captured(), s.dropped());
  }
}
