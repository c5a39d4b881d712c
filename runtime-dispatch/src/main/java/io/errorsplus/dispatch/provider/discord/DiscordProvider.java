package io.errorsplus.dispatch.provider.discord;

import io.errorsplus.dispatch.DeliveryException;
import io.errorsplus.dispatch.DeliveryOptions;
import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.delivery.LogThrottle;
import io.errorsplus.dispatch.delivery.NanoClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each error report to a Discord channel through a webhook, as one embed that people can
 * read at a glance: what broke in the title, colour by status class, the stack trace and request
 * data in code blocks, app name and {@code guid_error} in the footer.
 *
 * <pre>{@code
 * ErrorDispatcher.builder()
 *     .appName("api-plant-manager")
 *     .provider(new DiscordProvider(webhookUrl, MessageTemplate.all().without(ReportField.TRACEBACK)))
 *     .build();
 *
 * DiscordProvider.builder(webhookUrl).username("errors-plus").threadId("1234567890").build();
 * }</pre>
 *
 * <p>Every Discord limit (title 256, description 4096, 25 fields, field 256/1024, footer 2048,
 * 6000 in all, content 2000) is met by cutting text with a visible {@code …[truncated]} marker.
 * Mentions never ping: {@code allowed_mentions} is empty and {@code @everyone}, {@code @here} and
 * {@code <@…>} in the text are broken with a zero-width space.
 *
 * <p>Answers: 2xx delivered; 429 retry after the time Discord gives ({@code Retry-After} or
 * {@code retry_after}); 5xx, timeouts and network errors retryable; 404 (webhook deleted)
 * disables the provider; other 4xx reject the report (not retried). The provider paces itself
 * under Discord's per-webhook limits (5 per 2 s, 30 per minute) and asks the dispatcher for
 * de-duplication (60 s) so an error storm becomes one message with its count.
 *
 * <p>The webhook URL's token is a secret: {@link #toString()}, {@link #name()}, log lines and
 * exception messages show the URL with the token masked, never the token.
 */
public final class DiscordProvider implements ErrorProvider {

  private static final Logger LOG = LoggerFactory.getLogger(DiscordProvider.class);

  /** A Discord request that answers with an hours-long pause is capped: retry, don't stall. */
  static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(15);

  private static final int BODY_IN_MESSAGE_MAX = 300;
  private static final AtomicInteger HTTP_THREADS = new AtomicInteger();

  private final WebhookUrl webhook;
  private final URI executeUri;
  private final String name;
  private final MessageTemplate template;
  private final DiscordMessageWriter writer;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final DeliveryOptions deliveryOptions;
  private final WebhookPacer pacer;
  private final ExecutorService httpExecutor;
  private final HttpClient http;
  private final LogThrottle logThrottle = new LogThrottle(Duration.ofMinutes(1), NanoClock.SYSTEM);
  private final AtomicBoolean disabledLogged = new AtomicBoolean();
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();
  private volatile boolean closed;

  /**
   * A provider with every field of the report and the default settings.
   *
   * @param webhookUrl {@code https://discord.com/api/webhooks/<id>/<token>}
   * @throws IllegalArgumentException when the URL is not a Discord webhook URL
   */
  public DiscordProvider(String webhookUrl) {
    this(builder(webhookUrl));
  }

  /**
   * A provider showing the template's fields, with the default settings.
   *
   * <pre>{@code new DiscordProvider(webhookUrl, MessageTemplate.all().without(ReportField.TRACEBACK))}</pre>
   */
  public DiscordProvider(String webhookUrl, MessageTemplate template) {
    this(builder(webhookUrl).template(template));
  }

