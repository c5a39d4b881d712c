package io.errorsplus.dispatch;

import io.errorsplus.dispatch.delivery.CapturedReport;
import io.errorsplus.dispatch.delivery.LogThrottle;
import io.errorsplus.dispatch.delivery.NanoClock;
import io.errorsplus.dispatch.delivery.OverflowSpooler;
import io.errorsplus.dispatch.delivery.ProviderChannel;
import io.errorsplus.dispatch.provider.logging.LoggingProvider;
import io.errorsplus.dispatch.scrub.ReportScrubber;
import io.errorsplus.dispatch.scrub.ScrubbingOptions;
import io.errorsplus.dispatch.spool.ReportSpool;
import io.errorsplus.dispatch.spool.SpoolFolders;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures error reports on request threads and delivers them, scrubbed, to every provider:
 * asynchronously, bounded, retried, and spooled to disk rather than lost.
 *
 * <pre>{@code
 * try (ErrorDispatcher dispatcher = ErrorDispatcher.builder()
 *     .appName("api-plant-manager")
 *     .provider(new LoggingProvider())
 *     .spoolDirectory(Path.of("/var/spool/errors-plus"))
 *     .build()) {
 *   dispatcher.capture(ErrorReport.builder().error(e).method("GET").endpoint("/items/{id}").statusCode(500).build());
 * }
 * }</pre>
 *
 * <p>{@link #capture} never waits for a provider and never throws; with the default
 * {@link Builder#neverBlock(boolean) neverBlock(false)} it writes one spool record itself when
 * reports arrive faster than the spool thread can write them (back-pressure instead of loss).
 * Each provider has its own bounded queue and
 * daemon worker thread ({@code errors-plus-<name>}), so a slow provider never delays another.
 * Reports that cannot be delivered (retries exhausted, queue full, provider disabled, shutdown)
 * go to a size-capped spool folder per provider and are replayed, oldest first, when the provider
 * works again or a dispatcher with the same spool folder starts.
 */
public final class ErrorDispatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorDispatcher.class);
  /** Reports on their way to a spool because their queue was full (all providers together). */
  private static final int OVERFLOW_CAPACITY = 4096;

  private final String appName;
  private final ReportScrubber scrubber;
  private final ScrubbingOptions scrubbing;
  private final List<ProviderChannel> channels;
  private final List<ReportSpool> spools;
  private final OverflowSpooler overflow;
  private final Duration closeTimeout;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicLong nullReports = new AtomicLong();
  private final AtomicLong reentrant = new AtomicLong();
  private final AtomicLong captureFailures = new AtomicLong();
  private final LogThrottle logLimit = new LogThrottle();
  private volatile Thread shutdownHook;

  private ErrorDispatcher(Builder b) {
    this.appName = b.appName;
    this.scrubber = new ReportScrubber(b.scrubbing);
    this.scrubbing = b.scrubbing;
    this.closeTimeout = b.closeTimeout;
    List<Builder.Registration> regs = new ArrayList<>(b.providers);
    if (regs.isEmpty()) {
      regs.add(new Builder.Registration(new LoggingProvider(), null));
    }
    List<String> names = new ArrayList<>();
    List<DeliveryOptions> options = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Builder.Registration reg : regs) {
      String name = safeName(reg.provider());
      if (!seen.add(name)) {
        throw new IllegalArgumentException("two providers are named '" + name + "'; stats and spool folders are"
            + " kept per name(), so override name() to tell them apart");
      }
      names.add(name);
      options.add(reg.options() != null ? reg.options() : safeOptions(reg.provider(), name));
    }
    List<ReportSpool> opened = b.spoolMaxBytes > 0
        ? SpoolFolders.open(b.spoolDirectory, appName, names, b.spoolMaxBytes)
        : List.of();
    this.overflow = new OverflowSpooler(OVERFLOW_CAPACITY);
    List<ProviderChannel> chans = new ArrayList<>();
    for (int i = 0; i < regs.size(); i++) {
      chans.add(new ProviderChannel(regs.get(i).provider(), names.get(i), options.get(i),
          opened.isEmpty() ? null : opened.get(i), overflow, b.neverBlock, NanoClock.SYSTEM));
    }
    this.channels = List.copyOf(chans);
    this.spools = List.copyOf(opened);
    overflow.start();
    channels.forEach(ProviderChannel::start);
    if (b.shutdownHook) {
      Thread hook = new Thread(this::closeFromHook, "errors-plus-shutdown-" + appName);
      Runtime.getRuntime().addShutdownHook(hook);
      shutdownHook = hook;
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Hands a report to every provider. Sets {@code app_name}, {@code timestamp} and
   * {@code guid_error} when the report has none; scrubbing and the fingerprint are computed off
   * the calling thread, before the report reaches any provider or the disk. Never waits for a
   * provider and never throws: a null report, a capture from a delivery thread and any internal
   * failure are counted in {@link #stats()}. It is not strictly non-blocking by default: when a
   * provider's queue and the spool thread's hand-off are both full (reports arrive faster than
   * the spool can take them), the calling thread writes that report's spool record itself, a
   * disk write; with {@link Builder#neverBlock(boolean) neverBlock(true)} it drops the report
   * instead (counted) and never touches the disk.
   *
   * <pre>{@code
   * dispatcher.capture(ErrorReport.builder().error(e).method("GET").endpoint("/items/{id}").statusCode(500).build());
   * }</pre>
   */
  public void capture(ErrorReport report) {
    try {
      if (report == null) {
        nullReports.incrementAndGet();
        if (logLimit.allow("null")) {
          LOG.warn("errors-plus: capture(null) ignored");
        }
        return;
      }
      if (ProviderChannel.isWorkerThread()) {
        // A provider's own failure (or a log appender that captures) must not feed itself.
        reentrant.incrementAndGet();
        return;
      }
      CapturedReport captured = new CapturedReport(report, scrubber, appName);
      for (int i = 0, n = channels.size(); i < n; i++) {
        channels.get(i).offer(captured);
      }
    } catch (Throwable t) {
      captureFailures.incrementAndGet();
      try {
        if (logLimit.allow("capture")) {
          LOG.error("errors-plus: capture failed internally; the report may be lost (counted): {}", t.toString());
        }
      } catch (Throwable ignored) {
        // never into the caller
      }
    }
  }

  /**
   * Delivers (or spools) everything queued now, including open digests and repeat summaries.
   *
   * @return true when every provider drained within the timeout
   */
  public boolean flush(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout is required");
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean drained = true;
    try {
      for (ProviderChannel c : channels) {
        drained &= c.flush(deadline);
      }
      drained &= overflow.awaitEmpty(deadline);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    return drained;
  }

  /**
   * What the scrubber applies; integrations read {@link ScrubbingOptions#maxBodyBytes()} to keep
   * no more of a request body than a report can carry.
   */
  public ScrubbingOptions scrubbing() {
    return scrubbing;
  }

  /** Counters per provider and of refused captures. */
  public DispatcherStats stats() {
    List<ProviderStats> list = new ArrayList<>(channels.size());
    for (ProviderChannel c : channels) {
      list.add(c.stats());
    }
    return new DispatcherStats(list, nullReports.get(), reentrant.get(), captureFailures.get());
  }

  /** The names of the providers, in the order they were added. */
  public List<String> providerNames() {
    return channels.stream().map(ProviderChannel::name).toList();
  }

  /**
   * Drains every provider within the close timeout, spools what is left (a hung provider is
   * abandoned at the deadline), closes the providers and the spool. Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    Thread hook = shutdownHook;
    shutdownHook = null;
    if (hook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is running its hooks (maybe this one): nothing to remove
      }
    }
    // Delivery may use 80% of the timeout; the rest is kept for spooling what is left.
    long deadline = System.nanoTime() + closeTimeout.toNanos() * 4 / 5;
    channels.forEach(ProviderChannel::beginStop);
    boolean interrupted = false;
    for (ProviderChannel c : channels) {
      try {
        c.awaitStop(deadline);
      } catch (InterruptedException e) {
        interrupted = true;
        deadline = System.nanoTime(); // abandon the rest now, spooling their reports
      }
    }
    try {
      overflow.stop(deadline);
    } catch (InterruptedException e) {
      interrupted = true;
    }
    spools.forEach(ReportSpool::close);
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    LOG.debug("errors-plus: dispatcher '{}' closed: {}", appName, stats());
  }

  /** The registered JVM shutdown hook, or null (none, or removed by close()). */
  Thread shutdownHook() {
    return shutdownHook;
  }

  private void closeFromHook() {
    try {
      close();
    } catch (Throwable t) {
      // a shutdown hook has nobody to report to but the log
      LOG.warn("errors-plus: closing on shutdown failed: {}", t.toString());
    }
  }

  private static String safeName(ErrorProvider provider) {
    String name = null;
    try {
      name = provider.name();
    } catch (RuntimeException e) {
      LOG.warn("errors-plus: {}.name() failed ({}); using the class name", provider.getClass().getName(), e.toString());
    }
    if (name == null || name.isBlank()) {
      name = provider.getClass().getSimpleName();
      if (name.isBlank()) {
        name = "provider";
      }
    }
    return name;
  }

  private static DeliveryOptions safeOptions(ErrorProvider provider, String name) {
    try {
      DeliveryOptions o = provider.deliveryOptions();
      if (o != null) {
        return o;
      }
      LOG.warn("errors-plus: '{}'.deliveryOptions() returned null; using the defaults", name);
    } catch (RuntimeException e) {
      LOG.warn("errors-plus: '{}'.deliveryOptions() failed ({}); using the defaults", name, e.toString());
    }
    return DeliveryOptions.defaults();
  }

  /** Configures an {@link ErrorDispatcher}; every setter validates its value. */
  public static final class Builder {

    record Registration(ErrorProvider provider, DeliveryOptions options) {}

    private String appName = "app";
    private final List<Registration> providers = new ArrayList<>();
    private Path spoolDirectory;
    private long spoolMaxBytes = 64L * 1024 * 1024;
    private ScrubbingOptions scrubbing = ScrubbingOptions.defaults();
    private Duration closeTimeout = Duration.ofSeconds(5);
    private boolean shutdownHook = true;
    private boolean neverBlock;

    private Builder() {}

    /** {@code app_name} of every report (unless a report sets its own); default {@code app}. */
    public Builder appName(String appName) {
      Objects.requireNonNull(appName, "appName is required");
      if (appName.isBlank()) {
        throw new IllegalArgumentException("appName must not be blank");
      }
      this.appName = appName;
      return this;
    }

    /** Adds a provider, delivered to with its own {@link ErrorProvider#deliveryOptions()}. */
    public Builder provider(ErrorProvider provider) {
      providers.add(new Registration(Objects.requireNonNull(provider, "provider is required"), null));
      return this;
    }

    /** Adds a provider with delivery options that override its own. */
    public Builder provider(ErrorProvider provider, DeliveryOptions options) {
      providers.add(new Registration(Objects.requireNonNull(provider, "provider is required"),
          Objects.requireNonNull(options, "options is required")));
      return this;
    }

    /**
     * The spool folder; each provider gets a sub-folder named after it. Default:
     * {@code <java.io.tmpdir>/errors-plus-spool/<appName>}. Only one open dispatcher may use a folder.
     */
    public Builder spoolDirectory(Path spoolDirectory) {
      this.spoolDirectory = Objects.requireNonNull(spoolDirectory, "spoolDirectory is required");
      return this;
    }

    /**
     * The most bytes each provider's spool holds (default 64 MiB); reports beyond are dropped and
     * counted. {@code 0} turns spooling off: what cannot be delivered is dropped (counted).
     */
    public Builder spoolMaxBytes(long maxBytes) {
      if (maxBytes < 0) {
        throw new IllegalArgumentException("spoolMaxBytes must be 0 (off) or more, not " + maxBytes);
      }
      this.spoolMaxBytes = maxBytes;
      return this;
    }

    /** Body size limit, trusted proxies, extra secret names and user rules; default: built-in rules only. */
    public Builder scrubbing(ScrubbingOptions scrubbing) {
      this.scrubbing = Objects.requireNonNull(scrubbing, "scrubbing is required");
      return this;
    }

    /** How long {@link ErrorDispatcher#close()} may take in total; default 5 s. */
    public Builder closeTimeout(Duration closeTimeout) {
      Objects.requireNonNull(closeTimeout, "closeTimeout is required");
      if (closeTimeout.isNegative()) {
        throw new IllegalArgumentException("closeTimeout must not be negative, not " + closeTimeout);
      }
      this.closeTimeout = closeTimeout;
      return this;
    }

    /**
     * What {@code capture} does when a provider's queue and the spool thread's hand-off (4096
     * reports) are both full, i.e. reports arrive faster than they can be written to disk.
     * {@code false} (default): the capturing thread writes the spool record itself, so nothing is
     * lost and that request is slowed by one record write. {@code true}: the report is dropped
     * and counted ({@code dropped}), so a request thread never waits for the disk; like
     * logback's {@code AsyncAppender.neverBlock}.
     */
    public Builder neverBlock(boolean neverBlock) {
      this.neverBlock = neverBlock;
      return this;
    }

    /** Whether a JVM shutdown hook closes the dispatcher (default true); close() removes it. */
    public Builder shutdownHook(boolean shutdownHook) {
      this.shutdownHook = shutdownHook;
      return this;
    }

    /**
     * Starts the dispatcher: opens the spool folders (replaying what an earlier run left) and
     * starts one worker thread per provider.
     *
     * @throws IllegalArgumentException when two providers share a name
     * @throws IllegalStateException when another open dispatcher uses the same spool folder
     */
    public ErrorDispatcher build() {
      return new ErrorDispatcher(this);
    }
  }
}
