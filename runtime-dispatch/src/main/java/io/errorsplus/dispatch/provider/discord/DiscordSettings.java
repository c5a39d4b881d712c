package io.errorsplus.dispatch.provider.discord;

import io.errorsplus.dispatch.DeliveryOptions;
import io.errorsplus.dispatch.MessageTemplate;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The settings of a {@link DiscordProvider.Builder}; every setter validates its value and says
 * what Discord accepts instead.
 *
 * @param <B> the builder type the setters return
 */
abstract class DiscordSettings<B extends DiscordSettings<B>> {

  final WebhookUrl webhook;
  MessageTemplate template = MessageTemplate.all();
  String username;
  String avatarUrl;
  String content;
  Duration connectTimeout = Duration.ofSeconds(5);
  Duration requestTimeout = Duration.ofSeconds(10);
  boolean waitForConfirmation;
  String threadId;
  String name;
  int burstPermits = 5;
  Duration burstPeriod = Duration.ofSeconds(2);
  int sustainedPermits = 30;
  Duration sustainedPeriod = Duration.ofMinutes(1);
  Duration deduplicationWindow = Duration.ofSeconds(60);
  DeliveryOptions deliveryOptions;

  DiscordSettings(WebhookUrl webhook) {
    this.webhook = webhook;
  }

  /** Which fields the message shows; default {@link MessageTemplate#all()}. */
  public B template(MessageTemplate template) {
    this.template = Objects.requireNonNull(template, "template is required");
    return self();
  }

  /** The name the message is posted under, instead of the webhook's own (1–80 characters). */
  public B username(String username) {
    Objects.requireNonNull(username, "username is required");
    String u = username.strip();
    if (u.isEmpty() || u.length() > 80) {
      throw new IllegalArgumentException("Discord webhook username must be 1 to 80 characters, not " + u.length());
    }
    String lower = u.toLowerCase(Locale.ROOT);
    if (lower.contains("discord") || lower.contains("clyde")) {
      throw new IllegalArgumentException("Discord refuses webhook usernames containing \"discord\" or \"clyde\";"
          + " choose another username than '" + u + "'");
    }
    this.username = u;
    return self();
  }

  /** An http(s) URL of the avatar image to post with. */
  public B avatarUrl(String avatarUrl) {
    Objects.requireNonNull(avatarUrl, "avatarUrl is required");
    try {
      URI uri = new URI(avatarUrl);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
        throw new IllegalArgumentException("avatarUrl must be an absolute http(s) URL of an image, not '"
            + avatarUrl + "'");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("avatarUrl is not a valid URL: " + e.getMessage());
    }
    this.avatarUrl = avatarUrl;
    return self();
  }

  /**
   * Plain text shown above the embed (and in notifications), e.g. {@code "prod"}; cut to 2000
   * characters. Mentions in it never ping.
   */
  public B content(String content) {
    Objects.requireNonNull(content, "content is required");
    if (content.isBlank()) {
      throw new IllegalArgumentException("content must not be blank; leave it unset for no text");
    }
    this.content = content;
    return self();
  }

  /** How long to wait for the TCP/TLS connection; default 5 s. */
  public B connectTimeout(Duration connectTimeout) {
    this.connectTimeout = positive(connectTimeout, "connectTimeout");
    return self();
  }

  /** The most one {@link DiscordProvider#send} blocks, from call to answer; default 10 s. */
  public B requestTimeout(Duration requestTimeout) {
    this.requestTimeout = positive(requestTimeout, "requestTimeout");
    return self();
  }

  /** Adds {@code ?wait=true}: Discord answers 200 once the message is saved, not 204 at once. */
  public B waitForConfirmation(boolean wait) {
    this.waitForConfirmation = wait;
    return self();
  }

  /** Posts into this thread of the webhook's channel ({@code ?thread_id=}). */
  public B threadId(String threadId) {
    Objects.requireNonNull(threadId, "threadId is required");
    if (!threadId.matches("\\d{1,20}")) {
      throw new IllegalArgumentException("threadId must be the thread's numeric id (a snowflake like"
          + " 1234567890123456789), not '" + threadId + "'");
    }
    this.threadId = threadId;
    return self();
  }

  /** The provider's name (worker thread, stats, spool folder); default {@code discord-<webhook id>}. */
  public B name(String name) {
    Objects.requireNonNull(name, "name is required");
    if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException("name must be 1 to 64 letters, digits, '.', '_' or '-' (it names a"
          + " spool folder), not '" + name + "'");
    }
    this.name = name;
    return self();
  }

  /**
   * Short-term pacing inside the provider (the dispatcher waits for it, see
   * {@link DiscordProvider#pacesItself()}; the delivery options report it as their rate limit);
   * default 5 per 2 s, Discord's per-webhook burst limit.
   */
  public B burstLimit(int permits, Duration period) {
    this.burstPermits = atLeastOne(permits, "burst permits");
    this.burstPeriod = positive(period, "burst period");
    return self();
  }

  /** Long-term pacing inside the provider; default 30 per minute, Discord's per-webhook limit. */
  public B sustainedLimit(int permits, Duration period) {
    this.sustainedPermits = atLeastOne(permits, "sustained permits");
    this.sustainedPeriod = positive(period, "sustained period");
    return self();
  }

  /**
   * Repeats of one error within this window become one message "×N in the last 60 s";
   * default 60 s, {@link Duration#ZERO} sends every report.
   */
  public B deduplicationWindow(Duration window) {
    Objects.requireNonNull(window, "deduplicationWindow is required");
    if (window.isNegative()) {
      throw new IllegalArgumentException("deduplicationWindow must not be negative, not " + window);
    }
    this.deduplicationWindow = window;
    return self();
  }

  /**
   * Replaces the delivery options derived from {@code burstLimit} and {@code deduplicationWindow}
   * (queue size, retries…). Keep a rate limit: Discord allows 5 requests per 2 s per webhook.
   */
  public B deliveryOptions(DeliveryOptions options) {
    this.deliveryOptions = Objects.requireNonNull(options, "deliveryOptions is required");
    return self();
  }

  abstract B self();

  private static Duration positive(Duration d, String what) {
    Objects.requireNonNull(d, what + " is required");
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(what + " must be positive, not " + d);
    }
    return d;
  }

  private static int atLeastOne(int n, String what) {
    if (n < 1) {
      throw new IllegalArgumentException(what + " must be at least 1, not " + n);
    }
    return n;
  }
}