  private DiscordProvider(DiscordSettings<?> b) {
    this.webhook = b.webhook;
    this.executeUri = webhook.executeUri(b.waitForConfirmation, b.threadId);
    this.name = b.name != null ? b.name : "discord-" + webhook.id();
    this.template = b.template;
    this.connectTimeout = b.connectTimeout;
    this.requestTimeout = b.requestTimeout;
    this.deliveryOptions = b.deliveryOptions != null
        ? b.deliveryOptions
        : DeliveryOptions.defaults().toBuilder()
            .rateLimit(b.burstPermits, b.burstPeriod)
            .deduplicationWindow(b.deduplicationWindow)
            .build();
    this.writer = new DiscordMessageWriter(template, b.username, b.avatarUrl, b.content,
        deliveryOptions.deduplicationWindow());
    this.pacer = new WebhookPacer(b.burstPermits, b.burstPeriod, b.sustainedPermits, b.sustainedPeriod,
        NanoClock.SYSTEM);
    this.httpExecutor = Executors.newCachedThreadPool(daemonThreads(name));
    this.http = HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER) // a redirect would carry the token elsewhere
        .version(HttpClient.Version.HTTP_1_1)
        .executor(httpExecutor)
        .build();
  }

  /**
   * A builder for the optional settings.
   *
   * <pre>{@code
   * DiscordProvider.builder(webhookUrl)
   *     .template(MessageTemplate.all().without(ReportField.HEADERS))
   *     .username("errors-plus").requestTimeout(Duration.ofSeconds(5)).build();
   * }</pre>
   *
   * @throws IllegalArgumentException when the URL is not a Discord webhook URL
   */
  public static Builder builder(String webhookUrl) {
    return new Builder(WebhookUrl.parse(webhookUrl));
  }

  @Override
  public void send(ErrorReport report) throws Exception {
    Objects.requireNonNull(report, "report is required");
    if (closed) {
      throw DeliveryException.retryable(name + " is closed", null);
    }
    long started = System.nanoTime();
    long timeoutNanos = requestTimeout.toNanos();
    long wait = pacer.nanosUntilNextSend();
    if (wait > 0) {
      if (wait > timeoutNanos / 2) {
        // Longer than send() may block: let the dispatcher wait instead of this thread.
        throw DeliveryException.retryAfter(
            "pacing " + name + " under Discord's webhook rate limits", Duration.ofNanos(wait));
      }
      TimeUnit.NANOSECONDS.sleep(wait);
    }
    String payload = writer.write(report);
    long remaining = Math.max(TimeUnit.MILLISECONDS.toNanos(1), timeoutNanos - (System.nanoTime() - started));
    HttpRequest request = HttpRequest.newBuilder(executeUri)
        .timeout(Duration.ofNanos(remaining))
        .header("Content-Type", "application/json")
        .header("User-Agent", "errors-plus-discord/0.1")
        .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
        .build();
    HttpResponse<String> response;
    try {
      response = exchange(request, remaining);
    } finally {
      // Counted when the exchange ends, not when it starts: Discord saw the request no later than
      // that, so spacing from here keeps Discord's own window satisfied whatever the latency.
      pacer.recordSend();
    }
    handle(response);
  }

  /** Sends and waits at most {@code timeoutNanos}, whatever the server does with the body. */
  private HttpResponse<String> exchange(HttpRequest request, long timeoutNanos) throws Exception {
    CompletableFuture<HttpResponse<String>> future =
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    try {
      return future.get(timeoutNanos, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw DeliveryException.retryable(
          "Discord webhook " + webhook.redacted() + " did not answer within " + requestTimeout, null);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)) {
        throw DeliveryException.retryable(
            "Discord webhook " + webhook.redacted() + " did not answer within " + requestTimeout, null);
      }
      throw DeliveryException.retryable("Discord webhook " + webhook.redacted() + " unreachable: "
          + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + webhook.scrub(cause.getMessage())),
          safeCause(cause));
    }
  }

  private void handle(HttpResponse<String> response) throws DeliveryException {
    int status = response.statusCode();
    honourRateLimitHeaders(response);
    if (status >= 200 && status < 300) {
      delivered.incrementAndGet();
      return;
    }
    String body = snippet(response.body());
    if (status == 429) {
      rateLimited.incrementAndGet();
      Duration retryAfter = retryAfter(response);
      boolean global = RateLimitAnswer.parse(response.body()).global()
          || "true".equalsIgnoreCase(response.headers().firstValue("X-RateLimit-Global").orElse(""));
      pacer.pauseFor(retryAfter);
      logThrottle.warn(LOG, "rate-limited", "Discord rate-limited " + name + (global ? " (global limit)" : "")
          + "; retrying after " + retryAfter.toMillis() + " ms");
      throw DeliveryException.retryAfter("Discord answered 429" + (global ? " (global)" : "")
          + ", retry after " + retryAfter.toMillis() + " ms", retryAfter);
    }
    if (status == 404) {
      if (disabledLogged.compareAndSet(false, true)) {
        LOG.error("Discord webhook {} no longer exists (404 {}); {} is disabled and its reports are spooled."
            + " Create a new webhook and configure its URL.", webhook.redacted(), body, name);
      }
      throw DeliveryException.disabled("Discord webhook " + webhook.redacted() + " was deleted (404 " + body + ")");
    }
    if (status == 408 || status >= 500) {
      LOG.debug("Discord answered {} for {}: {}", status, name, body);
      throw DeliveryException.retryable("Discord answered " + status + ": " + body, null);
    }
    // 400 (a payload Discord refuses), 401/403 (bad token, missing access), 3xx, other 4xx:
    // the same report would fail again.
    rejected.incrementAndGet();
    logThrottle.warn(LOG, "rejected", "Discord rejected a report for " + name + " with " + status + ": " + body
        + " (not retried)");
    throw DeliveryException.rejected("Discord answered " + status + ": " + body);
  }

  /** When Discord says the bucket is empty, wait for it to refill before the next request. */
  private void honourRateLimitHeaders(HttpResponse<String> response) {
    String remaining = response.headers().firstValue("X-RateLimit-Remaining").orElse(null);
    if (remaining != null && remaining.strip().equals("0")) {
      OptionalDouble resetAfter = seconds(response.headers().firstValue("X-RateLimit-Reset-After").orElse(null));
      if (resetAfter.isPresent()) {
        pacer.pauseFor(clampSeconds(resetAfter.getAsDouble()));
      }
    }
  }

  /**
   * The longest of the waits Discord gave: the JSON body's {@code retry_after} (float seconds),
   * the {@code Retry-After} header (seconds) and {@code X-RateLimit-Reset-After}; 1 s if none.
   */
  static Duration retryAfter(HttpResponse<String> response) {
    double seconds = RateLimitAnswer.parse(response.body()).retryAfterSeconds();
    seconds = Math.max(seconds, seconds(response.headers().firstValue("Retry-After").orElse(null)).orElse(-1));
    seconds = Math.max(seconds,
        seconds(response.headers().firstValue("X-RateLimit-Reset-After").orElse(null)).orElse(-1));
    return clampSeconds(seconds < 0 ? 1 : seconds);
  }

  private static OptionalDouble seconds(String header) {
    if (header == null) {
      return OptionalDouble.empty();
    }
    try {
      double d = Double.parseDouble(header.strip());
      return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
    } catch (NumberFormatException e) {
      return OptionalDouble.empty(); // an HTTP-date, say; Discord sends seconds
    }
  }

  private static Duration clampSeconds(double seconds) {
    long millis = (long) Math.ceil(Math.max(0, seconds) * 1000);
    return Duration.ofMillis(Math.min(millis, MAX_RETRY_AFTER.toMillis()));
  }

  private String snippet(String body) {
    if (body == null || body.isBlank()) {
      return "(no body)";
    }
    String oneLine = body.strip().replaceAll("\\s+", " ");
    return webhook.scrub(DiscordText.truncate(oneLine, BODY_IN_MESSAGE_MAX));
  }

  /** The cause, unless some message in its chain repeats the token. */
  private Throwable safeCause(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(webhook.token())) {
        return null;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return cause;
  }

  private static ThreadFactory daemonThreads(String name) {
    return runnable -> {
      Thread t = new Thread(runnable, "errors-plus-" + name + "-http-" + HTTP_THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * True: this provider paces itself under Discord's limits (burst, sustained, and every pause
   * Discord asked for), and the dispatcher waits for {@link #nextSendDelay()} instead of applying
   * a rate limit of its own on top.
   */
  @Override
  public boolean pacesItself() {
    return true;
  }

  /** How long until the webhook's limits allow the next message. */
  @Override
  public Duration nextSendDelay() {
    return Duration.ofNanos(pacer.nanosUntilNextSend());
  }

  /** {@code discord-<webhook id>}, unless the builder set another; never contains the token. */
  @Override
  public String name() {
    return name;
  }

  /**
   * Rate limit 5 per 2 s (Discord's per-webhook burst limit) and de-duplication over 60 s, on top of
   * the dispatcher's defaults; the builder changes either.
   */
  @Override
  public DeliveryOptions deliveryOptions() {
    return deliveryOptions;
  }

  /** The fields this provider shows. */
  public MessageTemplate template() {
    return template;
  }

  /** Reports Discord accepted. */
  public long deliveredCount() {
    return delivered.get();
  }

  /** Reports Discord refused for good (400, 401, 403…): not retried. */
  public long rejectedCount() {
    return rejected.get();
  }

  /** 429 answers received; each is retried after the wait Discord asked for. */
  public long rateLimitedCount() {
    return rateLimited.get();
  }

  @Override
  public void close() {
    closed = true;
    httpExecutor.shutdownNow();
  }

  @Override
  public String toString() {
    return "DiscordProvider{name=" + name + ", webhook=" + webhook.redacted() + ", template=" + template
        + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + "}";
  }

  /** Optional settings of a {@link DiscordProvider}; the setters and their validation live in {@code DiscordSettings}. */
  public static final class Builder extends DiscordSettings<Builder> {

    private Builder(WebhookUrl webhook) {
      super(webhook);
    }

    @Override
    Builder self() {
      return this;
    }

    public DiscordProvider build() {
      return new DiscordProvider(this);
    }
  }
}
