package io.errorsplus.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import io.errorsplus.dispatch.catalog.BodyStyle;
import io.errorsplus.dispatch.catalog.DocumentedError;
import io.errorsplus.dispatch.catalog.DocumentedOperation;
import io.errorsplus.dispatch.catalog.ErrorCatalog;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime over catalogues the processor generated in the test: good/catalog (JAX-RS with an
 * interface-declared resource, Spring, an endpoint without error sources, a custom body, a
 * package-private controller) compiled, loaded from its class output and asked.
 */
class CatalogRuntimeTest {

  @TempDir static Path folder;
  private static URLClassLoader garden;
  private static ErrorCatalog catalog;

  @BeforeAll
  static void compile() {
    garden = CatalogRun.compileAndLoad(folder.resolve("garden"), ProcessorRun.sources("good/catalog"));
    catalog = ErrorCatalog.load(garden);
  }

  @AfterAll
  static void close() throws Exception {
    garden.close();
  }

  private static Class<?> type(String name) throws ClassNotFoundException {
    return garden.loadClass(name);
  }

  private static Throwable exception(String type, Object... arguments) throws Exception {
    for (var constructor : type(type).getDeclaredConstructors()) {
      if (constructor.getParameterCount() == arguments.length) {
        constructor.setAccessible(true); // package-private dtos too
        return (Throwable) constructor.newInstance(arguments);
      }
    }
    throw new AssertionError("no constructor of " + type + " for " + List.of(arguments));
  }

  private static Method method(String type, String name, Class<?>... parameters) throws Exception {
    return type(type).getDeclaredMethod(name, parameters);
  }

  @Test
  void findsADtoByItsClass() throws Exception {
    DocumentedError found = catalog.find(exception("garden.errors.PlotNotFound", "No plot 7")).orElseThrow();
    assertThat(found.type()).isSameAs(type("garden.errors.PlotNotFound"));
    assertThat(found.status()).isEqualTo(404);
    assertThat(found.code()).isEqualTo("PLOT_NOT_FOUND");
    assertThat(found.message()).isEqualTo("Plot not found");
    assertThat(found.mediaType()).isEqualTo("application/json");
    assertThat(catalog.find(type("garden.errors.FrostWarning")).orElseThrow().status()).isEqualTo(503);
  }

  @Test
  void findsTheNearestDocumentedSuperclass() throws Exception {
    DocumentedError found = catalog.find(exception("garden.errors.SeedlingNotFound", "No seedling")).orElseThrow();
    assertThat(found.type()).isSameAs(type("garden.errors.PlotNotFound"));
  }

  @Test
  void anExceptionThatIsNoDtoIsNotFound() {
    assertThat(catalog.find(new IllegalStateException("boom"))).isEmpty();
    assertThat(catalog.find((Throwable) null)).isEmpty();
  }

  @Test
  void aCustomBodyIsTheDtosTypedBodyMethod() throws Exception {
    Throwable conflict = exception("garden.errors.WaterConflict", List.of("north", "south"));
    DocumentedError found = catalog.find(conflict).orElseThrow();
    Object body = found.body(conflict, "/api/watering");
    assertThat(body.getClass()).isSameAs(type("garden.errors.WaterConflict$Body"));
    assertThat(body).isEqualTo(type("garden.errors.WaterConflict").getMethod("body").invoke(conflict));
    assertThat(body.toString()).contains("zones=[north, south]");
  }

  @Test
  void theDetailStyleStandardBody() throws Exception {
    DocumentedError plot = catalog.find(type("garden.errors.PlotNotFound")).orElseThrow();
    assertThat(plot.bodyStyle()).isEqualTo(BodyStyle.DETAIL);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("detail", "No plot 7");
    expected.put("code", "PLOT_NOT_FOUND");
    assertThat(plot.body(exception("garden.errors.PlotNotFound", "No plot 7"), "/api/plots/7"))
        .isEqualTo(expected);
    // no exception message: the documented one; no code: no "code"
    DocumentedError shed = catalog.find(type("garden.spring.ShedLocked")).orElseThrow();
    assertThat(shed.body(exception("garden.spring.ShedLocked"), "/shed"))
        .isEqualTo(Map.of("detail", "The shed is locked"));
  }

