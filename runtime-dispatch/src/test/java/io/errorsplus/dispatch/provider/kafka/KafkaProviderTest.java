package io.errorsplus.dispatch.provider.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorsplus.dispatch.DeliveryException;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.ReportField;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The provider against a real single-node broker (one per class; a fresh topic per test). */
class KafkaProviderTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
  private static final AtomicInteger TOPICS = new AtomicInteger();

  private static KafkaBroker broker;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = KafkaBroker.start();
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void recordCarriesEveryFieldTheFingerprintAsKeyAndRoutingHeaders() throws Exception {
    String topic = newTopic(1);
    ErrorReport report = fullReport("fp-1");
    try (KafkaProvider provider = new KafkaProvider(broker.bootstrapServers(), topic)) {
      provider.send(report);
    }

    List<ConsumerRecord<byte[], byte[]>> records = TopicReader.read(broker.bootstrapServers(), topic, 1, READ_TIMEOUT);
    assertThat(records).hasSize(1);
    ConsumerRecord<byte[], byte[]> record = records.get(0);
    assertThat(TopicReader.text(record.key())).isEqualTo("fp-1");
    assertThat(TopicReader.header(record, "app_name")).isEqualTo("api-plant-manager");
    assertThat(TopicReader.header(record, "error_type")).isEqualTo("IllegalStateException");
    assertThat(TopicReader.header(record, "status_code")).isEqualTo("500");

    JsonNode value = JSON.readTree(record.value());
    List<String> names = new ArrayList<>();
    value.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly(Arrays.stream(ReportField.values()).map(ReportField::jsonName).toArray(String[]::new));
    assertThat(names).hasSize(22);
    assertThat(value.get("app_name").asText()).isEqualTo(report.appName());
    assertThat(value.get("endpoint").asText()).isEqualTo("/items/{id}");
    assertThat(value.get("full_url").asText()).isEqualTo("http://host/items/7?x=1&y=\"q\"");
    assertThat(value.get("method").asText()).isEqualTo("GET");
    assertThat(value.get("status_code").asInt()).isEqualTo(500);
    assertThat(value.get("duration").asDouble()).isEqualTo(0.012);
    assertThat(value.get("headers").get("User-Agent").asText()).isEqualTo("curl/8");
    assertThat(value.get("headers").get("X-Trace").asText()).isEqualTo("a\nb");
    assertThat(value.get("query_params").get("x").asText()).isEqualTo("1");
    assertThat(value.get("request_body").asText()).isEqualTo("{\"name\":\"é✓\"}");
    assertThat(value.get("client_ip").asText()).isEqualTo("10.0.0.1");
    assertThat(value.get("user_agent").asText()).isEqualTo("curl/8");
    assertThat(value.get("error_details").asText()).isEqualTo("pump 7 is offline");
    assertThat(value.get("error_type").asText()).isEqualTo("IllegalStateException");
    assertThat(value.get("traceback").asText()).isEqualTo(report.traceback()).contains("pump 7 is offline");
    assertThat(value.get("timestamp").asLong()).isEqualTo(1_795_000_000_123L);
    assertThat(value.get("guid_error").asText()).isEqualTo(report.guidError());
    assertThat(value.get("exception_class").asText()).isEqualTo("java.lang.IllegalStateException");
    assertThat(value.get("operation_id").asText()).isEqualTo("getItem");
    assertThat(value.get("documented").asBoolean()).isTrue();
    assertThat(value.get("error_code").asText()).isEqualTo("PUMP_OFFLINE");
    assertThat(value.get("fingerprint").asText()).isEqualTo("fp-1");
    assertThat(value.get("occurrences").asInt()).isEqualTo(3);
  }

  @Test
  void templateChoosesTheFieldsOfTheValue() throws Exception {
    String topic = newTopic(1);
    MessageTemplate template =
        MessageTemplate.of(ReportField.APP_NAME, ReportField.ERROR_TYPE, ReportField.GUID_ERROR).withConstant("env", "test");
    ErrorReport report = fullReport("fp-t");
    try (KafkaProvider provider = new KafkaProvider(broker.bootstrapServers(), topic, template)) {
      provider.send(report);
    }

    JsonNode value = JSON.readTree(TopicReader.read(broker.bootstrapServers(), topic, 1, READ_TIMEOUT).get(0).value());
    List<String> names = new ArrayList<>();
    value.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("app_name", "error_type", "guid_error", "env");
    assertThat(value.get("env").asText()).isEqualTo("test");
    assertThat(value.get("guid_error").asText()).isEqualTo(report.guidError());
  }

  @Test
  void batchKeepsEachFingerprintOnOnePartitionInOrder() throws Exception {
    String topic = newTopic(3);
    List<ErrorReport> batch = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      batch.add(fullReport("fp-" + (i % 5)).toBuilder().errorDetails(Integer.toString(i)).build());
    }
    try (KafkaProvider provider = new KafkaProvider(broker.bootstrapServers(), topic)) {
      provider.sendBatch(batch);
    }

    List<ConsumerRecord<byte[], byte[]>> records = TopicReader.read(broker.bootstrapServers(), topic, 300, READ_TIMEOUT);
    assertThat(records).hasSize(300);
    Map<String, Integer> partitionOf = new HashMap<>();
    Map<String, Integer> lastSeen = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      String key = TopicReader.text(r.key());
      assertThat(partitionOf.computeIfAbsent(key, k -> r.partition())).as("partition of %s", key).isEqualTo(r.partition());
      int n = JSON.readTree(r.value()).get("error_details").asInt();
      assertThat(n).as("order within %s", key).isGreaterThan(lastSeen.getOrDefault(key, -1));
      lastSeen.put(key, n);
    }
    assertThat(partitionOf).hasSize(5);
  }

  @Test
  void aReportTooLargeForTheTopicIsRejectedAndSkippedInABatch() throws Exception {
    String topic = newTopic(1);
    ErrorReport huge = fullReport("fp-big").toBuilder().traceback("x".repeat(300_000)).build();
    ErrorReport small = fullReport("fp-small");
    KafkaProvider provider = KafkaProvider.builder().bootstrapServers(broker.bootstrapServers()).topic(topic)
        .property("max.request.size", 100_000).build();
    try (provider) {
      assertThatThrownBy(() -> provider.send(huge))
          .isInstanceOfSatisfying(DeliveryException.class,
              e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.REJECTED))
          .hasMessageContaining("RecordTooLargeException");

      provider.sendBatch(List.of(small, huge, small));
      assertThat(provider.skippedCount()).isEqualTo(1);
    }
    List<ConsumerRecord<byte[], byte[]>> records = TopicReader.read(broker.bootstrapServers(), topic, 2, READ_TIMEOUT);
    assertThat(records).extracting(r -> TopicReader.text(r.key())).containsExactly("fp-small", "fp-small");
  }

  @Test
  void aDeadBrokerFailsASendWithinSecondsNotAMinute() throws Exception {
    // a port nobody listens on: metadata never arrives, max.block.ms (1 s) bounds the wait
    String nowhere = nowhere();
    KafkaProvider provider = new KafkaProvider(nowhere, "errors");
    try (provider) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> provider.send(fullReport("fp-dead")))
          .isInstanceOfSatisfying(DeliveryException.class,
              e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RETRYABLE))
          .hasMessageContaining("errors");
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      // generous for a loaded machine, far below Kafka's default max.block.ms of 60 s
      assertThat(took).isLessThan(Duration.ofSeconds(20));
    }
  }

  @Test
  void aDeadBrokerFailsABatchOnceNotOncePerReport() throws Exception {
    List<ErrorReport> batch = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      batch.add(fullReport("fp-" + i));
    }
    KafkaProvider provider = new KafkaProvider(nowhere(), "errors");
    try (provider) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> provider.sendBatch(batch))
          .isInstanceOfSatisfying(DeliveryException.class,
              e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RETRYABLE));
      // 60 x max.block.ms would be a minute
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }
  }

  @Test
  void closeReturnsWithinItsTimeoutWhenTheBrokerIsGone() throws Exception {
    String nowhere = nowhere();
    KafkaProvider provider =
        KafkaProvider.builder().bootstrapServers(nowhere).topic("errors").closeTimeout(Duration.ofSeconds(1)).build();
    assertThatThrownBy(() -> provider.send(fullReport("fp-close"))).isInstanceOf(DeliveryException.class);
    long start = System.nanoTime();
    provider.close();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThatThrownBy(() -> provider.send(fullReport("fp-after")))
        .isInstanceOf(DeliveryException.class).hasMessageContaining("closed");
  }

  /** An address nobody listens on. */
  private static String nowhere() throws java.io.IOException {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return "127.0.0.1:" + s.getLocalPort();
    }
  }

  private static String newTopic(int partitions) {
    String topic = "provider-" + TOPICS.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    broker.createTopic(topic, partitions);
    return topic;
  }

  /** A report with every field set, values that need JSON escaping included. */
  static ErrorReport fullReport(String fingerprint) {
    return ErrorReport.builder()
        .appName("api-plant-manager")
        .error(new IllegalStateException("pump 7 is offline"))
        .method("GET").endpoint("/items/{id}").fullUrl("http://host/items/7?x=1&y=\"q\"")
        .statusCode(500).duration(Duration.ofMillis(12))
        .header("User-Agent", "curl/8").header("X-Trace", "a\nb").queryParam("x", "1")
        .requestBody("application/json", "{\"name\":\"é✓\"}")
        .clientIp("10.0.0.1")
        .timestamp(1_795_000_000_123L)
        .guidError(UUID.randomUUID().toString())
        .operationId("getItem").documented(true).errorCode("PUMP_OFFLINE")
        .fingerprint(fingerprint).occurrences(3)
        .build();
  }
}
