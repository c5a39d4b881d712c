package io.errorsplus.dispatch.scrub;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The runtime's one rule for names of secrets: whether a header, query parameter, body key or a
 * provider's configuration property (a Kafka producer's {@code sasl.jaas.config}, say) names a
 * secret. The built-in rule is {@link #isSecretName}; a scrubber adds the names of its
 * {@link ScrubbingOptions}.
 */
public final class SecretNames {

  /** Headers whose value is always a credential, whatever their name looks like. */
  static final Set<String> SECRET_HEADERS = Set.of(
      "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "x-auth-token");

  /** Substrings of a lower-cased name that mark it secret ("api key" spelled every usual way). */
  private static final String[] SECRET_PARTS = {
    "token", "secret", "password", "passwd", "apikey", "api_key", "api-key", "api key",
    "session", "credential", "jaas", "private_key", "privatekey", "private-key"
  };

  private final Set<String> extraHeaders;
  private final Predicate<String> extraKeys;

  SecretNames(Set<String> extraHeaders, Predicate<String> extraKeys) {
    this.extraHeaders = extraHeaders;
    this.extraKeys = extraKeys;
  }

  /**
   * The built-in rule: whether a name (any case) contains one of the secret words (token,
   * secret, password, passwd, api key in its usual spellings, session, credential, jaas, private
   * key) or ends in {@code .key} (a configuration property holding a key, e.g.
   * {@code ssl.keystore.key}).
   */
  public static boolean isSecretName(String name) {
    if (name == null) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (String part : SECRET_PARTS) {
      if (lower.contains(part)) {
        return true;
      }
    }
    return lower.endsWith(".key");
  }

  /** Whether a query parameter or JSON/form body key names a secret. */
  boolean isSecretKey(String name) {
    return isSecretName(name) || (name != null && extraKeys != null && extraKeys.test(name));
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