  @Test
  void theProblemStyleStandardBody() throws Exception {
    try (URLClassLoader problem = CatalogRun.compileAndLoad(folder.resolve("problem"),
        ProcessorRun.sources("good/catalog"), "-Aerrorsplus.bodyStyle=problem")) {
      ErrorCatalog problems = ErrorCatalog.load(problem);
      Class<?> plotNotFound = problem.loadClass("garden.errors.PlotNotFound");
      DocumentedError plot = problems.find(plotNotFound).orElseThrow();
      assertThat(plot.mediaType()).isEqualTo("application/problem+json");
      Throwable error = (Throwable) plotNotFound.getConstructor(String.class).newInstance("No plot 7");
      assertThat(plot.body(error, "/api/plots/7")).isEqualTo(Map.of(
          "type", "about:blank", "title", "Not Found", "status", 404, "detail", "No plot 7",
          "instance", "/api/plots/7", "code", "PLOT_NOT_FOUND"));
      assertThat(((Map<?, ?>) plot.body(error, "/api/plots/7")).keySet().stream().map(String::valueOf).toList())
          .containsExactly("type", "title", "status", "detail", "instance", "code");
      // the custom body is the same in both styles
      Class<?> conflict = problem.loadClass("garden.errors.WaterConflict");
      Throwable water = (Throwable) conflict.getConstructor(List.class).newInstance(List.of("east"));
      assertThat(problems.find(water).orElseThrow().body(water, "/api/watering").getClass())
          .isSameAs(problem.loadClass("garden.errors.WaterConflict$Body"));
    }
  }

  @Test
  void operationOfAJaxRsClassMethod() throws Exception {
    DocumentedOperation schedule = catalog.operation(
        method("garden.jaxrs.WateringResource", "schedule", String[].class, List.class)).orElseThrow();
    assertThat(schedule.operationId()).isEqualTo("schedule");
    assertThat(schedule.method()).isEqualTo("POST");
    assertThat(schedule.path()).isEqualTo("/api/watering");
    assertThat(schedule.statuses()).containsExactly(409, 422);
    assertThat(schedule.validationStatus()).isEqualTo(422);
    DocumentedError conflict = catalog.find(type("garden.errors.WaterConflict")).orElseThrow();
    DocumentedError plot = catalog.find(type("garden.errors.PlotNotFound")).orElseThrow();
    assertThat(schedule.documents(conflict)).isTrue();
    assertThat(schedule.documents(plot)).isFalse();
  }

  @Test
  void anInterfaceDeclaredResourceIsFoundThroughBothMethods() throws Exception {
    DocumentedOperation viaInterface =
        catalog.operation(method("garden.jaxrs.PlotsApi", "get", long.class)).orElseThrow();
    DocumentedOperation viaClass =
        catalog.operation(method("garden.jaxrs.PlotsResource", "get", long.class)).orElseThrow();
    assertThat(viaClass).isSameAs(viaInterface);
    assertThat(viaClass.path()).isEqualTo("/api/plots/{id}");
    assertThat(viaClass.operationId()).isEqualTo("get");
    // a subclass of a documented dto is documented too
    DocumentedError seedling = catalog.find(exception("garden.errors.SeedlingNotFound", "x")).orElseThrow();
    assertThat(viaClass.documents(seedling)).isTrue();
  }

  @Test
  void operationOfASpringControllerMethod() throws Exception {
    DocumentedOperation harvest = catalog.operation(
        method("garden.spring.HarvestController", "get", long.class)).orElseThrow();
    assertThat(harvest.operationId()).isEqualTo("get_1");
    assertThat(harvest.method()).isEqualTo("GET");
    assertThat(harvest.path()).isEqualTo("/harvest/{id}");
    assertThat(harvest.statuses()).containsExactly(404, 422);
    // a package-private controller, registered by the class of its own package
    DocumentedOperation shed = catalog.operation(method("garden.spring.ShedController", "open")).orElseThrow();
    assertThat(shed.path()).isEqualTo("/shed");
    assertThat(shed.validationStatus()).isZero();
    assertThat(shed.documents(catalog.find(type("garden.spring.ShedLocked")).orElseThrow())).isTrue();
    assertThat(shed.documents(catalog.find(type("garden.errors.FrostWarning")).orElseThrow())).isTrue();
  }

