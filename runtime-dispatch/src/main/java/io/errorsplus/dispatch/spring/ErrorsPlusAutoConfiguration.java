package io.errorsplus.dispatch.spring;

import io.errorsplus.dispatch.ErrorDispatcher;
import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.catalog.ErrorCatalog;
import io.errorsplus.dispatch.scrub.ScrubbingOptions;
import io.errorsplus.dispatch.web.ErrorAnswers;
import io.errorsplus.dispatch.web.RequestReporter;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Everything errors-plus needs in a Spring Boot application, from {@link ErrorsPlusProperties}:
 * the {@link ErrorCatalog} the processor generated, the {@link ErrorDispatcher} with the
 * configured providers and every {@link ErrorProvider} bean, and, in a Spring MVC servlet
 * application, the capture filter and the answering exception resolver
 * ({@link ErrorsPlusWebMvcConfiguration}). Every bean can be replaced by one of the application's.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "errors-plus", name = "enabled", havingValue = "true",
    matchIfMissing = true)
@EnableConfigurationProperties(ErrorsPlusProperties.class)
@Import(ErrorsPlusWebMvcConfiguration.class)
public class ErrorsPlusAutoConfiguration {

  /** Every catalogue the processor generated on the application's class path, merged. */
  @Bean
  @ConditionalOnMissingBean
  public ErrorCatalog errorsPlusCatalog(ApplicationContext context) {
    return ErrorCatalog.load(context.getClassLoader());
  }

  /** The dispatcher, closed with the context so queued reports are delivered or spooled. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public ErrorDispatcher errorsPlusDispatcher(ErrorsPlusProperties properties,
      Environment environment, ObjectProvider<ErrorProvider> providerBeans,
      ApplicationContext context) {
    List<ErrorProvider> beans = providerBeans.orderedStream().toList();
    List<ErrorProvider> configured =
        new PropertyProviders(properties, context.getClassLoader()).build(beans.size());
    ErrorDispatcher.Builder builder = ErrorDispatcher.builder()
        .appName(appName(properties, environment))
        .scrubbing(scrubbing(properties.scrubbing()))
        .closeTimeout(properties.closeTimeout())
        .neverBlock(properties.neverBlock())
        // The context closes the dispatcher; Spring Boot's own hook closes the context.
        .shutdownHook(false);
    if (properties.spoolDirectory() != null) {
      builder.spoolDirectory(properties.spoolDirectory());
    }
    configured.forEach(builder::provider);
    beans.forEach(builder::provider);
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ErrorsPlusConfigurationException("errors-plus.spool-directory", e.getMessage(),
          "Give each provider its own name, and each running application its own "
              + "errors-plus.spool-directory (or errors-plus.app-name).", e);
    }
  }

  /** The answering rules over the catalogue ({@code errors-plus.answer}). */
  @Bean
  @ConditionalOnMissingBean
  public ErrorAnswers errorsPlusAnswers(ErrorCatalog catalog, ErrorsPlusProperties properties) {
    return new ErrorAnswers(catalog, properties.answer());
  }

  /** The reporting rules over the catalogue ({@code errors-plus.capture}). */
  @Bean
  @ConditionalOnMissingBean
  public RequestReporter errorsPlusReporter(ErrorDispatcher dispatcher, ErrorCatalog catalog,
      ErrorsPlusProperties properties) {
    return new RequestReporter(dispatcher, catalog, PropertyProviders.capture(properties.capture()));
  }

  private static String appName(ErrorsPlusProperties properties, Environment environment) {
    String name = properties.appName();
    if (name == null || name.isBlank()) {
      name = environment.getProperty("spring.application.name");
    }
    return name == null || name.isBlank() ? "app" : name;
  }

  private static ScrubbingOptions scrubbing(ErrorsPlusProperties.Scrubbing scrubbing) {
    ScrubbingOptions.Builder builder = ScrubbingOptions.builder();
    try {
      builder.maxBodyBytes(scrubbing.maxBodyBytes());
    } catch (IllegalArgumentException e) {
      throw new ErrorsPlusConfigurationException("errors-plus.scrubbing.max-body-bytes",
          e.getMessage(), "Set it to 0 (keep no body) or more bytes, e.g. 8192.", e);
    }
    try {
      builder.trustedProxies(scrubbing.trustedProxies().toArray(String[]::new));
    } catch (IllegalArgumentException e) {
      throw new ErrorsPlusConfigurationException("errors-plus.scrubbing.trusted-proxies",
          e.getMessage(), "List IP addresses or CIDR blocks, e.g. 10.0.0.0/8,::1.", e);
    }
    scrubbing.secretHeaders().forEach(builder::secretHeader);
    return builder.build();
  }
}
