package io.errorsplus.dispatch.provider.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscordTextTest {

  private static final String Z = "\u200B";

  @Test
  void mentionsAreBrokenWithAZeroWidthSpace() {
    assertThat(DiscordText.neutraliseMentions("@everyone @here @Everyone <@42> <@!42> <@&7> mail@example.com"))
        .isEqualTo("@" + Z + "everyone @" + Z + "here @" + Z + "Everyone <@" + Z + "42> <@" + Z + "!42> <@" + Z
            + "&7> mail@example.com");
    assertThat(DiscordText.neutraliseMentions("no mentions")).isEqualTo("no mentions");
    assertThat(DiscordText.neutraliseMentions(null)).isNull();
  }

  @Test
  void truncationKeepsTheLimitAndShowsTheMarker() {
    String cut = DiscordText.truncate("x".repeat(300), 256);

    assertThat(cut).hasSize(256).endsWith(DiscordText.TRUNCATION_MARKER).startsWith("xxx");
    assertThat(DiscordText.truncate("short", 256)).isEqualTo("short");
  }

  @Test
  void truncationNeverSplitsASurrogatePair() {
    String emoji = "\uD83D\uDD25"; // one code point, two chars
    String text = "a".repeat(243) + emoji + "b".repeat(50);

    String cut = DiscordText.truncate(text, 256); // would cut between the two halves

    assertThat(cut).hasSizeLessThanOrEqualTo(256).endsWith(DiscordText.TRUNCATION_MARKER);
    String kept = cut.substring(0, cut.length() - DiscordText.TRUNCATION_MARKER.length());
    assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
  }

  @Test
  void codeBlockStaysClosedWhateverTheContent() {
    String hostile = "before ``` after\n```json\n" + "y".repeat(2000);

    String block = DiscordText.codeBlock("json", hostile, 1024);

    assertThat(block).hasSizeLessThanOrEqualTo(1024).startsWith("```json\n").endsWith("\n" + DiscordText.TRUNCATION_MARKER + "\n```");
    assertThat(block.split("```", -1)).hasSize(3);
    assertThat(DiscordText.codeBlock("", "short", 1024)).isEqualTo("```\nshort\n```");
    assertThat(DiscordText.breakFences("a````````b")).doesNotContain("```").isEqualTo("a``" + Z + "``" + Z + "``" + Z + "``b");
    String smallest = DiscordText.codeBlock("json", "z".repeat(100), DiscordText.minimumCodeBlock("json"));
    assertThat(smallest).hasSize(DiscordText.minimumCodeBlock("json")).contains(DiscordText.TRUNCATION_MARKER);
  }
}
