package io.errorsplus.dispatch.scrub;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How reports are scrubbed before they leave the process. The built-in rules are always on; these
 * options extend them. Immutable.
 *
 * <pre>{@code
 * ScrubbingOptions.builder()
 *     .maxBodyBytes(4096)
 *     .trustedProxies("10.0.0.0/8", "::1")
 *     .secretHeader("X-Tenant-Signature")
 *     .secretKey(name -> name.equalsIgnoreCase("iban"))
 *     .rule(report -> report.toBuilder().clientIp(null).build())
 *     .build();
 * }</pre>
 */
public final class ScrubbingOptions {

  private static final ScrubbingOptions DEFAULTS = builder().build();

  private final int maxBodyBytes;
  private final List<IpRange> trustedProxies;
  private final Set<String> secretHeaders;
  private final Predicate<String> secretKeys;
  private final List<ScrubRule> rules;

  private ScrubbingOptions(Builder b) {
    this.maxBodyBytes = b.maxBodyBytes;
    this.trustedProxies = List.copyOf(b.trustedProxies);
    this.secretHeaders = Set.copyOf(b.secretHeaders);
    this.secretKeys = b.secretKeys;
    this.rules = List.copyOf(b.rules);
  }

  /** Body limit 8 KiB, no trusted proxies, no extra secrets, no user rules. */
  public static ScrubbingOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Request bodies longer than this many UTF-8 bytes are truncated, with a visible marker. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** The trusted proxies, as given. */
  public List<String> trustedProxies() {
    return trustedProxies.stream().map(IpRange::toString).toList();
  }

  List<IpRange> trustedProxyRanges() {
    return trustedProxies;
  }

  /** Extra header names (lower case) whose values are always filtered. */
  public Set<String> secretHeaders() {
    return secretHeaders;
  }

  /** The extra secret-key test, or null. */
  public Predicate<String> secretKeys() {
    return secretKeys;
  }

  public List<ScrubRule> rules() {
    return rules;
  }

  /** Builds {@link ScrubbingOptions}; setters validate. */
  public static final class Builder {
    private int maxBodyBytes = 8 * 1024;
    private final List<IpRange> trustedProxies = new ArrayList<>();
    private final Set<String> secretHeaders = new LinkedHashSet<>();
    private Predicate<String> secretKeys;
    private final List<ScrubRule> rules = new ArrayList<>();

    private Builder() {}

    /** Body size limit in UTF-8 bytes; default 8192. */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 0) {
        throw new IllegalArgumentException("maxBodyBytes must be 0 or more, not " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * Proxies whose {@code Forwarded}/{@code X-Forwarded-For} headers are believed: IP literals or
     * CIDR blocks ({@code 10.0.0.0/8}). Without any, the direct peer is the client.
     */
    public Builder trustedProxies(String... ipsOrCidrs) {
      for (String s : Objects.requireNonNull(ipsOrCidrs, "trustedProxies is required")) {
        trustedProxies.add(IpRange.parse(s));
      }
      return this;
    }

    /** A header whose value is always filtered, in addition to the built-in ones. */
    public Builder secretHeader(String headerName) {
      Objects.requireNonNull(headerName, "headerName is required");
      if (headerName.isBlank()) {
        throw new IllegalArgumentException("secret header name must not be blank");
      }
      secretHeaders.add(headerName.toLowerCase(Locale.ROOT));
      return this;
    }

    /**
     * An extra test for secret names, applied to headers, query parameters, form and JSON body keys
     * and the query of {@code full_url}; combined (or) with earlier ones and the built-in names.
     */
    public Builder secretKey(Predicate<String> isSecret) {
      Objects.requireNonNull(isSecret, "isSecret is required");
      secretKeys = secretKeys == null ? isSecret : secretKeys.or(isSecret);
      return this;
    }

    /** A rule run after the built-in ones, in the order added. */
    public Builder rule(ScrubRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule is required"));
      return this;
    }

    public ScrubbingOptions build() {
      return new ScrubbingOptions(this);
    }
  }
}
