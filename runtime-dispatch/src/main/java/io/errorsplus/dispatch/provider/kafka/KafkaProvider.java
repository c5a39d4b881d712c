package io.errorsplus.dispatch.provider.kafka;

import io.errorsplus.dispatch.DeliveryException;
import io.errorsplus.dispatch.DeliveryOptions;
import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers error reports to a Kafka topic: the scale path, where many service instances feed one
 * topic and a consumer aggregates.
 *
 * <pre>{@code
 * ErrorDispatcher.builder()
 *     .appName("api-plant-manager")
 *     .provider(new KafkaProvider("localhost:9092", "errors"))
 *     .build();
 *
 * KafkaProvider.builder()
 *     .bootstrapServers("broker-1:9093,broker-2:9093")
 *     .topic("errors")
 *     .template(MessageTemplate.all().without(ReportField.REQUEST_BODY))
 *     .property("security.protocol", "SASL_SSL")
 *     .property("sasl.mechanism", "PLAIN")
 *     .property("sasl.jaas.config", jaasConfig)
 *     .build();
 * }</pre>
 *
 * <p>Each report is one record: the value is {@link ErrorReport#toJson(MessageTemplate)} in UTF-8,
 * the key is the report's {@code fingerprint} (the same error always lands on the same partition,
 * in order), and the headers {@code app_name}, {@code error_type} and {@code status_code} let a
 * consumer route without parsing the value. Delivery is at least once: a consumer drops repeats by
 * {@code guid_error}.
 *
 * <p>The producer is created on the first delivery, so a broker that is down when the application
 * starts does not fail it; its failures are thrown from {@link #send} so that the dispatcher retries
 * and spools. {@link #sendBatch} pipelines a whole batch and waits for every acknowledgement.
 */
public final class KafkaProvider implements ErrorProvider {

  private static final Logger LOG = LoggerFactory.getLogger(KafkaProvider.class);

  /** Header names; the values are UTF-8 text. */
  public static final String HEADER_APP_NAME = "app_name";

  public static final String HEADER_ERROR_TYPE = "error_type";

  public static final String HEADER_STATUS_CODE = "status_code";

  /** Properties the provider sets itself; setting them through {@link Builder#property} is an error. */
  private static final List<String> RESERVED = List.of(
      ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
      ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
      ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);

  private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
  private static final Pattern SERVER =
      Pattern.compile("(?:[A-Za-z_]+://)?(?:\\[[0-9A-Fa-f:.%]+\\]|[A-Za-z0-9._-]+):(\\d{1,5})");
  private static final Duration LOG_INTERVAL = Duration.ofSeconds(30);

  private final String bootstrapServers;
  private final String topic;
  private final MessageTemplate template;
  private final ReportJsonEncoder encoder;
  private final Map<String, Object> producerProperties;
  private final Duration closeTimeout;
  private final Duration ackTimeout;
  private final String name;
  private final DeliveryOptions deliveryOptions;

  private final Object lock = new Object();
  private Producer<byte[], byte[]> producer;
  private boolean closed;

  private final AtomicLong skipped = new AtomicLong();
  private long lastSkipLogNanos;

  /**
   * Every field of each report to {@code topic}, with the default producer settings.
   *
   * @param bootstrapServers {@code host:port[,host:port…]}
   * @param topic an existing topic (or one the broker creates on first use)
   */
  public KafkaProvider(String bootstrapServers, String topic) {
    this(builder().bootstrapServers(bootstrapServers).topic(topic));
  }

  /** The fields of {@code template} of each report to {@code topic}. */
  public KafkaProvider(String bootstrapServers, String topic, MessageTemplate template) {
    this(builder().bootstrapServers(bootstrapServers).topic(topic).template(template));
  }

  private KafkaProvider(Builder b) {
    this.bootstrapServers = validateBootstrapServers(b.bootstrapServers);
    this.topic = validateTopic(b.topic);
    this.template = b.template;
    this.encoder = new ReportJsonEncoder(template);
    this.name = b.name != null ? b.name : "kafka-" + topic;
    this.closeTimeout = b.closeTimeout;
    Map<String, Object> props = new LinkedHashMap<>(defaults(topic));
    props.putAll(b.properties);
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    Map<String, Object> parsed = validateProducerProperties(props);
    this.producerProperties = Collections.unmodifiableMap(props);
    // Kafka completes every send future within delivery.timeout.ms; the slack covers max.block.ms.
    long deliveryMs = ((Number) parsed.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG)).longValue();
    long maxBlockMs = ((Number) parsed.get(ProducerConfig.MAX_BLOCK_MS_CONFIG)).longValue();
    this.ackTimeout = Duration.ofMillis(deliveryMs + maxBlockMs + 2_000);
    this.deliveryOptions = b.deliveryOptions != null ? b.deliveryOptions : defaultDeliveryOptions();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The producer settings used unless overridden with {@link Builder#property}: durable
   * ({@code acks=all}, idempotent), compressed, a short linger to form batches, and timeouts short
   * enough that a dead broker fails a send within seconds instead of stalling the worker for a
   * minute.
   */
  static Map<String, Object> defaults(String topic) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put(ProducerConfig.CLIENT_ID_CONFIG, "errors-plus-" + topic);
    d.put(ProducerConfig.ACKS_CONFIG, "all");
    d.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    d.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    d.put(ProducerConfig.LINGER_MS_CONFIG, "10");
    d.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(128 * 1024));
    d.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "1000");
    d.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
    d.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "15000");
    d.put(ProducerConfig.RECONNECT_BACKOFF_MS_CONFIG, "100");
    d.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
    d.put(ProducerConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, "5000");
    d.put(ProducerConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, "10000");
    return d;
  }

  /**
   * Kafka is the volume channel: every report is sent (no de-duplication: the consumer aggregates),
   * with a large queue, in batches of what queued up (see {@link #sendBatch}).
   */
  static DeliveryOptions defaultDeliveryOptions() {
    return DeliveryOptions.builder()
        .queueCapacity(65_536)
        .maxAttempts(5)
        .backoff(Duration.ofMillis(200), Duration.ofSeconds(10))
        .deduplicationWindow(Duration.ZERO)
        // "digests" are how the dispatcher hands a provider batches: what queued up within 5 ms,
        // up to 4000 reports (measured better than 1000, see BENCHMARKS.md), goes to sendBatch as one
        // pipelined send
        .digestWindow(Duration.ofMillis(5))
        .maxDigestSize(4000)
        .build();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public DeliveryOptions deliveryOptions() {
    return deliveryOptions;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  public String topic() {
    return topic;
  }

  public MessageTemplate template() {
    return template;
  }

  /**
   * The effective producer properties, secrets masked: what {@link #toString()} and logs show.
   */
  public Map<String, Object> producerProperties() {
    Map<String, Object> masked = new LinkedHashMap<>();
    producerProperties.forEach((k, v) -> masked.put(k, isSecret(k) ? "[hidden]" : v));
    return masked;
  }

  /** Reports that a batch skipped because Kafka can never accept them (too large, say). */
  public long skippedCount() {
    return skipped.get();
  }

  /** Sends one report and waits for the broker's acknowledgement. */
  @Override
  public void send(ErrorReport report) throws Exception {
    Objects.requireNonNull(report, "report is required");
    Producer<byte[], byte[]> p = producer();
    Future<RecordMetadata> ack;
    try {
      ack = p.send(toRecord(report));
    } catch (RuntimeException e) {
      throw failure(p, e);
    }
    sendNow(p);
    await(p, ack, System.nanoTime() + ackTimeout.toNanos());
  }

  /**
   * Sends all reports without waiting in between (Kafka batches and compresses them), then waits
   * for every acknowledgement. Any failure other than a report Kafka can never accept fails the
   * whole batch, which the dispatcher retries: delivery is at least once.
   */
  @Override
  public void sendBatch(List<ErrorReport> reports) throws Exception {
    if (reports.isEmpty()) {
      return;
    }
    Producer<byte[], byte[]> p = producer();
    List<Future<RecordMetadata>> acks = new ArrayList<>(reports.size());
    List<ErrorReport> sent = new ArrayList<>(reports.size());
    Exception failure = null;
    long deadline = System.nanoTime() + ackTimeout.toNanos();
    for (ErrorReport report : reports) {
      Future<RecordMetadata> ack;
      try {
        ack = p.send(toRecord(report));
      } catch (RuntimeException e) {
        failure = failure(p, e);
        break;
      }
      if (ack.isDone()) {
        // Failed before reaching the network (no metadata within max.block.ms, too large…):
        // skip a report Kafka can never take, but stop at anything else, or a dead broker
        // would cost max.block.ms once per report of the batch.
        try {
          await(p, ack, deadline);
        } catch (DeliveryException e) {
          if (e.kind() != DeliveryException.Kind.REJECTED) {
            failure = e;
            break;
          }
          skip(report, e);
          continue;
        }
      }
      acks.add(ack);
      sent.add(report);
    }
    if (failure == null) {
      sendNow(p);
    }
    for (int i = 0; i < acks.size(); i++) {
      try {
        await(p, acks.get(i), deadline);
      } catch (DeliveryException e) {
        if (e.kind() == DeliveryException.Kind.REJECTED) {
          skip(sent.get(i), e);
        } else if (failure == null) {
          failure = e;
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Flushes what is in flight and closes the producer within the close timeout. */
  @Override
  public void close() {
    Producer<byte[], byte[]> p;
    synchronized (lock) {
      closed = true;
      p = producer;
      producer = null;
    }
    if (p != null) {
      try {
        p.close(closeTimeout);
      } catch (RuntimeException e) {
        LOG.warn("Kafka producer of {} did not close cleanly: {}", name, e.toString());
      }
    }
  }

  @Override
  public String toString() {
    return "KafkaProvider{name=" + name + ", bootstrapServers=" + bootstrapServers + ", topic=" + topic
        + ", template=" + template + ", producer=" + producerProperties() + "}";
  }

  ProducerRecord<byte[], byte[]> toRecord(ErrorReport report) {
    String fingerprint = report.fingerprint();
    byte[] key = fingerprint == null ? null : fingerprint.getBytes(StandardCharsets.UTF_8);
    byte[] value = encoder.encode(report); // == report.toJson(template) in UTF-8
    List<Header> headers = new ArrayList<>(3);
    if (report.appName() != null) {
      headers.add(new RecordHeader(HEADER_APP_NAME, report.appName().getBytes(StandardCharsets.UTF_8)));
    }
    if (report.errorType() != null) {
      headers.add(new RecordHeader(HEADER_ERROR_TYPE, report.errorType().getBytes(StandardCharsets.UTF_8)));
    }
    headers.add(new RecordHeader(HEADER_STATUS_CODE,
        Integer.toString(report.statusCode()).getBytes(StandardCharsets.UTF_8)));
    return new ProducerRecord<>(topic, null, key, value, headers);
  }

  private Producer<byte[], byte[]> producer() throws DeliveryException {
    synchronized (lock) {
      if (closed) {
        throw DeliveryException.retryable("the Kafka provider " + name + " is closed", null);
      }
      if (producer == null) {
        try {
          producer = new KafkaProducer<>(new LinkedHashMap<>(producerProperties));
        } catch (KafkaException e) {
          throw DeliveryException.retryable(
              "could not create the Kafka producer for " + bootstrapServers + ": " + rootMessage(e), e);
        }
      }
      return producer;
    }
  }

  /**
   * Sends what lingers in the producer's buffer now: the caller waits for these acknowledgements
   * next, so lingering would only add {@code linger.ms} to every call. Within a batch, linger still
   * lets the producer fill its batches. Bounded: every record completes within delivery.timeout.ms.
   */
  private void sendNow(Producer<byte[], byte[]> p) {
    try {
      p.flush();
    } catch (org.apache.kafka.common.errors.InterruptException e) {
      // Kafka has restored the interrupt flag; the acknowledgement wait reports it
    } catch (RuntimeException e) {
      // a failed flush shows in the acknowledgements, which are checked next
    }
  }

  private void await(Producer<byte[], byte[]> p, Future<RecordMetadata> ack, long deadlineNanos)
      throws DeliveryException {
    try {
      ack.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw failure(p, cause);
    } catch (TimeoutException e) {
      throw DeliveryException.retryable("no acknowledgement from Kafka within " + ackTimeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DeliveryException.retryable("interrupted while waiting for Kafka", e);
    }
  }

  /**
   * Classifies a failure. Retriable ones keep the producer (it reconnects by itself); a report
   * Kafka can never take is rejected; anything else may have left the producer unusable (fatal
   * idempotence or authorisation errors), so it is discarded and made anew on the next delivery.
   */
  private DeliveryException failure(Producer<byte[], byte[]> p, Throwable cause) {
    if (cause instanceof RecordTooLargeException || cause instanceof SerializationException) {
      return DeliveryException.rejected("Kafka cannot take this report: " + rootMessage(cause));
    }
    if (!(cause instanceof RetriableException)) {
      discard(p);
    }
    return DeliveryException.retryable("Kafka send to " + topic + " failed: " + rootMessage(cause), cause);
  }

  private void discard(Producer<byte[], byte[]> p) {
    synchronized (lock) {
      if (producer != p) {
        return;
      }
      producer = null;
    }
    try {
      p.close(Duration.ZERO);
    } catch (RuntimeException e) {
      LOG.debug("closing a failed Kafka producer: {}", e.toString());
    }
  }

  private void skip(ErrorReport report, DeliveryException e) {
    long count = skipped.incrementAndGet();
    long now = System.nanoTime();
    synchronized (lock) {
      if (count > 1 && now - lastSkipLogNanos < LOG_INTERVAL.toNanos()) {
        return;
      }
      lastSkipLogNanos = now;
    }
    LOG.warn("{}: skipped report guid_error={} ({} skipped so far): {}", name, report.guidError(), count,
        e.getMessage());
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = root == t ? String.valueOf(t.getMessage()) : t.getMessage() + " (" + root.getMessage() + ")";
    return t.getClass().getSimpleName() + ": " + msg;
  }

  static boolean isSecret(String key) {
    String k = key.toLowerCase(java.util.Locale.ROOT);
    return k.contains("password") || k.contains("secret") || k.contains("jaas") || k.endsWith(".key")
        || k.contains("token") || k.contains("credential");
  }

  private static String validateBootstrapServers(String servers) {
    Objects.requireNonNull(servers, "bootstrapServers is required (e.g. \"localhost:9092\")");
    if (servers.isBlank()) {
      throw new IllegalArgumentException("bootstrapServers must not be blank; give host:port[,host:port…], "
          + "e.g. \"localhost:9092\"");
    }
    List<String> entries = new ArrayList<>();
    for (String entry : servers.split(",")) {
      String s = entry.trim();
      if (s.isEmpty()) {
        throw new IllegalArgumentException("bootstrapServers \"" + servers + "\" has an empty entry; "
            + "separate host:port entries with single commas");
      }
      var m = SERVER.matcher(s);
      if (!m.matches()) {
        throw new IllegalArgumentException("bootstrapServers entry \"" + s + "\" is not host:port "
            + "(e.g. \"localhost:9092\" or \"[::1]:9092\")");
      }
      int port = Integer.parseInt(m.group(1));
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("bootstrapServers entry \"" + s + "\" has port " + port
            + "; use 1–65535");
      }
      entries.add(s);
    }
    return String.join(",", entries);
  }

  private static String validateTopic(String topic) {
    Objects.requireNonNull(topic, "topic is required (e.g. \"errors\")");
    if (topic.isBlank()) {
      throw new IllegalArgumentException("topic must not be blank; give the name of a Kafka topic, e.g. \"errors\"");
    }
    if (!TOPIC.matcher(topic).matches() || topic.equals(".") || topic.equals("..")) {
      throw new IllegalArgumentException("topic \"" + topic + "\" is not a legal Kafka topic name; use up to 249 "
          + "characters from a-z A-Z 0-9 . _ -");
    }
    return topic;
  }

  /** Parses the properties as Kafka would, so a bad value fails at configuration time. */
  private static Map<String, Object> validateProducerProperties(Map<String, Object> props) {
    Map<String, Object> parsed;
    try {
      parsed = ProducerConfig.configDef().parse(props);
    } catch (ConfigException e) {
      throw new IllegalArgumentException("invalid Kafka producer property: " + hideSecrets(e.getMessage(), props)
          + "; see the producer configuration reference of Kafka", e);
    }
    for (String key : props.keySet()) {
      if (!ProducerConfig.configNames().contains(key)) {
        LOG.debug("Kafka producer property {} is not a known producer setting (passed through)", key);
      }
    }
    long linger = ((Number) parsed.get(ProducerConfig.LINGER_MS_CONFIG)).longValue();
    long request = ((Number) parsed.get(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG)).longValue();
    long delivery = ((Number) parsed.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG)).longValue();
    if (delivery < linger + request) {
      throw new IllegalArgumentException("delivery.timeout.ms (" + delivery + ") must be at least linger.ms ("
          + linger + ") + request.timeout.ms (" + request + "); raise deliveryTimeout or lower the others");
    }
    boolean idempotent = Boolean.TRUE.equals(parsed.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG));
    String acks = String.valueOf(parsed.get(ProducerConfig.ACKS_CONFIG));
    if (idempotent && !(acks.equals("all") || acks.equals("-1"))) {
      throw new IllegalArgumentException("acks=" + acks + " needs enable.idempotence=false "
          + "(an idempotent producer requires acks=all)");
    }
    return parsed;
  }

  private static String hideSecrets(String message, Map<String, Object> props) {
    String m = String.valueOf(message);
    for (Map.Entry<String, Object> e : props.entrySet()) {
      String v = String.valueOf(e.getValue());
      if (isSecret(e.getKey()) && !v.isEmpty()) {
        m = m.replace(v, "[hidden]");
      }
    }
    return m;
  }

  /** Builds a {@link KafkaProvider}; {@link #bootstrapServers} and {@link #topic} are required. */
  public static final class Builder {
    private String bootstrapServers;
    private String topic;
    private MessageTemplate template = MessageTemplate.all();
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private Duration closeTimeout = Duration.ofSeconds(5);
    private String name;
    private DeliveryOptions deliveryOptions;

    private Builder() {}

    /** {@code host:port[,host:port…]}. */
    public Builder bootstrapServers(String bootstrapServers) {
      this.bootstrapServers = bootstrapServers;
      return this;
    }

    public Builder topic(String topic) {
      this.topic = topic;
      return this;
    }

    /** Which fields go into the record value; default {@link MessageTemplate#all()}. */
    public Builder template(MessageTemplate template) {
      this.template = Objects.requireNonNull(template, "template is required");
      return this;
    }

    /**
     * A Kafka producer property (security, SASL, batching…); overrides the provider's default.
     * {@code bootstrap.servers} and the serializers are the provider's own.
     */
    public Builder property(String key, Object value) {
      Objects.requireNonNull(key, "property key is required");
      Objects.requireNonNull(value, "value of property " + key + " is required");
      if (RESERVED.contains(key)) {
        throw new IllegalArgumentException("property " + key + " is set by the provider; "
            + (key.equals(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG) ? "use bootstrapServers(…)" : "values are UTF-8 JSON"));
      }
      properties.put(key, value);
      return this;
    }

    /** Several producer properties; see {@link #property}. */
    public Builder properties(Map<String, ?> properties) {
      Objects.requireNonNull(properties, "properties is required");
      properties.forEach(this::property);
      return this;
    }

    /** How long a send may wait for metadata or buffer space ({@code max.block.ms}); default 1 s. */
    public Builder maxBlock(Duration maxBlock) {
      return millis(ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlock, "maxBlock", false);
    }

    /** How long to wait for one broker response ({@code request.timeout.ms}); default 5 s. */
    public Builder requestTimeout(Duration requestTimeout) {
      return millis(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeout, "requestTimeout", true);
    }

    /**
     * The bound on one record's delivery, internal retries included ({@code delivery.timeout.ms});
     * at least linger + request timeout; default 15 s.
     */
    public Builder deliveryTimeout(Duration deliveryTimeout) {
      return millis(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeout, "deliveryTimeout", true);
    }

    /** How long the producer waits to fill a batch ({@code linger.ms}); default 10 ms. */
    public Builder linger(Duration linger) {
      return millis(ProducerConfig.LINGER_MS_CONFIG, linger, "linger", false);
    }

    /** How long {@link KafkaProvider#close()} may take to deliver what is in flight; default 5 s. */
    public Builder closeTimeout(Duration closeTimeout) {
      Objects.requireNonNull(closeTimeout, "closeTimeout is required");
      if (closeTimeout.isNegative()) {
        throw new IllegalArgumentException("closeTimeout must not be negative, not " + closeTimeout);
      }
      this.closeTimeout = closeTimeout;
      return this;
    }

    /** The provider's {@link ErrorProvider#name()} (stats, worker thread, spool folder); default {@code kafka-<topic>}. */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name is required");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      this.name = name;
      return this;
    }

    /** Overrides the provider's delivery options (a large queue, no de-duplication). */
    public Builder deliveryOptions(DeliveryOptions deliveryOptions) {
      this.deliveryOptions = Objects.requireNonNull(deliveryOptions, "deliveryOptions is required");
      return this;
    }

    /** Validates everything; throws {@link IllegalArgumentException} naming the problem. */
    public KafkaProvider build() {
      return new KafkaProvider(this);
    }

    private Builder millis(String key, Duration value, String what, boolean positive) {
      Objects.requireNonNull(value, what + " is required");
      if (value.isNegative() || (positive && value.isZero())) {
        throw new IllegalArgumentException(what + " must be " + (positive ? "positive" : "zero or more")
            + ", not " + value);
      }
      properties.put(key, String.valueOf(value.toMillis()));
      return this;
    }
  }
}
