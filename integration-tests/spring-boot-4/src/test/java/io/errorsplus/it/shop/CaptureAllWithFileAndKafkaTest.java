package io.errorsplus.it.shop;

import static io.errorsplus.it.shop.Shop.url;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorsplus.dispatch.Await;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.provider.kafka.KafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code errors-plus.capture=all}, with the file and Kafka providers built from properties
 * (Kafka against a real broker), and the problem-style application answering.
 */
class CaptureAllWithFileAndKafkaTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static KafkaBroker broker;
  static Path reportFile;
  static Shop shop;

  @BeforeAll
  static void start() throws Exception {
    broker = KafkaBroker.start();
    broker.createTopic("shop-errors", 1);
    reportFile = Files.createTempDirectory("errors-plus-it-file").resolve("reports.jsonl");
    shop = Shop.start(Map.of(
        "errors-plus.app-name", "shop-all",
        "errors-plus.capture", "all",
        "errors-plus.file.path", reportFile.toString(),
        "errors-plus.kafka.bootstrap-servers", broker.bootstrapServers(),
        "errors-plus.kafka.topic", "shop-errors",
        "errors-plus.kafka.properties.linger.ms", "0",
        "errors-plus.template.exclude", "traceback"));
  }

  @AfterAll
  static void stop() {
    if (shop != null) {
      shop.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void problemStyleApplicationAnswersProblemBodies() throws Exception {
    Shop.Response gone = shop.get("/reservations/7");
    assertThat(gone.status()).isEqualTo(410);
    assertThat(gone.contentType()).startsWith("application/problem+json");
    assertThat(gone.json()).isEqualTo(JSON.readTree("{\"type\":\"about:blank\",\"title\":\"Gone\","
        + "\"status\":410,\"detail\":\"Reservation 7 expired\",\"instance\":\"/reservations/7\","
        + "\"code\":\"RESERVATION_GONE\"}"));

    Shop.Response invalid = shop.post("/reservations", "application/json", "{\"guest\":\"\"}");
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.contentType()).startsWith("application/problem+json");
    JsonNode body = invalid.json();
    assertThat(body.get("title").asText()).isEqualTo("Unprocessable Content");
    assertThat(body.get("status").asInt()).isEqualTo(422);
    assertThat(body.get("detail").asText()).startsWith("guest: ");
    assertThat(body.get("instance").asText()).isEqualTo("/reservations");
  }

  @Test
  void allPolicyReportsDocumentedAnswersTooAndEveryPropertyProviderDelivers() throws Exception {
    assertThat(shop.get("/items/0?via=all").status()).isEqualTo(404);
    ErrorReport report = shop.report("the documented 404", url("/items/0?via=all"));
    assertThat(report.documented()).isTrue();
    assertThat(report.errorCode()).isEqualTo("ITEM_NOT_FOUND");
    assertThat(report.operationId()).isEqualTo("get");
    assertThat(report.statusCode()).isEqualTo(404);
    assertThat(report.appName()).isEqualTo("shop-all");

    // The file provider: one JSON object a line, without the excluded traceback.
    Await.until("the report in " + reportFile, () -> lines().stream()
        .anyMatch(l -> l.contains("/items/0?via=all")));
    JsonNode line = JSON.readTree(lines().stream().filter(l -> l.contains("/items/0?via=all"))
        .findFirst().orElseThrow());
    assertThat(line.get("endpoint").asText()).isEqualTo("/items/{id}");
    assertThat(line.get("status_code").asInt()).isEqualTo(404);
    assertThat(line.get("documented").asBoolean()).isTrue();
    assertThat(line.has("traceback")).isFalse();

    // The Kafka provider, read back from the real broker.
    JsonNode record = kafkaRecord("/items/0?via=all");
    assertThat(record.get("operation_id").asText()).isEqualTo("get");
    assertThat(record.get("error_code").asText()).isEqualTo("ITEM_NOT_FOUND");
    assertThat(record.has("traceback")).isFalse();
  }

  private static List<String> lines() {
    try {
      return Files.exists(reportFile) ? Files.readAllLines(reportFile) : List.of();
    } catch (java.io.IOException e) {
      return List.of();
    }
  }

  private static JsonNode kafkaRecord(String urlPart) throws Exception {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of("shop-errors"));
      List<String> seen = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          seen.add(r.value());
          if (r.value().contains(urlPart)) {
            return JSON.readTree(r.value());
          }
        }
      }
      throw new AssertionError("no Kafka record for " + urlPart + " within 60 s; saw " + seen);
    }
  }
}
