package io.errorsplus.dispatch.scrub;

import io.errorsplus.dispatch.ErrorReport;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Applies the scrubbing rules to a report: secret headers, query parameters, URL query and
 * userinfo, request bodies (JSON and form kept and masked, others summarised), the client IP
 * (trusted proxies only), then the user's {@link ScrubRule}s. Thread-safe.
 *
 * <pre>{@code
 * ErrorReport safe = new ReportScrubber(ScrubbingOptions.defaults()).scrub(report);
 * }</pre>
 */
public final class ReportScrubber {

  /** What replaces a secret value. */
  public static final String FILTERED = "[Filtered]";

  /** Bodies larger than this are not parsed (a worker must not spend seconds on one report). */
  private static final int MAX_PARSE_CHARS = 1024 * 1024;

  private final ScrubbingOptions options;
  private final SecretNames names;
  private final ClientIpResolver clientIps;
  private final JsonBodyMasker json;
  private final LooseJsonMasker loose;

  public ReportScrubber(ScrubbingOptions options) {
    this.options = Objects.requireNonNull(options, "options is required");
    this.names = new SecretNames(options.secretHeaders(), options.secretKeys());
    this.clientIps = new ClientIpResolver(options.trustedProxyRanges());
    this.json = new JsonBodyMasker(names);
    this.loose = new LooseJsonMasker(names);
  }

  /** The report with every rule applied; the input is not changed. */
  public ErrorReport scrub(ErrorReport report) {
    ErrorReport.Builder b = report.toBuilder();
    Map<String, String> headers = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : report.headers().entrySet()) {
      headers.put(e.getKey(), names.isSecretHeader(e.getKey()) ? FILTERED : e.getValue());
    }
    b.headers(headers);
    if (report.userAgent() != null && names.isSecretHeader("User-Agent")) {
      b.userAgent(FILTERED);
    }
    Map<String, String> query = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : report.queryParams().entrySet()) {
      query.put(e.getKey(), names.isSecretKey(e.getKey()) ? FILTERED : maskEmbeddedJson(e.getValue()));
    }
    b.queryParams(query);
    b.fullUrl(scrubUrl(report.fullUrl()));
    b.requestBody(report.requestContentType(), scrubBody(report.requestContentType(), report.requestBody()));
    b.clientIp(clientIps.resolve(report.clientIp(), report.headers()));
    ErrorReport scrubbed = b.build();
    for (ScrubRule rule : options.rules()) {
      scrubbed = Objects.requireNonNull(rule.apply(scrubbed), "a ScrubRule returned null");
    }
    return scrubbed;
  }

  /** Masks secret query values and a userinfo password in a URL. */
  String scrubUrl(String url) {
    if (url == null) {
      return null;
    }
    String out = url;
    int scheme = out.indexOf("://");
    if (scheme > 0) {
      int hostStart = scheme + 3;
      int hostEnd = firstOf(out, hostStart, "/?#");
      int at = out.lastIndexOf('@', hostEnd - 1);
      if (at >= hostStart) {
        int colon = out.indexOf(':', hostStart);
        if (colon >= 0 && colon < at) {
          out = out.substring(0, colon + 1) + FILTERED + out.substring(at);
        }
      }
    }
    int q = out.indexOf('?');
    if (q < 0) {
      return out;
    }
    int hash = out.indexOf('#', q);
    String query = hash < 0 ? out.substring(q + 1) : out.substring(q + 1, hash);
    return out.substring(0, q + 1) + scrubPairs(query) + (hash < 0 ? "" : out.substring(hash));
  }

  private static int firstOf(String s, int from, String chars) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  /** {@code a=1&token=x} → {@code a=1&token=[Filtered]}; order and unknown parts kept. */
  private String scrubPairs(String pairs) {
    StringBuilder out = new StringBuilder(pairs.length() + 16);
    int start = 0;
    while (start <= pairs.length()) {
      int amp = pairs.indexOf('&', start);
      int end = amp < 0 ? pairs.length() : amp;
      String pair = pairs.substring(start, end);
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (eq >= 0 && names.isSecretKey(decode(key))) {
        out.append(key).append('=').append(FILTERED);
      } else if (eq >= 0) {
        String value = decode(pair.substring(eq + 1));
        String masked = maskEmbeddedJson(value);
        out.append(masked.equals(value) ? pair : key + "=" + URLEncoder.encode(masked, StandardCharsets.UTF_8));
      } else {
        out.append(pair);
      }
      if (amp < 0) {
        break;
      }
      out.append('&');
      start = amp + 1;
    }
    return out.toString();
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  /**
   * JSON and form bodies are masked then truncated; anything else becomes
   * {@code [<type>, N bytes]} since it cannot be scrubbed reliably.
   */
  String scrubBody(String contentType, String body) {
    if (body == null) {
      return null;
    }
    String type = mediaType(contentType);
    if (type != null && (type.equals("application/json") || type.endsWith("+json"))) {
      if (body.length() > MAX_PARSE_CHARS) {
        return loose.mask(truncate(body, options.maxBodyBytes())); // too big to parse on a worker
      }
      return truncate(maskJson(body), options.maxBodyBytes());
    }
    if (type != null && type.equals("application/x-www-form-urlencoded")) {
      return truncate(scrubPairs(body), options.maxBodyBytes());
    }
    return "[" + (type == null ? "unknown content type" : type) + ", " + utf8Length(body) + " bytes]";
  }

  private static String mediaType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  /**
   * A JSON text masked by {@link JsonBodyMasker}; text that is not one JSON value within the
   * parsing bounds takes the best-effort path ({@link #maskLooseJson}).
   */
  private String maskJson(String text) {
    try {
      return json.mask(text);
    } catch (IOException | RuntimeException notJson) {
      return loose.mask(text);
    }
  }

  /**
   * A form field or query value that holds JSON ({@code data={"password":"x"}}) is masked like a
   * body; any other value is returned as it is.
   */
  private String maskEmbeddedJson(String value) {
    if (value == null || value.length() > MAX_PARSE_CHARS) {
      return value;
    }
    String trimmed = value.strip();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      return maskJson(value);
    }
    return value;
  }

  /** Cuts text to at most {@code maxBytes} UTF-8 bytes, adding a marker that says so. */
  static String truncate(String text, int maxBytes) {
    long total = utf8Length(text);
    if (total <= maxBytes) {
      return text;
    }
    long bytes = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int size = c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : 3;
      if (bytes + size > maxBytes) {
        break;
      }
      bytes += size;
      i += size == 4 ? 2 : 1;
    }
    return text.substring(0, i) + "…[truncated, " + total + " bytes in total]";
  }

  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
