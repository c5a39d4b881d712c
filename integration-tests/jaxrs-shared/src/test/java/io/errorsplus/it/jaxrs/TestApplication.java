package io.errorsplus.it.jaxrs;

import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The test application as a user writes it: resources and the catch-all mapper as classes, the
 * other mappers and the feature as singletons.
 */
public class TestApplication extends Application {
  private final Object feature;

  public TestApplication(Object feature) {
    this.feature = feature;
  }

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(PlantsResource.class, SensorsResource.class, HealthResource.class,
        CatchAllMapper.class);
  }

  @Override
  @SuppressWarnings("deprecation") // deprecated in Jakarta REST 4.0, still how the feature is given
  public Set<Object> getSingletons() {
    return Set.of(feature, new QuotaMapper(), new IllegalArgumentMapper());
  }
}
