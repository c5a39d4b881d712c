package io.errorsplus.processor.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@link Message#format} replaces {@code %s} and {@code %d} itself, without java.util.Formatter. */
class MessageTest {

  @Test
  void everyPlaceholderIsReplacedInOrder() {
    assertThat(Message.STATUS_OUT_OF_RANGE.format(302))
        .isEqualTo("status 302 is not an error status; use 400-599");
    assertThat(Message.INVALID_OPTION.format("errorsplus.openapi", "2.0", "3.1 or 3.0"))
        .isEqualTo("option -Aerrorsplus.openapi=2.0 is invalid; use 3.1 or 3.0");
  }

  @Test
  void everyTemplateUsesOnlyTheTwoPlaceholders() {
    // With an argument for every placeholder, no % may be left: a %n, %x or %% would need
    // String.format's rules, which format() does not implement.
    Object[] plenty = new Object[20];
    Arrays.fill(plenty, "x");
    for (Message message : Message.values()) {
      assertThat(message.format(plenty)).as(message.name()).doesNotContain("%");
    }
  }
}
