package io.errorsplus.it.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorsplus.dispatch.ErrorDispatcher;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Which providers the properties build (without a web server: the dispatcher does not need one).
 * The file and Kafka providers delivering is {@link CaptureAllWithFileAndKafkaTest}'s.
 */
class PropertyProvidersTest {

  @Test
  void loggingProviderIsTheDefaultWhenNothingElseIsConfigured() throws Exception {
    try (ConfigurableApplicationContext context = start(Map.of())) {
      assertThat(context.getBean(ErrorDispatcher.class).providerNames())
          .containsExactly("logging");
    }
  }

  @Test
  void everyProviderIsBuiltFromItsPropertiesAndAChannelThatIsDownDoesNotFailStartUp()
      throws Exception {
    String file = Files.createTempDirectory("errors-plus-it").resolve("r.jsonl").toString();
    try (ConfigurableApplicationContext context = start(Map.of(
        "errors-plus.file.path", file,
        // Nothing listens on port 1: the provider connects on its first delivery, not at start.
        "errors-plus.kafka.bootstrap-servers", "127.0.0.1:1",
        "errors-plus.kafka.topic", "errors",
        "errors-plus.discord.webhook-url", "https://discord.com/api/webhooks/123456/abc-token",
        "errors-plus.email.smtp-server", "127.0.0.1",
        "errors-plus.email.smtp-port", "1",
        "errors-plus.email.from", "alerts@example.com",
        "errors-plus.email.to", "oncall@example.com,dev@example.com"))) {
      assertThat(context.getBean(ErrorDispatcher.class).providerNames())
          .hasSize(4)
          .anyMatch(n -> n.toLowerCase().contains("kafka"))
          .anyMatch(n -> n.toLowerCase().contains("discord"))
          .anyMatch(n -> n.toLowerCase().contains("email"))
          .doesNotContain("logging");
    }
  }

  @Test
  void disabledMeansNoErrorsPlusBeans() throws Exception {
    try (ConfigurableApplicationContext context = start(Map.of("errors-plus.enabled", "false"))) {
      assertThat(context.getBeanNamesForType(ErrorDispatcher.class)).isEmpty();
      assertThat(context.getBeanNamesForType(io.errorsplus.dispatch.catalog.ErrorCatalog.class))
          .isEmpty();
    }
  }

  private static ConfigurableApplicationContext start(Map<String, Object> properties)
      throws Exception {
    return new SpringApplicationBuilder(ShopApplication.class)
        .web(WebApplicationType.NONE)
        .properties(Map.of("spring.main.banner-mode", "off", "errors-plus.spool-directory",
            Files.createTempDirectory("errors-plus-it-spool").toString()))
        .properties(properties)
        .run();
  }
}
