package io.errorsplus.dispatch.spring.springdoc;

import io.errorsplus.dispatch.catalog.ErrorCatalog;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Merges errors-plus's error responses into springdoc-openapi's document, when springdoc is on
 * the class path of a servlet application. On by default; {@code errors-plus.springdoc.enabled=false}
 * (or {@code errors-plus.enabled=false}) turns it off.
 *
 * <p>The error catalogue is the application's {@link ErrorCatalog} bean when there is one (the
 * errors-plus Spring integration defines it), else {@link ErrorCatalog#load()}; both are looked up
 * when springdoc first builds its document, so the order of auto-configurations does not matter.
 */
@AutoConfiguration(afterName = "org.springdoc.core.configuration.SpringDocConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = {
    "org.springdoc.core.customizers.GlobalOperationComponentsCustomizer",
    "org.springdoc.core.customizers.GlobalOpenApiCustomizer",
    "org.springdoc.core.providers.ObjectMapperProvider",
    "io.swagger.v3.core.util.Json31",
    "org.springframework.web.method.HandlerMethod"})
@ConditionalOnProperty(name = {"errors-plus.enabled", "errors-plus.springdoc.enabled"},
    havingValue = "true", matchIfMissing = true)
public class ErrorsPlusSpringdocAutoConfiguration {

  /** The springdoc customizer that merges the error responses and their schemas. */
  @Bean
  @ConditionalOnMissingBean
  public SpringdocErrorMerge errorsPlusSpringdocErrorMerge(ObjectProvider<ErrorCatalog> catalog,
      ObjectProvider<ObjectMapperProvider> mappers) {
    return new SpringdocErrorMerge(() -> catalog.getIfAvailable(ErrorCatalog::load),
        () -> mappers.getObject().jsonMapper());
  }
}