  @Test
  void anEndpointWithoutErrorSourcesIsInTheCatalogue() throws Exception {
    DocumentedOperation status =
        catalog.operation(method("garden.jaxrs.WateringResource", "status")).orElseThrow();
    assertThat(status.operationId()).isEqualTo("status");
    assertThat(status.method()).isEqualTo("GET");
    assertThat(status.path()).isEqualTo("/api/watering");
    assertThat(status.statuses()).isEmpty();
    assertThat(status.validationStatus()).isZero();
    assertThat(catalog.operations()).contains(status);
  }

  @Test
  void aMethodThatIsNoEndpointIsNotFound() throws Exception {
    assertThat(catalog.operation(Object.class.getMethod("toString"))).isEmpty();
    assertThat(catalog.operation(method("garden.errors.WaterConflict", "body"))).isEmpty();
  }

  @Test
  void twoCataloguesOnOneClassPathAreMerged() throws Exception {
    Path orchard = CatalogRun.writeClassOutput(
        CatalogRun.compile("good/catalog-second"), folder.resolve("orchard"));
    try (URLClassLoader both = CatalogRun.loader(folder.resolve("garden"), orchard)) {
      ErrorCatalog merged = ErrorCatalog.load(both);
      assertThat(merged.errors()).extracting(e -> e.type().getName())
          .contains("garden.errors.PlotNotFound", "orchard.TreeMissing");
      assertThat(merged.operations()).extracting(DocumentedOperation::path)
          .contains("/api/plots/{id}", "/trees/{name}", "/shed");
      Class<?> treeMissing = both.loadClass("orchard.TreeMissing");
      DocumentedError tree = merged.find((Throwable) treeMissing.getConstructor().newInstance()).orElseThrow();
      assertThat(tree.code()).isEqualTo("TREE_MISSING");
      DocumentedOperation trees = merged.operation(
          both.loadClass("orchard.TreesResource").getMethod("get", String.class)).orElseThrow();
      assertThat(trees.documents(tree)).isTrue();
      assertThat(merged.operation(both.loadClass("garden.jaxrs.PlotsApi").getMethod("get", long.class)))
          .map(DocumentedOperation::path).hasValue("/api/plots/{id}");
    }
  }

  @Test
  void noCatalogueGivesAnEmptyOne() throws Exception {
    try (URLClassLoader nothing = CatalogRun.loader(folder.resolve("nothing-here"))) {
      ErrorCatalog empty = ErrorCatalog.load(nothing);
      assertThat(empty.errors()).isEmpty();
      assertThat(empty.operations()).isEmpty();
      assertThat(empty.find(new IllegalStateException())).isEmpty();
    }
  }

  @Test
  void anEndpointTableKeepsEveryCharacterAndEveryTypeName() throws Exception {
    // The table's own separators and escapes in a path, and user types named String and Class
    // (which the table's source also names) in the catalogue's package.
    JavaFileObject string = JavaFileObjects.forSourceLines("odd.String", "package odd;",
        "@io.errorsplus.ErrorDto(status = 409, message = \"Odd\\tname\")",
        "public class String extends RuntimeException { private static final long serialVersionUID = 1L; }");
    JavaFileObject resource = JavaFileObjects.forSourceLines("odd.Class", "package odd;",
        "@jakarta.ws.rs.Path(\"/files\")",
        "public class Class {",
        "  @jakarta.ws.rs.GET @jakarta.ws.rs.Path(\"a\\\\b\\tc;d:e,f\") @io.errorsplus.Errors(odd.String.class)",
        "  public java.lang.String get(@jakarta.ws.rs.QueryParam(\"q\") java.lang.String q, odd.String s) { return q; }",
        "}");
    try (URLClassLoader odd = CatalogRun.compileAndLoad(folder.resolve("odd"), List.of(string, resource))) {
      ErrorCatalog loaded = ErrorCatalog.load(odd);
      java.lang.Class<?> dto = odd.loadClass("odd.String");
      DocumentedOperation get = loaded.operation(odd.loadClass("odd.Class")
          .getMethod("get", java.lang.String.class, dto)).orElseThrow();
      assertThat(get.path()).isEqualTo("/files/a\\b\tc;d:e,f");
      assertThat(get.statuses()).containsExactly(409, 422);
      DocumentedError documented = loaded.find(dto).orElseThrow();
      assertThat(documented.message()).isEqualTo("Odd\tname");
      assertThat(get.documents(documented)).isTrue();
    }
  }
}
