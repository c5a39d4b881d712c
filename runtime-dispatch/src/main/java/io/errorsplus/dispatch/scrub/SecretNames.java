package io.errorsplus.dispatch.scrub;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides whether a header, query parameter or body key names a secret. Internal; configure
 * through {@link ScrubbingOptions}.
 */
final class SecretNames {

  /** Headers whose value is always a credential, whatever their name looks like. */
  static final Set<String> SECRET_HEADERS = Set.of(
      "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "x-auth-token");

  /** Substrings of a lower-cased name that mark it secret ("api key" spelled every usual way). */
  private static final String[] SECRET_PARTS = {
    "token", "secret", "password", "passwd", "apikey", "api_key", "api-key", "api key",
    "session", "credential"
  };

  private final Set<String> extraHeaders;
  private final Predicate<String> extraKeys;

  SecretNames(Set<String> extraHeaders, Predicate<String> extraKeys) {
    this.extraHeaders = extraHeaders;
    this.extraKeys = extraKeys;
  }

  /** Whether a query parameter or JSON/form body key names a secret. */
  boolean isSecretKey(String name) {
    if (name == null) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (String part : SECRET_PARTS) {
      if (lower.contains(part)) {
        return true;
      }
    }
    return extraKeys != null && extraKeys.test(name);
  }

  /** Whether a header's value must be filtered. */
  boolean isSecretHeader(String name) {
    if (name == null) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return SECRET_HEADERS.contains(lower) || extraHeaders.contains(lower) || isSecretKey(name);
  }
}
