package io.errorsplus.it.bench;

import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.ErrorReport;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The application of the Spring throughput benchmark ({@code benchmarks/spring-wrk.sh}, figures
 * in BENCHMARKS.md): one success endpoint, one documented error, one plain
 * {@code @ResponseStatus} error. Run twice, with {@code --errors-plus.enabled=false} and with
 * errors-plus capturing everything into a provider that only counts.
 */
@SpringBootApplication
public class BenchServer {

  public static void main(String[] args) {
    SpringApplication.run(BenchServer.class, args);
  }

  /** Counts reports: the benchmark measures capture, not a channel. */
  @Bean
  ErrorProvider countingProvider() {
    LongAdder count = new LongAdder();
    return new ErrorProvider() {
      @Override public void send(ErrorReport report) { count.increment(); }
      @Override public String name() { return "counting"; }
    };
  }
}
