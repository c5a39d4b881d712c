package io.errorsplus.dispatch.provider.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.errorsplus.dispatch.DeliveryOptions;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.ReportField;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configuration: validated when built, never connects, never shows secrets. */
class KafkaProviderConfigTest {

  @Test
  void constructionDoesNotConnect() {
    // nothing listens on port 1: a provider must still be built, the producer comes on first send
    KafkaProvider provider = new KafkaProvider("127.0.0.1:1", "errors");
    assertThat(provider.bootstrapServers()).isEqualTo("127.0.0.1:1");
    assertThat(provider.topic()).isEqualTo("errors");
    assertThat(provider.template()).isEqualTo(MessageTemplate.all());
    assertThat(provider.name()).isEqualTo("kafka-errors");
    provider.close();
  }

  @Test
  void producerDefaultsAreDurableBatchedAndBounded() {
    Map<String, Object> props = new KafkaProvider("localhost:9092", "errors").producerProperties();
    assertThat(props).containsEntry("acks", "all")
        .containsEntry("enable.idempotence", "true")
        .containsEntry("compression.type", "lz4")
        .containsEntry("max.block.ms", "1000")
        .containsEntry("bootstrap.servers", "localhost:9092");
    long linger = Long.parseLong((String) props.get("linger.ms"));
    long request = Long.parseLong((String) props.get("request.timeout.ms"));
    long delivery = Long.parseLong((String) props.get("delivery.timeout.ms"));
    assertThat(linger).isBetween(1L, 50L);
    assertThat(delivery).isGreaterThanOrEqualTo(linger + request).isLessThan(120_000L);
  }

  @Test
  void deliveryOptionsSendEveryReportThroughALargeQueue() {
    DeliveryOptions options = new KafkaProvider("localhost:9092", "errors").deliveryOptions();
    assertThat(options.deduplicationWindow()).isZero();
    assertThat(options.queueCapacity()).isGreaterThan(DeliveryOptions.defaults().queueCapacity());
  }

  @Test
  void builderSetsTimeoutsTemplateNameAndProperties() {
    KafkaProvider provider = KafkaProvider.builder()
        .bootstrapServers(" broker-1:9093 , [::1]:9094 ")
        .topic("app.errors_v2")
        .template(MessageTemplate.all().without(ReportField.TRACEBACK))
        .maxBlock(Duration.ofMillis(500))
        .requestTimeout(Duration.ofSeconds(3))
        .deliveryTimeout(Duration.ofSeconds(8))
        .linger(Duration.ofMillis(20))
        .property("compression.type", "gzip")
        .name("kafka-main")
        .build();
    assertThat(provider.bootstrapServers()).isEqualTo("broker-1:9093,[::1]:9094");
    assertThat(provider.name()).isEqualTo("kafka-main");
    assertThat(provider.template().includes(ReportField.TRACEBACK)).isFalse();
    assertThat(provider.producerProperties()).containsEntry("max.block.ms", "500")
        .containsEntry("request.timeout.ms", "3000")
        .containsEntry("delivery.timeout.ms", "8000")
        .containsEntry("linger.ms", "20")
        .containsEntry("compression.type", "gzip");
  }

  @Test
  void blankOrMalformedBootstrapServersAreRejected() {
    assertThatThrownBy(() -> new KafkaProvider(null, "errors"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("bootstrapServers is required");
    assertThatThrownBy(() -> new KafkaProvider("  ", "errors"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bootstrapServers must not be blank")
        .hasMessageContaining("localhost:9092");
    assertThatThrownBy(() -> new KafkaProvider("localhost", "errors"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"localhost\" is not host:port");
    assertThatThrownBy(() -> new KafkaProvider("a:9092,,b:9092", "errors"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty entry");
    assertThatThrownBy(() -> new KafkaProvider("localhost:70000", "errors"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port 70000");
  }

  @Test
  void blankOrIllegalTopicsAreRejected() {
    assertThatThrownBy(() -> new KafkaProvider("localhost:9092", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("topic is required");
    assertThatThrownBy(() -> new KafkaProvider("localhost:9092", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topic must not be blank");
    assertThatThrownBy(() -> new KafkaProvider("localhost:9092", "my errors"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"my errors\" is not a legal Kafka topic name");
    assertThatThrownBy(() -> new KafkaProvider("localhost:9092", "x".repeat(250)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("249");
  }

  @Test
  void propertiesTheProviderOwnsCannotBeOverridden() {
    assertThatThrownBy(() -> KafkaProvider.builder().property("bootstrap.servers", "x:1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use bootstrapServers");
    assertThatThrownBy(() -> KafkaProvider.builder().property("value.serializer", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value.serializer is set by the provider");
  }

  @Test
  void badProducerValuesFailAtBuildTimeWithKafkasReason() {
    assertThatThrownBy(() -> builder().property("acks", "maybe").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid Kafka producer property").hasMessageContaining("acks");
    assertThatThrownBy(() -> builder().property("compression.type", "brotli").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("compression.type");
    assertThatThrownBy(() -> builder().property("acks", "1").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("enable.idempotence=false");
    assertThat(builder().property("acks", "1").property("enable.idempotence", "false").build()
        .producerProperties()).containsEntry("acks", "1");
  }

  @Test
  void deliveryTimeoutMustCoverLingerAndRequestTimeout() {
    assertThatThrownBy(() -> builder().requestTimeout(Duration.ofSeconds(10)).deliveryTimeout(Duration.ofSeconds(5)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delivery.timeout.ms (5000) must be at least linger.ms");
    assertThatThrownBy(() -> builder().maxBlock(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBlock must be zero or more");
    assertThatThrownBy(() -> builder().requestTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestTimeout must be positive");
  }

  @Test
  void secretsNeverShowInToStringOrProperties() {
    String jaas = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"svc\" password=\"s3cr3t-pw\";";
    KafkaProvider provider = builder()
        .property("security.protocol", "SASL_SSL")
        .property("sasl.mechanism", "PLAIN")
        .property("sasl.jaas.config", jaas)
        .property("ssl.truststore.password", "trust-pw")
        .build();
    assertThat(provider.toString()).doesNotContain("s3cr3t-pw").doesNotContain("trust-pw")
        .contains("sasl.jaas.config=[hidden]").contains("security.protocol=SASL_SSL");
    assertThat(provider.producerProperties()).containsEntry("ssl.truststore.password", "[hidden]");
  }

  private static KafkaProvider.Builder builder() {
    return KafkaProvider.builder().bootstrapServers("localhost:9092").topic("errors");
  }
}
