package io.errorsplus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.errorsplus.dispatch.catalog.ErrorCatalog;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated error catalogue: what is generated, when, under which name. */
class CatalogTest {

  @Test
  void runtimeOnTheClassPathGeneratesAndRegistersTheCatalogue(@TempDir Path folder) throws Exception {
    Compilation compilation = CatalogRun.compile("good/jaxrs");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(CatalogRun.source(compilation, "shop.jaxrs.ErrorsPlusCatalog")).isPresent();
    assertThat(CatalogRun.services(compilation)).hasValue("shop.jaxrs.ErrorsPlusCatalog\n");

    try (URLClassLoader loader = CatalogRun.loader(CatalogRun.writeClassOutput(compilation, folder))) {
      ErrorCatalog catalog = ErrorCatalog.load(loader);
      assertThat(catalog.errors()).isNotEmpty();
      assertThat(catalog.operations()).isNotEmpty();
    }
  }
}
