package io.errorsplus.dispatch.provider.discord;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP server that follows Discord's execute-webhook contract: it checks every limit of
 * the body and answers 400 with a Discord-like error when one is broken, 204 (or 200 and the
 * message with {@code ?wait=true}) otherwise, 404 once the webhook is deleted, 401 for a wrong
 * token, and 429 when a configured rate limit is exceeded. Tests script extra answers (429s, 500s,
 * slow answers) ahead of the normal ones.
 */
final class DiscordWebhookServer implements AutoCloseable {

  static final String WEBHOOK_ID = "112233445566778899";
  static final String TOKEN = "Tok3n-SECRET_9f8e7d6c5b4a39281706abcdefXYZ";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** One request as the server saw it. */
  record Received(String path, String query, String contentType, String body, JsonNode json,
      List<String> violations, int status, long arrivedNanos) {}

  /** An answer to give instead of the normal one; {@code slow} holds it until the server closes. */
  record Scripted(int status, Map<String, String> headers, String body, boolean slow) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "discord-test-server");
    t.setDaemon(true);
    return t;
  });
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Scripted> script = new ConcurrentLinkedQueue<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final AtomicLong tooManyRequests = new AtomicLong();
  private final ArrayDeque<Long> burstLog = new ArrayDeque<>();
  private final ArrayDeque<Long> sustainedLog = new ArrayDeque<>();
  private volatile boolean deleted;
  private volatile int burstPermits;
  private volatile long burstPeriodNanos;
  private volatile int sustainedPermits;
  private volatile long sustainedPeriodNanos;

  DiscordWebhookServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/api/webhooks/", this::handle);
    server.start();
  }

  /** The webhook URL, token included. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/webhooks/" + WEBHOOK_ID + "/" + TOKEN;
  }

  String urlWithToken(String token) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/webhooks/" + WEBHOOK_ID + "/" + token;
  }

  List<Received> received() {
    return received;
  }

  /** Bodies of the messages Discord would have posted. */
  List<JsonNode> delivered() {
    return received.stream().filter(r -> r.status() / 100 == 2).map(Received::json).toList();
  }

  long tooManyRequests() {
    return tooManyRequests.get();
  }

  void answerNext(int status, Map<String, String> headers, String body) {
    script.add(new Scripted(status, headers, body, false));
  }

  /** The next request gets no answer until the server closes. */
  void hangNext() {
    script.add(new Scripted(204, Map.of(), "", true));
  }

  /** From now on the webhook is gone: 404 Unknown Webhook. */
  void deleteWebhook() {
    deleted = true;
  }

  /** Answers 429 when a request would exceed either window, like Discord's per-webhook limits. */
  void enforceRateLimit(int burst, Duration burstPeriod, int sustained, Duration sustainedPeriod) {
    this.burstPermits = burst;
    this.burstPeriodNanos = burstPeriod.toNanos();
    this.sustainedPermits = sustained;
    this.sustainedPeriodNanos = sustainedPeriod.toNanos();
  }

  private void handle(HttpExchange exchange) throws IOException {
    long arrived = System.nanoTime();
    try (exchange) {
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String path = exchange.getRequestURI().getPath();
      String query = exchange.getRequestURI().getRawQuery();
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      if (!path.equals("/api/webhooks/" + WEBHOOK_ID + "/" + TOKEN)) {
        record(exchange, arrived, path, query, contentType, body, null, List.of(), 401,
            "{\"message\": \"Invalid Webhook Token\", \"code\": 50027}", Map.of());
        return;
      }
      if (deleted) {
        record(exchange, arrived, path, query, contentType, body, null, List.of(), 404,
            "{\"message\": \"Unknown Webhook\", \"code\": 10015}", Map.of());
        return;
      }
      if (!"POST".equals(exchange.getRequestMethod())) {
        record(exchange, arrived, path, query, contentType, body, null, List.of(), 405,
            "{\"message\": \"405: Method Not Allowed\", \"code\": 0}", Map.of());
        return;
      }
      if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
        record(exchange, arrived, path, query, contentType, body, null, List.of("content type"), 400,
            "{\"message\": \"Cannot send an empty message\", \"code\": 50006}", Map.of());
        return;
      }
      JsonNode json;
      try {
        json = JSON.readTree(body);
      } catch (IOException e) {
        record(exchange, arrived, path, query, contentType, body, null, List.of("invalid JSON: " + e.getMessage()), 400,
            "{\"message\": \"The request body contains invalid JSON.\", \"code\": 50109}", Map.of());
        return;
      }
      List<String> violations = DiscordPayloadRules.violations(json);
      if (!violations.isEmpty()) {
        ObjectNode error = JSON.createObjectNode().put("message", "Invalid Form Body").put("code", 50035);
        error.putPOJO("errors", violations);
        record(exchange, arrived, path, query, contentType, body, json, violations, 400, JSON.writeValueAsString(error),
            Map.of());
        return;
      }
      Scripted scripted = script.poll();
      if (scripted != null) {
        if (scripted.slow()) {
          awaitClosing();
        }
        record(exchange, arrived, path, query, contentType, body, json, violations, scripted.status(), scripted.body(),
            scripted.headers());
        return;
      }
      Double retryAfter = overRateLimit();
      if (retryAfter != null) {
        tooManyRequests.incrementAndGet();
        record(exchange, arrived, path, query, contentType, body, json, violations, 429,
            "{\"message\": \"You are being rate limited.\", \"retry_after\": " + retryAfter + ", \"global\": false}",
            Map.of("Retry-After", String.valueOf((long) Math.ceil(retryAfter))));
        return;
      }
      if (query != null && query.contains("wait=true")) {
        ObjectNode message = JSON.createObjectNode().put("id", "998877665544332211")
            .put("channel_id", "1").put("webhook_id", WEBHOOK_ID);
        message.set("embeds", json.path("embeds"));
        record(exchange, arrived, path, query, contentType, body, json, violations, 200, JSON.writeValueAsString(message),
            Map.of());
      } else {
        record(exchange, arrived, path, query, contentType, body, json, violations, 204, null, Map.of());
      }
    }
  }

  private synchronized Double overRateLimit() {
    if (burstPermits == 0) {
      return null;
    }
    long now = System.nanoTime();
    Long waitBurst = full(burstLog, burstPermits, burstPeriodNanos, now);
    Long waitSustained = full(sustainedLog, sustainedPermits, sustainedPeriodNanos, now);
    if (waitBurst != null || waitSustained != null) {
      long wait = Math.max(waitBurst == null ? 0 : waitBurst, waitSustained == null ? 0 : waitSustained);
      return Math.max(0.001, wait / 1e9);
    }
    burstLog.addLast(now);
    sustainedLog.addLast(now);
    return null;
  }

  private static Long full(ArrayDeque<Long> log, int permits, long periodNanos, long now) {
    while (!log.isEmpty() && now - log.peekFirst() >= periodNanos) {
      log.pollFirst();
    }
    return log.size() < permits ? null : log.peekFirst() + periodNanos - now;
  }

  private void record(HttpExchange exchange, long arrived, String path, String query, String contentType, String body,
      JsonNode json, List<String> violations, int status, String answer, Map<String, String> headers)
      throws IOException {
    received.add(new Received(path, query, contentType, body, json, violations, status, arrived));
    headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    if (answer == null || answer.isEmpty()) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private void awaitClosing() {
    try {
      closing.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
