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
      catalog.operations(new java.lang.Class<?>[] {
          PlotNotFound.class,
          PlotsResource.class,
          long.class,
          PlotsApi.class,
          WaterConflict.class,
          WateringResource.class,
          String[].class,
          List.class,
          HarvestController.class,
      }, new java.lang.String[] {
          "get\tGET\t/api/plots/{id}\t422\t404,422\t0\t1:get:2;3:get:2",
          "schedule\tPOST\t/api/watering\t422\t409,422\t4\t5:schedule:6,7",
          "get_1\tGET\t/harvest/{id}\t422\t404,422\t0\t8:get:2",
          "status\tGET\t/api/watering\t0\t\t\t5:status:",
      });
    }
  }
}
