package io.errorsplus.dispatch.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The metadata IDEs complete {@code errors-plus.*} from (spring-boot-configuration-processor plus
 * the hand-written descriptions and hints): every property of the contract, each explained.
 */
class ConfigurationMetadataTest {

  static final List<String> CONTRACT = List.of("errors-plus.enabled", "errors-plus.app-name",
      "errors-plus.capture", "errors-plus.answer", "errors-plus.spool-directory",
      "errors-plus.close-timeout", "errors-plus.never-block", "errors-plus.template.exclude",
      "errors-plus.scrubbing.trusted-proxies", "errors-plus.scrubbing.secret-headers",
      "errors-plus.scrubbing.max-body-bytes", "errors-plus.logging.enabled",
      "errors-plus.file.path", "errors-plus.kafka.bootstrap-servers", "errors-plus.kafka.topic",
      "errors-plus.kafka.properties", "errors-plus.discord.webhook-url",
      "errors-plus.email.smtp-server", "errors-plus.email.smtp-port",
      "errors-plus.email.username", "errors-plus.email.password", "errors-plus.email.from",
      "errors-plus.email.to", "errors-plus.email.start-tls", "errors-plus.email.ssl",
      "errors-plus.springdoc.enabled");

  @Test
  void everyContractPropertyIsDescribedAndTheChoicesAreHinted() throws Exception {
    JsonNode metadata;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("generated metadata").isNotNull();
      metadata = new ObjectMapper().readTree(in);
    }
    List<String> names = new ArrayList<>();
    for (JsonNode property : metadata.get("properties")) {
      names.add(property.get("name").asText());
      assertThat(property.path("description").asText()).as(property.get("name").asText())
          .isNotBlank().doesNotContain("{@code");
    }
    assertThat(names).containsExactlyInAnyOrderElementsOf(CONTRACT);
    assertThat(metadata.get("properties").findValues("name").stream()
        .anyMatch(n -> n.asText().equals("errors-plus.springdoc.enabled"))).isTrue();
    List<String> captureValues = new ArrayList<>();
    for (JsonNode hint : metadata.get("hints")) {
      if (hint.get("name").asText().equals("errors-plus.capture")) {
        hint.get("values").forEach(v -> captureValues.add(v.get("value").asText()));
      }
    }
    assertThat(captureValues).containsExactly("all", "undocumented", "server-errors", "off");
  }
}
