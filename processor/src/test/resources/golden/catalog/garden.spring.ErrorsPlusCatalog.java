package garden.spring;

import garden.errors.FrostWarning;
import io.errorsplus.dispatch.catalog.BodyStyle;
import io.errorsplus.dispatch.catalog.GeneratedErrorCatalog;
import javax.annotation.processing.Generated;

/**
 * More documented errors and endpoints of this compilation: those that only a
 * class of this package can name, or those of a later processing round.
 * {@code ErrorCatalog.load()} merges it with {@code garden.ErrorsPlusCatalog}.
 */
@Generated("io.errorsplus.processor.ErrorsPlusProcessor")
public final class ErrorsPlusCatalog extends GeneratedErrorCatalog {
  /**
   * Called by {@code ServiceLoader}.
   */
  public ErrorsPlusCatalog() {
    super(BodyStyle.DETAIL, 1, 1);
    GeneratedErrorCatalog.Registrar registrar = registrar();
    Errors0.register(registrar);
    Operations0.register(registrar);
  }

  private static final class Errors0 {
    private Errors0() {
    }

    static void register(GeneratedErrorCatalog.Registrar catalog) {
      catalog.error(ShedLocked.class, 423, "", "The shed is locked", NO_BODY);
    }
  }

  private static final class Operations0 {
    private Operations0() {
    }

    static void register(GeneratedErrorCatalog.Registrar catalog) {
      catalog.operations(new java.lang.Class<?>[] {
          FrostWarning.class,
          ShedLocked.class,
          ShedController.class,
      }, new java.lang.String[] {
          "open\tGET\t/shed\t0\t423,503\t0,1\t2:open:",
      });
    }
  }
}
