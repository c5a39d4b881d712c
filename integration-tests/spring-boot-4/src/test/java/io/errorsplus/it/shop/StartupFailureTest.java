package io.errorsplus.it.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * A wrong property fails start-up, and the failure analyzer registered in spring.factories (the
 * one Spring Boot prints "APPLICATION FAILED TO START" with) names the property and the fix.
 * Without a web server, so each failing start is short.
 */
class StartupFailureTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "errors-plus.capture=sometimes | errors-plus.capture | 'sometimes' is not a capture policy | one of all, undocumented (the default), server-errors, off",
      "errors-plus.discord.webhook-url=https://example.com/not-a-webhook | errors-plus.discord.webhook-url | Discord webhook URL | https://discord.com/api/webhooks/<id>/<token>",
      "errors-plus.kafka.bootstrap-servers=localhost:9092,errors-plus.kafka.topic=my errors | errors-plus.kafka.topic | not a legal Kafka topic name | Correct errors-plus.kafka.topic",
      "errors-plus.email.smtp-server=smtp.example.com,errors-plus.email.from=alerts@example.com | errors-plus.email.to | needs at least one recipient | errors-plus.email.to=oncall@example.com",
  })
  void badPropertyFailsStartUpNamingItAndTheFix(String properties, String property,
      String problem, String fix) {
    Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ShopApplication.class)
        .web(WebApplicationType.NONE)
        .properties(Map.of("spring.main.banner-mode", "off"))
        .properties(properties.split(","))
        .run().close());
    assertThat(failure).as("start-up with " + properties).isNotNull();

    List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
        .load(FailureAnalyzer.class,
            // Spring Boot's own analyzers that need constructor arguments are not needed here.
            SpringFactoriesLoader.FailureHandler.handleMessage((message, e) -> { }));
    assertThat(analyzers).hasAtLeastOneElementOfType(
        io.errorsplus.dispatch.spring.ErrorsPlusFailureAnalyzer.class);
    FailureAnalysis analysis = analyzers.stream().map(a -> a.analyze(failure))
        .filter(Objects::nonNull).findFirst().orElseThrow();
    assertThat(analysis.getDescription()).contains("'" + property + "'").contains(problem);
    assertThat(analysis.getAction()).contains(fix);
  }
}
