package io.errorsplus.dispatch.provider.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorsplus.dispatch.Await;
import io.errorsplus.dispatch.ErrorDispatcher;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.ProviderStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the {@link ErrorDispatcher}: retries, spool and replay carry reports across a broker that
 * is down at start or restarted mid-stream. At least once: what was captured is all in the topic,
 * repeats allowed. One broker for the class; each test brings it to the state it needs.
 */
class KafkaDispatcherTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(120);

  private static KafkaBroker broker;

  @TempDir Path spool;

  @BeforeAll
  static void startBroker() throws IOException {
    broker = KafkaBroker.start();
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @BeforeEach
  void brokerRunning() throws IOException {
    if (!broker.isRunning()) {
      broker.restart();
    }
  }

  @Test
  void reportsCapturedWhileTheBrokerIsDownAreDeliveredOnceItStarts() throws Exception {
    String topic = topic();
    broker.stop();
    KafkaProvider provider = new KafkaProvider(broker.bootstrapServers(), topic);
    List<String> guids = new ArrayList<>();
    try (ErrorDispatcher dispatcher = dispatcher(provider)) {
      for (int i = 0; i < 300; i++) {
        guids.add(capture(dispatcher, i));
      }
      // the broker is down: attempts fail (each within max.block.ms), nothing is delivered
      Await.until("a failed delivery attempt", DELIVERY_TIMEOUT, () -> stats(dispatcher).lastFailureMessage() != null);
      assertThat(stats(dispatcher).delivered()).isZero();

      broker.restart();
      Await.until("every report delivered or replayed", DELIVERY_TIMEOUT, () -> {
        ProviderStats s = stats(dispatcher);
        return s.delivered() + s.replayed() >= guids.size() && s.inFlight() == 0;
      });
      assertThat(stats(dispatcher).dropped()).isZero();
    }
    assertThat(guidsIn(topic, guids.size())).containsAll(guids);
  }

  @Test
  void aBrokerRestartMidStreamLosesNothing() throws Exception {
    String topic = topic();
    KafkaProvider provider = new KafkaProvider(broker.bootstrapServers(), topic);
    List<String> guids = new ArrayList<>();
    try (ErrorDispatcher dispatcher = dispatcher(provider)) {
      for (int i = 0; i < 2_000; i++) {
        guids.add(capture(dispatcher, i));
      }
      Await.until("some reports delivered before the restart", DELIVERY_TIMEOUT, () -> stats(dispatcher).delivered() > 0);
      broker.stop(); // while the rest are queued or in flight
      for (int i = 2_000; i < 3_000; i++) {
        guids.add(capture(dispatcher, i));
      }
      broker.restart();
      for (int i = 3_000; i < 4_000; i++) {
        guids.add(capture(dispatcher, i));
      }
      Await.until("every report delivered or replayed", DELIVERY_TIMEOUT, () -> {
        ProviderStats s = stats(dispatcher);
        return s.delivered() + s.replayed() >= guids.size() && s.inFlight() == 0;
      });
      assertThat(stats(dispatcher).dropped()).isZero();
    }
    Set<String> consumed = guidsIn(topic, guids.size());
    assertThat(consumed).containsAll(guids);
  }

  @Test
  void dispatcherSetsAppNameGuidAndFingerprintThatBecomeTheRecordKey() throws Exception {
    String topic = topic();
    try (ErrorDispatcher dispatcher = dispatcher(new KafkaProvider(broker.bootstrapServers(), topic))) {
      ErrorReport report = ErrorReport.builder().error(new IllegalArgumentException("bad id"))
          .method("GET").endpoint("/items/{id}").statusCode(400).build();
      dispatcher.capture(report);
      dispatcher.capture(report);
      assertThat(dispatcher.flush(Duration.ofSeconds(60))).isTrue();
    }
    List<ConsumerRecord<byte[], byte[]>> records =
        TopicReader.read(broker.bootstrapServers(), topic, 2, DELIVERY_TIMEOUT);
    assertThat(records).hasSize(2); // de-duplication is off for Kafka: both are sent
    for (ConsumerRecord<byte[], byte[]> r : records) {
      var value = JSON.readTree(r.value());
      assertThat(value.get("app_name").asText()).isEqualTo("plant-api");
      assertThat(TopicReader.header(r, "app_name")).isEqualTo("plant-api");
      assertThat(value.get("fingerprint").asText()).isNotBlank().isEqualTo(TopicReader.text(r.key()));
      assertThat(value.get("guid_error").asText()).isNotBlank();
    }
    assertThat(TopicReader.text(records.get(0).key())).isEqualTo(TopicReader.text(records.get(1).key()));
    assertThat(JSON.readTree(records.get(0).value()).get("guid_error").asText())
        .isNotEqualTo(JSON.readTree(records.get(1).value()).get("guid_error").asText());
  }

  private ErrorDispatcher dispatcher(KafkaProvider provider) {
    return ErrorDispatcher.builder().appName("plant-api").provider(provider).spoolDirectory(spool)
        .closeTimeout(Duration.ofSeconds(20)).shutdownHook(false).build();
  }

  private static String capture(ErrorDispatcher dispatcher, int i) {
    String guid = UUID.randomUUID().toString();
    dispatcher.capture(KafkaProviderTest.fullReport("fp-" + (i % 20)).toBuilder()
        .appName(null).guidError(guid).errorDetails("report " + i).build());
    return guid;
  }

  private static ProviderStats stats(ErrorDispatcher dispatcher) {
    return dispatcher.stats().providers().get(0);
  }

  private static String topic() {
    String topic = "dispatch-" + UUID.randomUUID().toString().substring(0, 8);
    broker.createTopic(topic, 3);
    return topic;
  }

  private static Set<String> guidsIn(String topic, int atLeast) {
    Set<String> guids = new HashSet<>();
    for (ConsumerRecord<byte[], byte[]> r : TopicReader.read(broker.bootstrapServers(), topic, atLeast, DELIVERY_TIMEOUT)) {
      try {
        guids.add(JSON.readTree(r.value()).get("guid_error").asText());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return guids;
  }
}
