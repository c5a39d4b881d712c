package io.errorsplus.dispatch.provider.kafka;

import io.errorsplus.dispatch.DeliveryException;
import io.errorsplus.dispatch.DeliveryOptions;
import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.delivery.LogThrottle;
import io.errorsplus.dispatch.delivery.NanoClock;
import io.errorsplus.dispatch.scrub.SecretNames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
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
  private final LogThrottle skipLog = new LogThrottle(Duration.ofSeconds(30), NanoClock.SYSTEM);

  /**
   * Every field of each report to {@code topic}, with the default producer settings.
   *
   * @param bootstrapServers {@code host:port[,host:port…]}
   * @param topic an existing topic (or one the broker creates on first use)
   */
  public KafkaProvider(String bootstrapServers, String topic) {
    this(builder().bootstrapServers(bootstrapServers).topic(topic).validated());
  }

  /** The fields of {@code template} of each report to {@code topic}. */
  public KafkaProvider(String bootstrapServers, String topic, MessageTemplate template) {
    this(builder().bootstrapServers(bootstrapServers).topic(topic).template(template).validated());
  }

  private KafkaProvider(KafkaSettings.Validated c) {
    this.bootstrapServers = c.bootstrapServers();
    this.topic = c.topic();
    this.template = c.template();
    this.encoder = new ReportJsonEncoder(template);
    this.name = c.name();
    this.closeTimeout = c.closeTimeout();
    this.producerProperties = c.producerProperties();
    this.ackTimeout = c.ackTimeout();
    this.deliveryOptions = c.deliveryOptions();
  }

  public static Builder builder() {
    return new Builder();
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
    producerProperties.forEach((k, v) -> masked.put(k, SecretNames.isSecretName(k) ? "[hidden]" : v));
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
    ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, key, value);
    if (report.appName() != null) {
      record.headers().add(HEADER_APP_NAME, report.appName().getBytes(StandardCharsets.UTF_8));
    }
    if (report.errorType() != null) {
      record.headers().add(HEADER_ERROR_TYPE, report.errorType().getBytes(StandardCharsets.UTF_8));
    }
    record.headers().add(HEADER_STATUS_CODE, Integer.toString(report.statusCode()).getBytes(StandardCharsets.UTF_8));
    return record;
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
    if (skipLog.allow("skipped")) {
      LOG.warn("{}: skipped report guid_error={} ({} skipped so far): {}", name, report.guidError(), count,
          e.getMessage());
    }
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = root == t ? String.valueOf(t.getMessage()) : t.getMessage() + " (" + root.getMessage() + ")";
    return t.getClass().getSimpleName() + ": " + msg;
  }

  /**
   * Builds a {@link KafkaProvider}; {@code bootstrapServers} and {@code topic} are required. The
   * setters and their validation live in the package-private {@code KafkaSettings}.
   */
  public static final class Builder extends KafkaSettings<Builder> {

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** Validates everything; throws {@link IllegalArgumentException} naming the problem. */
    public KafkaProvider build() {
      return new KafkaProvider(validated());
    }
  }
}
