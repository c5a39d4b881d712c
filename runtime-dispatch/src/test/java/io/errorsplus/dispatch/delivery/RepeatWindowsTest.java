package io.errorsplus.dispatch.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorsplus.dispatch.ErrorReport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatWindowsTest {

  private final FakeClock clock = new FakeClock();
  private final RepeatWindows windows = new RepeatWindows(Duration.ofSeconds(60).toNanos());

  @Test
  void theFirstReportGoesOutAndRepeatsWithinTheWindowAreAbsorbed() {
    assertThat(windows.absorb(report("a", "first"), clock.nanoTime())).isFalse();
    clock.advance(Duration.ofSeconds(10));
    assertThat(windows.absorb(report("a", "second"), clock.nanoTime())).isTrue();
    clock.advance(Duration.ofSeconds(49));
    assertThat(windows.absorb(report("a", "third"), clock.nanoTime())).isTrue();
    assertThat(windows.absorb(report("b", "other error"), clock.nanoTime())).isFalse();
  }

  @Test
  void aWindowThatEndsGivesOneSummaryOfItsRepeatsWithTheLatestReport() {
    windows.absorb(report("a", "first"), clock.nanoTime());
    windows.absorb(report("a", "second"), clock.nanoTime());
    windows.absorb(report("a", "third"), clock.nanoTime());

    clock.advance(Duration.ofSeconds(59));
    assertThat(windows.closeDue(clock.nanoTime(), false)).isEmpty();
    assertThat(windows.nextEnd() - clock.nanoTime()).isEqualTo(Duration.ofSeconds(1).toNanos());

    clock.advance(Duration.ofSeconds(1));
    List<ErrorReport> summaries = windows.closeDue(clock.nanoTime(), false);
    assertThat(summaries).singleElement().satisfies(s -> {
      assertThat(s.errorDetails()).isEqualTo("third");
      assertThat(s.occurrences()).isEqualTo(2);
    });
    assertThat(windows.hasOpen()).isFalse();
  }

  @Test
  void aWindowWithoutRepeatsClosesSilentlyAndTheNextReportOpensANewOne() {
    windows.absorb(report("a", "first"), clock.nanoTime());
    clock.advance(Duration.ofSeconds(61));
    assertThat(windows.closeDue(clock.nanoTime(), false)).isEmpty();
    assertThat(windows.absorb(report("a", "again"), clock.nanoTime())).isFalse();
    assertThat(windows.absorb(report("a", "repeat"), clock.nanoTime())).isTrue();
  }

  @Test
  void windowsEndInTheOrderTheyOpenedAndFlushClosesAll() {
    windows.absorb(report("a", "a1"), clock.nanoTime());
    clock.advance(Duration.ofSeconds(30));
    windows.absorb(report("b", "b1"), clock.nanoTime());
    windows.absorb(report("a", "a2"), clock.nanoTime());
    windows.absorb(report("b", "b2"), clock.nanoTime());

    clock.advance(Duration.ofSeconds(30));
    assertThat(windows.closeDue(clock.nanoTime(), false)).extracting(ErrorReport::errorDetails).containsExactly("a2");
    assertThat(windows.nextEnd() - clock.nanoTime()).isEqualTo(Duration.ofSeconds(30).toNanos());
    assertThat(windows.closeDue(clock.nanoTime(), true)).extracting(ErrorReport::errorDetails).containsExactly("b2");
    assertThat(windows.hasOpen()).isFalse();
  }

  static ErrorReport report(String fingerprint, String details) {
    return ErrorReport.builder().errorType("E").errorDetails(details).fingerprint(fingerprint).build();
  }
}
