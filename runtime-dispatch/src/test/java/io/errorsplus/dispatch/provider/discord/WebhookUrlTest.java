package io.errorsplus.dispatch.provider.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebhookUrlTest {

  private static final String TOKEN = "AbC-def_123.xyz";

  @Test
  void acceptsDiscordUrlsAndMasksTheToken() {
    WebhookUrl url = WebhookUrl.parse("https://discord.com/api/webhooks/123456789012345678/" + TOKEN);

    assertThat(url.id()).isEqualTo("123456789012345678");
    assertThat(url.redacted()).isEqualTo("https://discord.com/api/webhooks/123456789012345678/****");
    assertThat(url.toString()).doesNotContain(TOKEN);
    assertThat(url.executeUri(false, null).toString())
        .isEqualTo("https://discord.com/api/webhooks/123456789012345678/" + TOKEN);
    assertThat(url.executeUri(true, "99").toString()).endsWith(TOKEN + "?wait=true&thread_id=99");
    assertThat(url.scrub("failed for /" + TOKEN + "/")).isEqualTo("failed for /****/");
    assertThat(WebhookUrl.parse("https://discordapp.com/api/v10/webhooks/1/" + TOKEN + "/").id()).isEqualTo("1");
  }

  @Test
  void plainHttpOnlyForLoopback() {
    assertThat(WebhookUrl.parse("http://127.0.0.1:8080/api/webhooks/1/" + TOKEN).id()).isEqualTo("1");
    assertThat(WebhookUrl.parse("http://localhost/api/webhooks/1/" + TOKEN).id()).isEqualTo("1");
    assertThat(WebhookUrl.parse("http://[::1]:9/api/webhooks/1/" + TOKEN).id()).isEqualTo("1");
    for (String host : new String[] {"discord.com", "10.0.0.1", "127.0.0.1.evil.example"}) {
      assertThatThrownBy(() -> WebhookUrl.parse("http://" + host + "/api/webhooks/1/" + TOKEN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must use https").hasMessageContaining("loopback")
          .message().doesNotContain(TOKEN);
    }
  }

  @Test
  void explainsMalformedUrlsWithoutEchoingThem() {
    String[] bad = {
      "discord.com/api/webhooks/1/" + TOKEN,
      "ftp://discord.com/api/webhooks/1/" + TOKEN,
      "https://user:pw@discord.com/api/webhooks/1/" + TOKEN,
      "https://discord.com/api/webhooks/1/" + TOKEN + "?thread_id=5",
      "https://discord.com/api/webhooks/abc/" + TOKEN,
      "https://discord.com/api/webhooks/1",
      "https://discord.com/api/webhooks/1/" + TOKEN + "/messages/2",
      "https://discord.com/api/webhooks/1/" + TOKEN + "<>",
    };
    for (String url : bad) {
      assertThatThrownBy(() -> WebhookUrl.parse(url)).as(url)
          .isInstanceOf(IllegalArgumentException.class)
          .message().contains("webhook URL").doesNotContain(TOKEN);
    }
  }
}
