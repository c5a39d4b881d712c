package io.errorsplus.dispatch.provider.discord;

import static io.errorsplus.dispatch.provider.discord.DiscordProviderTest.report;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.errorsplus.dispatch.ErrorDispatcher;
import io.errorsplus.dispatch.ProviderStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider behind a real {@link ErrorDispatcher}: retries, drops, disabling, de-dup, pacing. */
class DiscordDispatchTest {

  private static final Duration FLUSH = Duration.ofSeconds(20);

  @TempDir Path spool;
  private DiscordWebhookServer discord;
  private ErrorDispatcher dispatcher;

  @BeforeEach
  void start() throws Exception {
    discord = new DiscordWebhookServer();
  }

  @AfterEach
  void stop() {
    if (dispatcher != null) {
      dispatcher.close();
    }
    discord.close();
  }

  private DiscordProvider start(DiscordProvider provider) {
    dispatcher = ErrorDispatcher.builder().appName("api-plant-manager").provider(provider)
        .spoolDirectory(spool).shutdownHook(false).build();
    return provider;
  }

  private ProviderStats stats(DiscordProvider provider) {
    return dispatcher.stats().provider(provider.name());
  }

  private List<Integer> statuses() {
    return discord.received().stream().map(DiscordWebhookServer.Received::status).toList();
  }

  @Test
  void rateLimitedInBothFormsIsRetriedAfterTheGivenTimeAndDelivered() {
    DiscordProvider provider = start(new DiscordProvider(discord.url()));
    discord.answerNext(429, Map.of("Retry-After", "1"), "");
    discord.answerNext(429, Map.of(), "{\"message\": \"You are being rate limited.\", \"retry_after\": 0.3, \"global\": true}");

    dispatcher.capture(report());

    assertThat(dispatcher.flush(FLUSH)).isTrue();
    assertThat(statuses()).containsExactly(429, 429, 204);
    List<DiscordWebhookServer.Received> r = discord.received();
    assertThat(r.get(1).arrivedNanos() - r.get(0).arrivedNanos()).isGreaterThanOrEqualTo(Duration.ofMillis(950).toNanos());
    assertThat(r.get(2).arrivedNanos() - r.get(1).arrivedNanos()).isGreaterThanOrEqualTo(Duration.ofMillis(280).toNanos());
    ProviderStats s = stats(provider);
    assertThat(s.delivered()).isEqualTo(1);
    assertThat(s.retried()).isEqualTo(2);
    assertThat(provider.rateLimitedCount()).isEqualTo(2);
  }

  @Test
  void serverErrorIsRetriedAndThenDelivered() {
    DiscordProvider provider = start(new DiscordProvider(discord.url()));
    discord.answerNext(500, Map.of(), "{\"message\": \"500: Internal Server Error\", \"code\": 0}");

    dispatcher.capture(report());

    assertThat(dispatcher.flush(FLUSH)).isTrue();
    assertThat(statuses()).containsExactly(500, 204);
    assertThat(stats(provider).delivered()).isEqualTo(1);
    assertThat(stats(provider).retried()).isEqualTo(1);
  }

  @Test
  void badRequestIsDroppedWithoutRetry() {
    DiscordProvider provider = start(new DiscordProvider(discord.url()));
    discord.answerNext(400, Map.of(), "{\"message\": \"Invalid Form Body\", \"code\": 50035}");

    dispatcher.capture(report());

    assertThat(dispatcher.flush(FLUSH)).isTrue();
    assertThat(statuses()).containsExactly(400);
    ProviderStats s = stats(provider);
    assertThat(s.dropped()).isEqualTo(1);
    assertThat(s.retried()).isZero();
    assertThat(s.delivered()).isZero();
    assertThat(s.lastFailureMessage()).contains("400").doesNotContain(DiscordWebhookServer.TOKEN);
    assertThat(provider.rejectedCount()).isEqualTo(1);
  }

  @Test
  void deletedWebhookDisablesTheProviderAndSpoolsItsReports() throws Exception {
    DiscordProvider provider = start(new DiscordProvider(discord.url()));
    discord.deleteWebhook();

    for (int i = 0; i < 3; i++) {
      dispatcher.capture(report().toBuilder().fingerprint("fp-" + i).build());
    }

    dispatcher.flush(FLUSH);
    ProviderStats s = stats(provider);
    assertThat(s.disabled()).isTrue();
    assertThat(s.spooled()).isEqualTo(3);
    assertThat(s.delivered()).isZero();
    assertThat(statuses()).containsExactly(404);
    dispatcher.close();
    try (Stream<Path> files = Files.walk(spool)) {
      List<Path> spooled = files.filter(Files::isRegularFile).toList();
      assertThat(spooled).isNotEmpty();
      assertThat(spooled).allSatisfy(p -> assertThat(p.toString()).doesNotContain(DiscordWebhookServer.TOKEN));
      String all = String.join("\n", spooled.stream().map(DiscordDispatchTest::read).toList());
      assertThat(all).contains("6f1c2d3e-0000-4000-8000-123456789abc").doesNotContain(DiscordWebhookServer.TOKEN);
    }
  }

  @Test
  void stormOfOneErrorBecomesOneMessagePlusOneSummary() {
    DiscordProvider provider = start(new DiscordProvider(discord.url()));

    for (int i = 0; i < 40; i++) {
      dispatcher.capture(report());
    }

    assertThat(dispatcher.flush(FLUSH)).isTrue();
    List<JsonNode> messages = discord.delivered();
    assertThat(messages).hasSize(2);
    JsonNode summary = messages.get(1).path("embeds").get(0);
    int repeats = (int) stats(provider).deduplicated();
    assertThat(repeats).isEqualTo(39);
    assertThat(summary.path("title").asText()).endsWith("(×" + repeats + ")");
    assertThat(summary.path("description").asText()).startsWith("**×" + repeats + " in the last 60 s**");
    assertThat(stats(provider).summaries()).isEqualTo(1);
  }

  @Test
  void pacingKeepsABurstOfDistinctErrorsUnderTheWebhookLimits() {
    // Small windows keep the test short; the server enforces exactly the provider's windows.
    discord.enforceRateLimit(3, Duration.ofMillis(400), 5, Duration.ofSeconds(1));
    DiscordProvider provider = start(DiscordProvider.builder(discord.url())
        .burstLimit(3, Duration.ofMillis(400)).sustainedLimit(5, Duration.ofSeconds(1))
        .requestTimeout(Duration.ofSeconds(5)).build());

    for (int i = 0; i < 12; i++) {
      dispatcher.capture(report().toBuilder().fingerprint("distinct-" + i).build());
    }

    assertThat(dispatcher.flush(FLUSH)).isTrue();
    assertThat(discord.tooManyRequests()).isZero();
    assertThat(discord.delivered()).hasSize(12);
    assertThat(stats(provider).delivered()).isEqualTo(12);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
