package io.errorsplus.dispatch.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DigestBufferTest {

  private final FakeClock clock = new FakeClock();
  private final DigestBuffer digest = new DigestBuffer(Duration.ofSeconds(60).toNanos(), 3);

  @Test
  void theWindowStartsWithTheFirstReportAndTheBatchIsDueWhenItEnds() {
    assertThat(digest.add(out("1"), clock.nanoTime())).isEmpty();
    clock.advance(Duration.ofSeconds(40));
    assertThat(digest.add(out("2"), clock.nanoTime())).isEmpty();
    assertThat(digest.deadline() - clock.nanoTime()).isEqualTo(Duration.ofSeconds(20).toNanos());

    clock.advance(Duration.ofSeconds(19));
    assertThat(digest.takeIfDue(clock.nanoTime())).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(digest.takeIfDue(clock.nanoTime())).extracting(o -> o.report().errorDetails()).containsExactly("1", "2");
    assertThat(digest.isEmpty()).isTrue();

    clock.advance(Duration.ofSeconds(5));
    digest.add(out("3"), clock.nanoTime());
    assertThat(digest.deadline() - clock.nanoTime()).isEqualTo(Duration.ofSeconds(60).toNanos());
  }

  @Test
  void aFullBatchGoesAtOnce() {
    digest.add(out("1"), clock.nanoTime());
    digest.add(out("2"), clock.nanoTime());
    assertThat(digest.add(out("3"), clock.nanoTime())).hasSize(3);
    assertThat(digest.isEmpty()).isTrue();
  }

  @Test
  void takeAllEmptiesWhateverTheTime() {
    digest.add(out("1"), clock.nanoTime());
    assertThat(digest.takeAll()).hasSize(1);
    assertThat(digest.takeAll()).isEmpty();
  }

  private static Outgoing out(String details) {
    return new Outgoing(RepeatWindowsTest.report("fp", details), false);
  }
}
