package io.errorsplus.dispatch.provider.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectLineTest {

  @Test
  void lineBreaksBecomeOneSpaceAndOtherControlAndFormatCharactersVanish() {
    assertThat(SubjectLine.of("a\r\nBcc: x@y\u0000\u0007 b\u202e\u200bc\t\td\u2028e"))
        .isEqualTo("a Bcc: x@y bc d e");
  }

  @Test
  void leadingAndTrailingSpaceIsDroppedAndLengthIsCappedWithoutSplittingAPair() {
    assertThat(SubjectLine.of("  x  ")).isEqualTo("x");
    String capped = SubjectLine.of("a".repeat(SubjectLine.MAX_LENGTH - 2) + "\uD83D\uDE00\uD83D\uDE00");
    assertThat(capped).hasSize(SubjectLine.MAX_LENGTH - 1).endsWith("a\u2026");
  }
}
