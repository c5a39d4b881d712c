package io.errorsplus.dispatch.provider.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.errorsplus.dispatch.DeliveryException;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.ReportField;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiscordProviderTest {

  private DiscordWebhookServer discord;
  private final List<DiscordProvider> providers = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    discord = new DiscordWebhookServer();
  }

  @AfterEach
  void stop() {
    providers.forEach(DiscordProvider::close);
    discord.close();
  }

  private DiscordProvider track(DiscordProvider provider) {
    providers.add(provider);
    return provider;
  }

  static ErrorReport report() {
    IllegalStateException error = new IllegalStateException("item 7 not found");
    error.setStackTrace(java.util.Arrays.copyOf(error.getStackTrace(), 3)); // a readable, short trace
    return ErrorReport.builder()
        .appName("api-plant-manager")
        .error(error)
        .errorType("ItemNotFoundException")
        .exceptionClass("com.example.ItemNotFoundException")
        .method("GET").endpoint("/items/{id}").fullUrl("http://host/items/7?x=1")
        .statusCode(500).duration(Duration.ofMillis(12))
        .header("User-Agent", "curl/8").header("Accept", "*/*")
        .queryParam("x", "1")
        .requestBody("application/json", "{\"name\":\"a\"}")
        .clientIp("10.0.0.1")
        .timestamp(Instant.parse("2026-11-22T10:15:30.123Z").toEpochMilli())
        .guidError("6f1c2d3e-0000-4000-8000-123456789abc")
        .operationId("getItem")
        .errorCode("ITEM_NOT_FOUND")
        .fingerprint("fp-1")
        .build();
  }

  private static Map<String, JsonNode> fieldsByName(JsonNode embed) {
    Map<String, JsonNode> byName = new java.util.LinkedHashMap<>();
    embed.path("fields").forEach(f -> byName.put(f.path("name").asText(), f));
    return byName;
  }

  @Test
  void normalReportBecomesOneReadableEmbed() throws Exception {
    DiscordProvider provider = track(new DiscordProvider(discord.url()));

    provider.send(report());

    assertThat(discord.received()).hasSize(1);
    DiscordWebhookServer.Received request = discord.received().get(0);
    assertThat(request.status()).isEqualTo(204);
    assertThat(request.contentType()).startsWith("application/json");
    JsonNode body = request.json();
    assertThat(body.path("allowed_mentions").path("parse").isArray()).isTrue();
    assertThat(body.path("allowed_mentions").path("parse")).isEmpty();
    assertThat(body.path("embeds")).hasSize(1);
    JsonNode embed = body.path("embeds").get(0);
    assertThat(embed.path("title").asText()).isEqualTo("500 ItemNotFoundException at GET /items/{id}");
    assertThat(embed.path("color").asInt()).isEqualTo(DiscordMessageWriter.COLOUR_SERVER_ERROR);
    assertThat(embed.path("timestamp").asText()).isEqualTo("2026-11-22T10:15:30.123Z");
    assertThat(embed.path("footer").path("text").asText())
        .isEqualTo("api-plant-manager · guid_error 6f1c2d3e-0000-4000-8000-123456789abc");

    String description = embed.path("description").asText();
    assertThat(description).startsWith("item 7 not found\n```\n");
    assertThat(description).contains("java.lang.IllegalStateException: item 7 not found");
    assertThat(description).contains("at io.errorsplus.dispatch.provider.discord.DiscordProviderTest.report");
    assertThat(description).endsWith("\n```");
    assertThat(description).doesNotContain(DiscordText.TRUNCATION_MARKER);

    Map<String, JsonNode> fields = fieldsByName(embed);
    assertThat(fields.keySet()).containsExactly("full_url", "duration", "client_ip", "user_agent",
        "exception_class", "operation_id", "documented", "error_code", "fingerprint",
        "headers", "query_params", "request_body");
    assertThat(fields.get("full_url").path("value").asText()).isEqualTo("http://host/items/7?x=1");
    assertThat(fields.get("duration").path("value").asText()).isEqualTo("0.012 s");
    assertThat(fields.get("duration").path("inline").asBoolean()).isTrue();
    assertThat(fields.get("client_ip").path("value").asText()).isEqualTo("10.0.0.1");
    assertThat(fields.get("user_agent").path("value").asText()).isEqualTo("curl/8");
    assertThat(fields.get("exception_class").path("value").asText()).isEqualTo("com.example.ItemNotFoundException");
    assertThat(fields.get("operation_id").path("value").asText()).isEqualTo("getItem");
    assertThat(fields.get("error_code").path("value").asText()).isEqualTo("ITEM_NOT_FOUND");
    assertThat(fields.get("headers").path("value").asText())
        .isEqualTo("```json\n{\n  \"User-Agent\": \"curl/8\",\n  \"Accept\": \"*/*\"\n}\n```");
    assertThat(fields.get("headers").path("inline").asBoolean()).isFalse();
    assertThat(fields.get("query_params").path("value").asText()).isEqualTo("```json\n{\n  \"x\": \"1\"\n}\n```");
    assertThat(fields.get("request_body").path("value").asText()).isEqualTo("```json\n{\"name\":\"a\"}\n```");
    assertThat(provider.deliveredCount()).isEqualTo(1);
  }

  @Test
  void templateDecidesWhatIsShownAndColourFollowsStatusClass() throws Exception {
    DiscordProvider provider = track(new DiscordProvider(discord.url(),
        MessageTemplate.all().without(ReportField.TRACEBACK, ReportField.HEADERS, ReportField.GUID_ERROR)
            .withConstant("env", "prod")));

    provider.send(report().toBuilder().statusCode(404).build());
    provider.send(report().toBuilder().statusCode(0).build());

    JsonNode clientError = discord.delivered().get(0).path("embeds").get(0);
    assertThat(clientError.path("color").asInt()).isEqualTo(DiscordMessageWriter.COLOUR_CLIENT_ERROR);
    assertThat(clientError.path("description").asText()).isEqualTo("item 7 not found");
    assertThat(clientError.path("footer").path("text").asText()).isEqualTo("api-plant-manager");
    Map<String, JsonNode> fields = fieldsByName(clientError);
    assertThat(fields).doesNotContainKey("headers").containsKey("query_params");
    assertThat(fields.get("env").path("value").asText()).isEqualTo("prod");
    JsonNode unknownStatus = discord.delivered().get(1).path("embeds").get(0);
    assertThat(unknownStatus.path("color").asInt()).isEqualTo(DiscordMessageWriter.COLOUR_OTHER);
    assertThat(unknownStatus.path("title").asText()).isEqualTo("ItemNotFoundException at GET /items/{id}");
  }

  @Test
  void repeatSummarySaysHowOftenAndOverWhatWindow() throws Exception {
    DiscordProvider provider = track(new DiscordProvider(discord.url()));

    provider.send(report().toBuilder().occurrences(37).build());

    JsonNode embed = discord.delivered().get(0).path("embeds").get(0);
    assertThat(embed.path("title").asText()).isEqualTo("500 ItemNotFoundException at GET /items/{id} (×37)");
    assertThat(embed.path("description").asText()).startsWith("**×37 in the last 60 s**\nitem 7 not found\n");
    assertThat(fieldsByName(embed).get("occurrences").path("value").asText()).isEqualTo("37");
  }

  @Test
  void hugeReportIsCutToDiscordLimitsWithVisibleMarkers() throws Exception {
    StringBuilder trace = new StringBuilder("java.lang.RuntimeException: boom\n");
    while (trace.length() < 100_000) {
      trace.append("\tat com.example.deep.Frame.method").append(trace.length()).append("(Frame.java:42)\n");
    }
    ErrorReport.Builder b = report().toBuilder()
        .traceback(trace.toString())
        .errorDetails("details ".repeat(2000))
        .fullUrl("http://host/items/7?q=" + "x".repeat(3000))
        .endpoint("/very/long/" + "segment/".repeat(100))
        .userAgent("agent ".repeat(500))
        .appName("app-" + "n".repeat(3000))
        .requestBody("application/json", "{\"big\":\"" + "b".repeat(20_000) + "\"}");
    for (int i = 0; i < 50; i++) {
      b.header("X-Header-" + i, "value-" + "v".repeat(100) + "```" + i);
    }
    for (int i = 0; i < 40; i++) {
      b.queryParam("param" + i, "p".repeat(60));
    }
    MessageTemplate template = MessageTemplate.all();
    for (int i = 0; i < 20; i++) {
      template = template.withConstant("constant-" + i + "-" + "c".repeat(300), "value " + "k".repeat(1500));
    }
    DiscordProvider provider = track(DiscordProvider.builder(discord.url()).template(template)
        .content("prod alert " + "z".repeat(3000)).build());

    provider.send(b.build());

    assertThat(discord.received()).hasSize(1);
    assertThat(discord.received().get(0).violations()).isEmpty();
    assertThat(discord.received().get(0).status()).isEqualTo(204);
    JsonNode body = discord.received().get(0).json();
    JsonNode embed = body.path("embeds").get(0);
    assertThat(body.path("content").asText()).hasSize(2000).endsWith(DiscordText.TRUNCATION_MARKER);
    assertThat(embed.path("title").asText()).hasSizeLessThanOrEqualTo(256).endsWith(DiscordText.TRUNCATION_MARKER);
    String description = embed.path("description").asText();
    assertThat(description).startsWith("details details").contains(DiscordText.TRUNCATION_MARKER);
    assertThat(description).contains("java.lang.RuntimeException: boom");
    assertThat(description).endsWith(DiscordText.TRUNCATION_MARKER + "\n```");
    assertThat(description.split("```", -1)).hasSize(3); // one block, opened and closed
    assertThat(embed.path("fields")).hasSize(25);
    Map<String, JsonNode> fields = fieldsByName(embed);
    assertThat(fields.get(DiscordText.TRUNCATION_MARKER).path("value").asText()).endsWith("more fields not shown");
    int total = embed.path("title").asText().length() + description.length()
        + embed.path("footer").path("text").asText().length();
    for (JsonNode f : embed.path("fields")) {
      total += f.path("name").asText().length() + f.path("value").asText().length();
      String value = f.path("value").asText();
      if (value.startsWith("```")) {
        assertThat(value.split("```", -1)).as("balanced fences in %s", f.path("name")).hasSize(3);
      }
    }
    assertThat(total).isLessThanOrEqualTo(6000);
    assertThat(fields.get("full_url").path("value").asText()).endsWith(DiscordText.TRUNCATION_MARKER);
  }

  @Test
  void mentionsNeverPing() throws Exception {
    DiscordProvider provider = track(DiscordProvider.builder(discord.url()).content("@here look").build());

    provider.send(report().toBuilder()
        .errorDetails("hello @everyone and @here, ping <@123> <@!456> <@&789>")
        .endpoint("/users/@everyone")
        .build());

    JsonNode body = discord.delivered().get(0);
    assertThat(body.path("allowed_mentions").path("parse")).isEmpty();
    String all = body.toString();
    JsonNode embed = body.path("embeds").get(0);
    String description = embed.path("description").asText();
    assertThat(description).startsWith("hello @\u200Beveryone and @\u200Bhere, ping <@\u200B123> <@\u200B!456> <@\u200B&789>");
    assertThat(embed.path("title").asText()).contains("/users/@\u200Beveryone");
    assertThat(body.path("content").asText()).isEqualTo("@\u200Bhere look");
    for (String ping : List.of("@everyone", "@here", "<@123>", "<@!456>", "<@&789>")) {
      assertThat(all).doesNotContain(ping);
    }
  }

  @Test
  void waitTrueIsConfirmedWith200AndThreadIdIsPassed() throws Exception {
    DiscordProvider provider = track(DiscordProvider.builder(discord.url())
        .waitForConfirmation(true).threadId("5550001112223334445").username("errors-plus").build());

    provider.send(report());

    DiscordWebhookServer.Received request = discord.received().get(0);
    assertThat(request.status()).isEqualTo(200);
    assertThat(request.query()).isEqualTo("wait=true&thread_id=5550001112223334445");
    assertThat(request.json().path("username").asText()).isEqualTo("errors-plus");
    assertThat(provider.deliveredCount()).isEqualTo(1);
  }

  @Test
  void tooManyRequestsWithRetryAfterHeaderAsksToWaitThatLong() throws Exception {
    // 30 s is far more than half the 2 s request timeout: the provider never sleeps that long itself.
    DiscordProvider provider = track(DiscordProvider.builder(discord.url()).requestTimeout(Duration.ofSeconds(2)).build());
    discord.answerNext(429, Map.of("Retry-After", "30"), "");

    DeliveryException e = catchThrowableOfType(DeliveryException.class, () -> provider.send(report()));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RETRYABLE);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
    assertThat(provider.rateLimitedCount()).isEqualTo(1);
    // The provider itself holds back until then: the next call is paced, not sent.
    DeliveryException paced = catchThrowableOfType(DeliveryException.class, () -> provider.send(report()));
    assertThat(paced.retryAfter()).get().matches(d -> d.compareTo(Duration.ofSeconds(20)) > 0);
    assertThat(discord.received()).hasSize(1);
  }

  @Test
  void tooManyRequestsWithRetryAfterInBodyUsesTheFloatSeconds() throws Exception {
    DiscordProvider provider = track(new DiscordProvider(discord.url()));
    discord.answerNext(429, Map.of(), "{\"message\": \"You are being rate limited.\", \"retry_after\": 0.35, \"global\": true}");

    DeliveryException e = catchThrowableOfType(DeliveryException.class, () -> provider.send(report()));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RETRYABLE);
    assertThat(e.retryAfter()).contains(Duration.ofMillis(350));
    assertThat(e.getMessage()).contains("global");
    // 350 ms is less than half the 10 s request timeout: the next send waits it out and delivers.
    provider.send(report());
    assertThat(discord.received()).extracting(DiscordWebhookServer.Received::status).containsExactly(429, 204);
  }

  @Test
  void serverErrorIsRetryableAndTheNextAttemptDelivers() throws Exception {
    DiscordProvider provider = track(new DiscordProvider(discord.url()));
    discord.answerNext(502, Map.of(), "{\"message\": \"Bad Gateway\"}");

    DeliveryException e = catchThrowableOfType(DeliveryException.class, () -> provider.send(report()));
    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RETRYABLE);
    assertThat(e.retryAfter()).isEmpty();
    provider.send(report());

    assertThat(discord.received()).extracting(DiscordWebhookServer.Received::status).containsExactly(502, 204);
    assertThat(provider.deliveredCount()).isEqualTo(1);
  }

  @Test
  void badRequestIsRejectedAndCounted() throws Exception {
    DiscordProvider provider = track(new DiscordProvider(discord.url()));
    discord.answerNext(400, Map.of(), "{\"message\": \"Invalid Form Body\", \"code\": 50035}");

    DeliveryException e = catchThrowableOfType(DeliveryException.class, () -> provider.send(report()));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.REJECTED);
    assertThat(e.getMessage()).contains("400").contains("Invalid Form Body");
    assertThat(provider.rejectedCount()).isEqualTo(1);
  }

  @Test
  void wrongTokenIsRejected() throws Exception {
    DiscordProvider provider = track(new DiscordProvider(discord.urlWithToken("wrong-token")));

    DeliveryException e = catchThrowableOfType(DeliveryException.class, () -> provider.send(report()));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.REJECTED);
    assertThat(e.getMessage()).contains("401").contains("Invalid Webhook Token");
  }

  @Test
  void deletedWebhookDisablesTheProviderAndSaysSoOnce() throws Exception {
    DiscordProvider provider = track(new DiscordProvider(discord.url()));
    discord.deleteWebhook();
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    DeliveryException first;
    DeliveryException second;
    try {
      first = catchThrowableOfType(DeliveryException.class, () -> provider.send(report()));
      second = catchThrowableOfType(DeliveryException.class, () -> provider.send(report()));
    } finally {
      System.setErr(original);
    }

    assertThat(first.kind()).isEqualTo(DeliveryException.Kind.DISABLED);
    assertThat(first.getMessage()).contains("404").contains("Unknown Webhook");
    assertThat(second.kind()).isEqualTo(DeliveryException.Kind.DISABLED);
    assertThat(captured.toString(StandardCharsets.UTF_8).split("no longer exists", -1)).hasSize(2);
  }

  @Test
  void slowServerTimesOutWithinTheRequestTimeout() throws Exception {
    Duration timeout = Duration.ofMillis(700);
    DiscordProvider provider = track(DiscordProvider.builder(discord.url()).requestTimeout(timeout).build());
    discord.hangNext();

    long started = System.nanoTime();
    DeliveryException e = catchThrowableOfType(DeliveryException.class, () -> provider.send(report()));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RETRYABLE);
    assertThat(e.getMessage()).contains("did not answer within");
    assertThat(took).isLessThan(timeout.plusSeconds(3));
  }

  @Test
  void unreachableWebhookIsRetryable() throws Exception {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0)) {
      freePort = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + freePort + "/api/webhooks/1/" + DiscordWebhookServer.TOKEN;
    DiscordProvider provider = track(DiscordProvider.builder(url).requestTimeout(Duration.ofSeconds(5)).build());

    DeliveryException e = catchThrowableOfType(DeliveryException.class, () -> provider.send(report()));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RETRYABLE);
    assertThat(e.getMessage()).contains("unreachable");
    assertThat(stackTrace(e)).doesNotContain(DiscordWebhookServer.TOKEN);
  }

  @Test
  void emptyRateLimitBucketHoldsTheNextRequestBack() throws Exception {
    DiscordProvider provider = track(DiscordProvider.builder(discord.url()).requestTimeout(Duration.ofSeconds(2)).build());
    discord.answerNext(204, Map.of("X-RateLimit-Limit", "5", "X-RateLimit-Remaining", "0",
        "X-RateLimit-Reset-After", "30.5"), "");

    provider.send(report());
    DeliveryException e = catchThrowableOfType(DeliveryException.class, () -> provider.send(report()));

    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RETRYABLE);
    assertThat(e.retryAfter()).get().matches(d -> d.compareTo(Duration.ofSeconds(20)) > 0
        && d.compareTo(Duration.ofMillis(30_500)) <= 0);
    assertThat(discord.received()).hasSize(1);
  }

  @Test
  void pacingKeepsUnderTheWebhookLimits() throws Exception {
    // Small windows keep the test short; the server enforces exactly the provider's windows.
    discord.enforceRateLimit(3, Duration.ofMillis(400), 5, Duration.ofSeconds(1));
    DiscordProvider provider = track(DiscordProvider.builder(discord.url())
        .burstLimit(3, Duration.ofMillis(400)).sustainedLimit(5, Duration.ofSeconds(1))
        .requestTimeout(Duration.ofSeconds(5)).build());

    for (int i = 0; i < 12; i++) {
      provider.send(report());
    }

    assertThat(discord.tooManyRequests()).isZero();
    assertThat(discord.delivered()).hasSize(12);
    assertThat(provider.deliveredCount()).isEqualTo(12);
  }

  @Test
  void deliveryOptionsAskForPacingAndDeduplication() {
    DiscordProvider provider = track(new DiscordProvider(discord.url()));

    assertThat(provider.deliveryOptions().rateLimitPermits()).isEqualTo(5);
    assertThat(provider.deliveryOptions().rateLimitPeriod()).isEqualTo(Duration.ofSeconds(2));
    assertThat(provider.deliveryOptions().deduplicationWindow()).isEqualTo(Duration.ofSeconds(60));
    assertThat(provider.name()).isEqualTo("discord-" + DiscordWebhookServer.WEBHOOK_ID);
  }

  @Test
  void tokenNeverAppearsInNameToStringExceptionsOrLogs() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    List<Throwable> failures = new ArrayList<>();
    DiscordProvider provider = track(new DiscordProvider(discord.url()));
    DiscordProvider impatient = track(DiscordProvider.builder(discord.url()).requestTimeout(Duration.ofMillis(600)).build());
    DiscordProvider wrongToken = track(new DiscordProvider(discord.urlWithToken(DiscordWebhookServer.TOKEN + "x")));
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      discord.answerNext(400, Map.of(), "{\"message\": \"Invalid Form Body\", \"code\": 50035}");
      discord.answerNext(429, Map.of("Retry-After", "0"), "{\"retry_after\": 0.01, \"global\": false}");
      discord.answerNext(500, Map.of(), "oops");
      for (int i = 0; i < 3; i++) {
        failures.add(catchThrowableOfType(DeliveryException.class, () -> provider.send(report())));
      }
      discord.hangNext();
      failures.add(catchThrowableOfType(DeliveryException.class, () -> impatient.send(report())));
      failures.add(catchThrowableOfType(DeliveryException.class, () -> wrongToken.send(report())));
      discord.deleteWebhook();
      failures.add(catchThrowableOfType(DeliveryException.class, () -> provider.send(report())));
    } finally {
      System.setErr(original);
    }
    String logs = captured.toString(StandardCharsets.UTF_8);

    assertThat(failures).doesNotContainNull().hasSize(6);
    assertThat(failures).extracting(f -> ((DeliveryException) f).kind()).containsExactly(
        DeliveryException.Kind.REJECTED, DeliveryException.Kind.RETRYABLE, DeliveryException.Kind.RETRYABLE,
        DeliveryException.Kind.RETRYABLE, DeliveryException.Kind.REJECTED, DeliveryException.Kind.DISABLED);
    assertThat(logs).contains("rejected").contains("rate-limited").contains("no longer exists")
        .contains("/api/webhooks/" + DiscordWebhookServer.WEBHOOK_ID + "/****");
    assertThat(logs).doesNotContain(DiscordWebhookServer.TOKEN);
    assertThat(provider.toString()).contains("/****").doesNotContain(DiscordWebhookServer.TOKEN);
    assertThat(provider.name()).doesNotContain(DiscordWebhookServer.TOKEN);
    for (Throwable failure : failures) {
      assertThat(stackTrace(failure)).doesNotContain(DiscordWebhookServer.TOKEN);
    }
  }

  @Test
  void rejectionsAreLoggedOncePerMinuteNotOncePerReport() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    DiscordProvider provider = track(DiscordProvider.builder(discord.url()).burstLimit(50, Duration.ofSeconds(1))
        .sustainedLimit(50, Duration.ofSeconds(1)).build());
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      for (int i = 0; i < 5; i++) {
        discord.answerNext(403, Map.of(), "{\"message\": \"Missing Access\", \"code\": 50001}");
        assertThatThrownBy(() -> provider.send(report())).isInstanceOf(DeliveryException.class);
      }
    } finally {
      System.setErr(original);
    }

    assertThat(provider.rejectedCount()).isEqualTo(5);
    assertThat(captured.toString(StandardCharsets.UTF_8).split("Missing Access", -1)).hasSize(2);
  }

  @Test
  void configurationMistakesAreExplained() {
    assertThatThrownBy(() -> new DiscordProvider("http://discord.com/api/webhooks/1/" + DiscordWebhookServer.TOKEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https").hasMessageContaining("loopback")
        .message().doesNotContain(DiscordWebhookServer.TOKEN);
    assertThatThrownBy(() -> new DiscordProvider("https://discord.com/api/hooks/1/" + DiscordWebhookServer.TOKEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/webhooks/<numeric id>/<token>")
        .message().doesNotContain(DiscordWebhookServer.TOKEN);
    assertThatThrownBy(() -> new DiscordProvider("https://discord.com/api/webhooks/1/" + DiscordWebhookServer.TOKEN
        + "?wait=true"))
        .hasMessageContaining("waitForConfirmation")
        .message().doesNotContain(DiscordWebhookServer.TOKEN);
    assertThatThrownBy(() -> new DiscordProvider("https://discord.com/api/webhooks/1/" + DiscordWebhookServer.TOKEN
        + " with space"))
        .isInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain(DiscordWebhookServer.TOKEN);
    assertThatThrownBy(() -> new DiscordProvider(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("webhookUrl is required");
    assertThatThrownBy(() -> DiscordProvider.builder(discord.url()).username("Discord Alerts"))
        .hasMessageContaining("\"discord\"");
    assertThatThrownBy(() -> DiscordProvider.builder(discord.url()).username("x".repeat(81)))
        .hasMessageContaining("1 to 80");
    assertThatThrownBy(() -> DiscordProvider.builder(discord.url()).threadId("general"))
        .hasMessageContaining("numeric id");
    assertThatThrownBy(() -> DiscordProvider.builder(discord.url()).requestTimeout(Duration.ZERO))
        .hasMessageContaining("requestTimeout must be positive");
    assertThatThrownBy(() -> DiscordProvider.builder(discord.url()).avatarUrl("ftp://x/y.png"))
        .hasMessageContaining("http(s)");
    assertThat(new DiscordProvider("https://discord.com/api/v10/webhooks/123/" + DiscordWebhookServer.TOKEN).name())
        .isEqualTo("discord-123");
    assertThat(new DiscordProvider("http://localhost:1/api/webhooks/123/abc").toString())
        .contains("http://localhost:1/api/webhooks/123/****");
  }

  private static String stackTrace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }
}
