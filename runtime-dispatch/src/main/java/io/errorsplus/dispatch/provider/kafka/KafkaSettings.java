package io.errorsplus.dispatch.provider.kafka;

import io.errorsplus.dispatch.DeliveryOptions;
import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.scrub.SecretNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings of a {@link KafkaProvider.Builder} and their validation: what is wrong with a
 * value is said when it is set, or by {@link #validated()} when it needs the others (a producer
 * property Kafka would refuse, timeouts that contradict each other).
 *
 * @param <B> the builder type the setters return
 */
abstract class KafkaSettings<B extends KafkaSettings<B>> {

  private static final Logger LOG = LoggerFactory.getLogger(KafkaProvider.class);

  /** Properties the provider sets itself; setting them through {@link Builder#property} is an error. */
  private static final List<String> RESERVED = List.of(
      ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
      ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
      ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);

  private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
  private static final Pattern SERVER =
      Pattern.compile("(?:[A-Za-z_]+://)?(?:\\[[0-9A-Fa-f:.%]+\\]|[A-Za-z0-9._-]+):(\\d{1,5})");

  /** The validated configuration a provider is made of. */
  record Validated(String bootstrapServers, String topic, MessageTemplate template, String name,
      Map<String, Object> producerProperties, Duration closeTimeout, Duration ackTimeout,
      DeliveryOptions deliveryOptions) {}

  private String bootstrapServers;
  private String topic;
  private MessageTemplate template = MessageTemplate.all();
  private final Map<String, Object> properties = new LinkedHashMap<>();
  private Duration closeTimeout = Duration.ofSeconds(5);
  private String name;
  private DeliveryOptions deliveryOptions;

  /** {@code host:port[,host:port…]}. */
  public B bootstrapServers(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
    return self();
  }

  public B topic(String topic) {
    this.topic = topic;
    return self();
  }

  /** Which fields go into the record value; default {@link MessageTemplate#all()}. */
  public B template(MessageTemplate template) {
    this.template = Objects.requireNonNull(template, "template is required");
    return self();
  }

  /**
   * A Kafka producer property (security, SASL, batching…); overrides the provider's default.
   * {@code bootstrap.servers} and the serializers are the provider's own.
   */
  public B property(String key, Object value) {
    Objects.requireNonNull(key, "property key is required");
    Objects.requireNonNull(value, "value of property " + key + " is required");
    if (RESERVED.contains(key)) {
      throw new IllegalArgumentException("property " + key + " is set by the provider; "
          + (key.equals(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG) ? "use bootstrapServers(…)" : "values are UTF-8 JSON"));
    }
    properties.put(key, value);
    return self();
  }

  /** Several producer properties; see {@code property}. */
  public B properties(Map<String, ?> properties) {
    Objects.requireNonNull(properties, "properties is required");
    properties.forEach(this::property);
    return self();
  }

  /** How long a send may wait for metadata or buffer space ({@code max.block.ms}); default 1 s. */
  public B maxBlock(Duration maxBlock) {
    return millis(ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlock, "maxBlock", false);
  }

  /** How long to wait for one broker response ({@code request.timeout.ms}); default 5 s. */
  public B requestTimeout(Duration requestTimeout) {
    return millis(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeout, "requestTimeout", true);
  }

  /**
   * The bound on one record's delivery, internal retries included ({@code delivery.timeout.ms});
   * at least linger + request timeout; default 15 s.
   */
  public B deliveryTimeout(Duration deliveryTimeout) {
    return millis(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeout, "deliveryTimeout", true);
  }

  /** How long the producer waits to fill a batch ({@code linger.ms}); default 10 ms. */
  public B linger(Duration linger) {
    return millis(ProducerConfig.LINGER_MS_CONFIG, linger, "linger", false);
  }

  /** How long {@link KafkaProvider#close()} may take to deliver what is in flight; default 5 s. */
  public B closeTimeout(Duration closeTimeout) {
    Objects.requireNonNull(closeTimeout, "closeTimeout is required");
    if (closeTimeout.isNegative()) {
      throw new IllegalArgumentException("closeTimeout must not be negative, not " + closeTimeout);
    }
    this.closeTimeout = closeTimeout;
    return self();
  }

  /** The provider's {@link ErrorProvider#name()} (stats, worker thread, spool folder); default {@code kafka-<topic>}. */
  public B name(String name) {
    Objects.requireNonNull(name, "name is required");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    this.name = name;
    return self();
  }

  /** Overrides the provider's delivery options (a large queue, no de-duplication). */
  public B deliveryOptions(DeliveryOptions deliveryOptions) {
    this.deliveryOptions = Objects.requireNonNull(deliveryOptions, "deliveryOptions is required");
    return self();
  }

  private B millis(String key, Duration value, String what, boolean positive) {
    Objects.requireNonNull(value, what + " is required");
    if (value.isNegative() || (positive && value.isZero())) {
      throw new IllegalArgumentException(what + " must be " + (positive ? "positive" : "zero or more")
          + ", not " + value);
    }
    properties.put(key, String.valueOf(value.toMillis()));
    return self();
  }

  abstract B self();

  /** Validates everything; throws {@link IllegalArgumentException} naming the problem. */
  Validated validated() {
    String servers = validateBootstrapServers(bootstrapServers);
    String validTopic = validateTopic(topic);
    Map<String, Object> props = new LinkedHashMap<>(defaults(validTopic));
    props.putAll(properties);
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    Map<String, Object> parsed = validateProducerProperties(props);
    // Kafka completes every send future within delivery.timeout.ms; the slack covers max.block.ms.
    long deliveryMs = ((Number) parsed.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG)).longValue();
    long maxBlockMs = ((Number) parsed.get(ProducerConfig.MAX_BLOCK_MS_CONFIG)).longValue();
    return new Validated(servers, validTopic, template, name != null ? name : "kafka-" + validTopic,
        Collections.unmodifiableMap(props), closeTimeout, Duration.ofMillis(deliveryMs + maxBlockMs + 2_000),
        deliveryOptions != null ? deliveryOptions : defaultDeliveryOptions());
  }

  /**
   * The producer settings used unless overridden with {@code property}: durable
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
   * with a large queue, in batches of what queued up (see {@link KafkaProvider#sendBatch}).
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
      if (SecretNames.isSecretName(e.getKey()) && !v.isEmpty()) {
        m = m.replace(v, "[hidden]");
      }
    }
    return m;
  }

}
