package io.errorsplus.dispatch.provider.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.ReportField;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DiscordMessageWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private static final String[] ALPHABET = {
    "a", "Z", " ", "\n", "\t", "\"", "\\", "`", "```", "@everyone", "@here", "<@1>", "\u0000", "\u001f",
    "\u2028", "é", "\uD83D\uDD25", "{", "}", "*", "_", "~", "|"
  };

  private static String randomText(Random random, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder s = new StringBuilder(length);
    while (s.length() < length) {
      s.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return s.toString();
  }

  private static ErrorReport randomReport(Random random) {
    int scale = random.nextBoolean() ? 300 : 30_000;
    ErrorReport.Builder b = ErrorReport.builder()
        .appName(randomText(random, scale / 10))
        .errorType(randomText(random, scale / 50))
        .exceptionClass(randomText(random, scale / 20))
        .errorDetails(randomText(random, scale))
        .traceback(randomText(random, scale * 3))
        .method("POST").endpoint(randomText(random, scale / 20))
        .fullUrl(randomText(random, scale / 5))
        .statusCode(400 + random.nextInt(200))
        .duration(Duration.ofMillis(random.nextInt(100_000)))
        .requestBody(random.nextBoolean() ? "application/json" : "text/plain", randomText(random, scale))
        .clientIp(randomText(random, 40))
        .userAgent(randomText(random, scale / 10))
        .timestamp(1_700_000_000_000L + random.nextInt(1_000_000))
        .guidError("6f1c2d3e-0000-4000-8000-123456789abc")
        .operationId(randomText(random, 80))
        .errorCode(randomText(random, 80))
        .fingerprint(randomText(random, 40))
        .occurrences(1 + random.nextInt(100));
    int headers = random.nextInt(60);
    for (int i = 0; i < headers; i++) {
      b.header("H" + i + randomText(random, 20), randomText(random, scale / 100));
    }
    int params = random.nextInt(30);
    for (int i = 0; i < params; i++) {
      b.queryParam("q" + i, randomText(random, scale / 100));
    }
    return b.build();
  }

  /** Whatever the report holds, the body is valid JSON that Discord's rules accept. */
  @Test
  void randomReportsAlwaysFitDiscordsRules() throws Exception {
    Random random = new Random(20261122L);
    for (int i = 0; i < 200; i++) {
      MessageTemplate template = MessageTemplate.all();
      int constants = random.nextInt(12);
      for (int c = 0; c < constants; c++) {
        template = template.withConstant("k" + c + randomText(random, 300), randomText(random, 2000));
      }
      DiscordMessageWriter writer = new DiscordMessageWriter(template,
          random.nextBoolean() ? "errors-plus" : null, null,
          random.nextBoolean() ? randomText(random, 4000) + "x" : null, Duration.ofSeconds(60));
      ErrorReport report = randomReport(random);

      JsonNode body = JSON.readTree(writer.write(report));

      assertThat(DiscordPayloadRules.violations(body)).as("report %d", i).isEmpty();
      String text = body.toString();
      assertThat(text).as("report %d", i).doesNotContain("@everyone").doesNotContain("@here").doesNotContain("<@1>");
      for (JsonNode field : body.path("embeds").get(0).path("fields")) {
        String value = field.path("value").asText();
        assertThat(value.split("```", -1).length % 2).as("fences balanced in report %d: %s", i, value).isEqualTo(1);
      }
      String description = body.path("embeds").get(0).path("description").asText();
      assertThat(description.split("```", -1).length % 2).as("fences balanced in report %d", i).isEqualTo(1);
    }
  }

  @Test
  void emptyTemplateStillMakesAValidMessage() throws Exception {
    DiscordMessageWriter writer = new DiscordMessageWriter(MessageTemplate.of(), null, null, null, Duration.ZERO);

    JsonNode body = JSON.readTree(writer.write(DiscordProviderTest.report()));

    assertThat(DiscordPayloadRules.violations(body)).isEmpty();
    JsonNode embed = body.path("embeds").get(0);
    assertThat(embed.path("title").asText()).isEqualTo("Error");
    assertThat(embed.has("description")).isFalse();
    assertThat(embed.has("fields")).isFalse();
    assertThat(embed.has("footer")).isFalse();
    assertThat(embed.has("timestamp")).isFalse();
  }

  @Test
  void fieldsTheTitleAlreadyShowsAreNotRepeatedButTheRestFollowTheTemplate() throws Exception {
    DiscordMessageWriter writer = new DiscordMessageWriter(
        MessageTemplate.of(ReportField.STATUS_CODE, ReportField.CLIENT_IP, ReportField.OCCURRENCES), null, null, null,
        Duration.ofMinutes(5));

    JsonNode embed = JSON.readTree(writer.write(DiscordProviderTest.report().toBuilder().occurrences(3).build()))
        .path("embeds").get(0);

    assertThat(embed.path("title").asText()).isEqualTo("500 (×3)");
    assertThat(embed.path("description").asText()).isEqualTo("**×3 in the last 5 min**");
    assertThat(embed.path("fields")).extracting(f -> f.path("name").asText()).containsExactly("client_ip", "occurrences");
  }
}
