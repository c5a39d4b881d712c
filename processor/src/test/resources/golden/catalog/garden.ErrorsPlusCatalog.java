package garden;

import garden.errors.FrostWarning;
import garden.errors.PlotNotFound;
import garden.errors.WaterConflict;
import garden.jaxrs.PlotsApi;
import garden.jaxrs.PlotsResource;
import garden.jaxrs.WateringResource;
import garden.spring.HarvestController;
import io.errorsplus.dispatch.catalog.BodyStyle;
import io.errorsplus.dispatch.catalog.GeneratedErrorCatalog;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The documented errors and endpoints of this compilation, for
 * {@code ErrorCatalog.load()} (registered in
 * {@code META-INF/services/io.errorsplus.dispatch.catalog.ErrorCatalog}).
 */
@Generated("io.errorsplus.processor.ErrorsPlusProcessor")
public final class ErrorsPlusCatalog extends GeneratedErrorCatalog {
  /**
   * Called by {@code ServiceLoader}.
   */
  public ErrorsPlusCatalog() {
    super(BodyStyle.DETAIL, 3, 4);
    GeneratedErrorCatalog.Registrar registrar = registrar();
    Errors0.register(registrar);
    Operations0.register(registrar);
  }

  @Override
  protected Object customBody(int body, Throwable error) {
    switch (body) {
      case 0:
        return ((WaterConflict) error).body();
      default:
        return super.customBody(body, error);
    }
  }

  private static final class Errors0 {
    private Errors0() {
    }

    static void register(GeneratedErrorCatalog.Registrar catalog) {
      catalog.error(FrostWarning.class, 503, "", "Frost: the garden is closed", NO_BODY);
      catalog.error(PlotNotFound.class, 404, "PLOT_NOT_FOUND", "Plot not found", NO_BODY);
      catalog.error(WaterConflict.class, 409, "WATER_CONFLICT", "Watering overlaps", 0);
    }
  }

  private static final class Operations0 {
    private Operations0() {
    }

    static void register(GeneratedErrorCatalog.Registrar catalog) {
      catalog.operation("get", "GET", "/api/plots/{id}", 422, 404, 422)
          .documents(PlotNotFound.class)
          .handler(PlotsResource.class, "get", long.class)
          .handler(PlotsApi.class, "get", long.class);
      catalog.operation("schedule", "POST", "/api/watering", 422, 409, 422)
          .documents(WaterConflict.class)
          .handler(WateringResource.class, "schedule", String[].class, List.class);
      catalog.operation("get_1", "GET", "/harvest/{id}", 422, 404, 422)
          .documents(PlotNotFound.class)
          .handler(HarvestController.class, "get", long.class);
      catalog.operation("status", "GET", "/api/watering", 0)
          .handler(WateringResource.class, "status");
    }
  }
}
