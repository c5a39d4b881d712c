package io.errorsplus.it.springdoc;

import io.errorsplus.dispatch.catalog.ErrorCatalog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An application's own {@link ErrorCatalog} bean (on demand): the merge must use it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("shop.empty-catalog")
public class EmptyCatalogConfiguration {

  @Bean
  public ErrorCatalog errorCatalog() {
    return ErrorCatalog.empty();
  }
}
