package io.errorsplus.dispatch.catalog;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the generated catalogues through {@link ServiceLoader}; a broken one is skipped. */
final class CatalogLoader {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorCatalog.class);

  private CatalogLoader() {}

  static ErrorCatalog load(ClassLoader loader) {
    List<ErrorCatalog> catalogs = new ArrayList<>();
    ClassLoader effective = loader != null ? loader : ErrorCatalog.class.getClassLoader();
    Iterator<ErrorCatalog> it = ServiceLoader.load(ErrorCatalog.class, effective).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        catalogs.add(it.next());
      } catch (ServiceConfigurationError | LinkageError e) {
        LOG.warn("errors-plus: skipped an error catalogue that cannot be loaded ({}); rebuild the "
            + "module that generated it with the same errors-plus version", e.toString());
      }
    }
    return ErrorCatalog.merge(catalogs);
  }
}
