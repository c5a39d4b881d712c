package io.errorsplus.benchmarks.dispatch;

import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.delivery.CapturedReport;
import io.errorsplus.dispatch.scrub.ReportScrubber;
import io.errorsplus.dispatch.scrub.ScrubbingOptions;
import io.errorsplus.dispatch.testing.SampleReports;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a worker spends per typical report, off the request thread: scrubbing plus fingerprint
 * ({@code finish}), and that plus the full JSON with the traceback rendered ({@code finishAndJson},
 * what a spooled or Kafka-bound report costs).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar WorkerSideBenchmark -f 1 -wi 6 -w 2 -i 5 -r 1 -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class WorkerSideBenchmark {

  private ErrorReport report;
  private ReportScrubber scrubber;

  @Setup
  public void prepare() {
    report = SampleReports.typicalRequest(1);
    scrubber = new ReportScrubber(ScrubbingOptions.defaults());
  }

  @Benchmark
  public ErrorReport finish() {
    return new CapturedReport(report, scrubber, "bench").finished();
  }

  @Benchmark
  public String finishAndJson() {
    return new CapturedReport(report, scrubber, "bench").finished().toJson(MessageTemplate.all());
  }
}
