package io.errorsplus.dispatch;

import java.time.Duration;
import java.util.Objects;

/**
 * How the dispatcher delivers to one provider: queue size, retries, pacing, de-duplication and
 * digests. Immutable; build with {@link #builder()} or adjust the defaults with {@link #toBuilder()}.
 *
 * <pre>{@code
 * DeliveryOptions.builder().deduplicationWindow(Duration.ofMinutes(1)).rateLimit(5, Duration.ofSeconds(2)).build()
 * }</pre>
 */
public final class DeliveryOptions {

  private static final DeliveryOptions DEFAULTS = new Builder().build();

  private final int queueCapacity;
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final int rateLimitPermits;
  private final Duration rateLimitPeriod;
  private final Duration deduplicationWindow;
  private final Duration digestWindow;
  private final int maxDigestSize;

  private DeliveryOptions(Builder b) {
    this.queueCapacity = b.queueCapacity;
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.rateLimitPermits = b.rateLimitPermits;
    this.rateLimitPeriod = b.rateLimitPeriod;
    this.deduplicationWindow = b.deduplicationWindow;
    this.digestWindow = b.digestWindow;
    this.maxDigestSize = b.maxDigestSize;
  }

  /** Queue 1024, 5 attempts, backoff 200 ms to 30 s, no rate limit, no de-duplication, no digest. */
  public static DeliveryOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.queueCapacity = queueCapacity;
    b.maxAttempts = maxAttempts;
    b.initialBackoff = initialBackoff;
    b.maxBackoff = maxBackoff;
    b.rateLimitPermits = rateLimitPermits;
    b.rateLimitPeriod = rateLimitPeriod;
    b.deduplicationWindow = deduplicationWindow;
    b.digestWindow = digestWindow;
    b.maxDigestSize = maxDigestSize;
    return b;
  }

  /** Reports waiting for this provider in memory; more go to the spool. */
  public int queueCapacity() {
    return queueCapacity;
  }

  /** Attempts per report (1 = no retry) before it is spooled. */
  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration initialBackoff() {
    return initialBackoff;
  }

  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** At most this many sends per {@link #rateLimitPeriod()}; 0: no limit. */
  public int rateLimitPermits() {
    return rateLimitPermits;
  }

  public Duration rateLimitPeriod() {
    return rateLimitPeriod;
  }

  /**
   * Zero: every report is sent. Otherwise the first report of a fingerprint is sent at once and
   * repeats within the window are counted and sent as one summary with {@code occurrences}.
   */
  public Duration deduplicationWindow() {
    return deduplicationWindow;
  }

  /** Zero: one send per report. Otherwise reports are collected this long and sent as one batch. */
  public Duration digestWindow() {
    return digestWindow;
  }

  /** The most reports in one digest batch. */
  public int maxDigestSize() {
    return maxDigestSize;
  }

  @Override
  public String toString() {
    return "DeliveryOptions{queueCapacity=" + queueCapacity + ", maxAttempts=" + maxAttempts
        + ", backoff=" + initialBackoff + ".." + maxBackoff
        + ", rateLimit=" + (rateLimitPermits == 0 ? "none" : rateLimitPermits + "/" + rateLimitPeriod)
        + ", deduplicationWindow=" + deduplicationWindow + ", digestWindow=" + digestWindow
        + ", maxDigestSize=" + maxDigestSize + "}";
  }

  /** Builds {@link DeliveryOptions}; every setter validates its value. */
  public static final class Builder {
    private int queueCapacity = 1024;
    private int maxAttempts = 5;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private int rateLimitPermits = 0;
    private Duration rateLimitPeriod = Duration.ofSeconds(1);
    private Duration deduplicationWindow = Duration.ZERO;
    private Duration digestWindow = Duration.ZERO;
    private int maxDigestSize = 100;

    private Builder() {}

    public Builder queueCapacity(int queueCapacity) {
      this.queueCapacity = positive(queueCapacity, "queueCapacity");
      return this;
    }

    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = positive(maxAttempts, "maxAttempts");
      return this;
    }

    /** Backoff doubles from {@code initial} up to {@code max}, with jitter. */
    public Builder backoff(Duration initial, Duration max) {
      this.initialBackoff = nonNegative(initial, "initialBackoff");
      this.maxBackoff = nonNegative(max, "maxBackoff");
      if (max.compareTo(initial) < 0) {
        throw new IllegalArgumentException("maxBackoff " + max + " is less than initialBackoff " + initial);
      }
      return this;
    }

    /** At most {@code permits} sends per {@code period}; {@code 0} turns the limit off. */
    public Builder rateLimit(int permits, Duration period) {
      if (permits < 0) {
        throw new IllegalArgumentException("rate limit permits must be 0 (off) or more, not " + permits);
      }
      Objects.requireNonNull(period, "period is required");
      if (period.isZero() || period.isNegative()) {
        throw new IllegalArgumentException("rate limit period must be positive, not " + period);
      }
      this.rateLimitPermits = permits;
      this.rateLimitPeriod = period;
      return this;
    }

    /** {@link Duration#ZERO} turns de-duplication off. */
    public Builder deduplicationWindow(Duration window) {
      this.deduplicationWindow = nonNegative(window, "deduplicationWindow");
      return this;
    }

    /** {@link Duration#ZERO} turns digests off. */
    public Builder digestWindow(Duration window) {
      this.digestWindow = nonNegative(window, "digestWindow");
      return this;
    }

    public Builder maxDigestSize(int maxDigestSize) {
      this.maxDigestSize = positive(maxDigestSize, "maxDigestSize");
      return this;
    }

    public DeliveryOptions build() {
      return new DeliveryOptions(this);
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, not " + value);
      }
      return value;
    }

    private static Duration nonNegative(Duration value, String name) {
      Objects.requireNonNull(value, name + " is required");
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, not " + value);
      }
      return value;
    }
  }
}
