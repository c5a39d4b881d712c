package io.errorsplus.dispatch.provider.discord;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A validated Discord webhook URL. The token in its path is a secret that lets anyone post to the
 * channel, so nothing here ever prints it: error messages never echo the URL and
 * {@link #redacted()} masks the token.
 */
final class WebhookUrl {

  private static final String EXAMPLE = "https://discord.com/api/webhooks/<id>/<token>";
  private static final String WHERE =
      " (copy it from Discord: channel settings → Integrations → Webhooks → Copy Webhook URL)";
  private static final Pattern PATH = Pattern.compile("^(.*/webhooks/)(\\d{1,20})/([A-Za-z0-9_.\\-]{1,200})/?$");

  private final String scheme;
  private final String authority;
  private final String pathPrefix;
  private final String id;
  private final String token;

  private WebhookUrl(String scheme, String authority, String pathPrefix, String id, String token) {
    this.scheme = scheme;
    this.authority = authority;
    this.pathPrefix = pathPrefix;
    this.id = id;
    this.token = token;
  }

  /**
   * Parses and checks a webhook URL: https (http only for loopback hosts, which tests use), no
   * user info, query or fragment, a path ending in {@code /webhooks/<id>/<token>}.
   *
   * @throws IllegalArgumentException naming what is wrong, without repeating the secret URL
   */
  static WebhookUrl parse(String url) {
    Objects.requireNonNull(url, "webhookUrl is required");
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      // e.getMessage() would quote the URL, token included; the reason alone is safe.
      throw new IllegalArgumentException("Discord webhook URL is not a valid URI: " + e.getReason()
          + "; expected " + EXAMPLE + WHERE);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException(
          "Discord webhook URL must be an absolute https URL like " + EXAMPLE + WHERE);
    }
    if (scheme.equals("http") && !isLoopback(host)) {
      throw new IllegalArgumentException("Discord webhook URL must use https: the URL carries the webhook's"
          + " secret token (plain http is accepted only for loopback hosts such as 127.0.0.1, for tests)");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("Discord webhook URL must not contain user info (user@host); expected "
          + EXAMPLE);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("Discord webhook URL must not carry a query or fragment; use"
          + " DiscordProvider.builder(url).threadId(…) or .waitForConfirmation(true) instead of ?thread_id= or ?wait=");
    }
    Matcher m = PATH.matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Discord webhook URL path must end in /webhooks/<numeric id>/<token>, like " + EXAMPLE + WHERE);
    }
    return new WebhookUrl(scheme, uri.getRawAuthority(), m.group(1), m.group(2), m.group(3));
  }

  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.equals("[::1]") || h.equals("::1")) {
      return true;
    }
    // An IPv4 literal in 127.0.0.0/8; names are not resolved here (that would be a network call).
    return h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  /** The webhook id: not a secret, and stable, so it names the provider. */
  String id() {
    return id;
  }

  /** The secret part; only to scrub it out of text that might echo it. */
  String token() {
    return token;
  }

  /** The URL with its token masked, for logs and {@code toString()}. */
  String redacted() {
    return scheme + "://" + authority + pathPrefix + id + "/****";
  }

  /** The execute-webhook endpoint, with the query parameters this provider uses. */
  URI executeUri(boolean wait, String threadId) {
    StringBuilder s = new StringBuilder(scheme).append("://").append(authority)
        .append(pathPrefix).append(id).append('/').append(token);
    char sep = '?';
    if (wait) {
      s.append(sep).append("wait=true");
      sep = '&';
    }
    if (threadId != null) {
      s.append(sep).append("thread_id=").append(threadId);
    }
    return URI.create(s.toString());
  }

  /** Text with every occurrence of the token masked. */
  String scrub(String text) {
    return text == null ? null : text.replace(token, "****");
  }

  @Override
  public String toString() {
    return redacted();
  }
}
