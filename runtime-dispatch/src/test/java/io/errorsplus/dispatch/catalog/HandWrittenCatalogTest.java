package io.errorsplus.dispatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorsplus.dispatch.web.RouteTemplate;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalogue's look-ups over a hand-written catalogue shaped like a generated one. */
class HandWrittenCatalogTest {

  static class NotFound extends RuntimeException {
    NotFound(String message) { super(message); }
  }

  static class PlantNotFound extends NotFound {
    PlantNotFound(String message) { super(message); }
  }

  record ConflictBody(String slot) {}

  static class Conflict extends RuntimeException {
    public ConflictBody body() { return new ConflictBody("monday"); }
  }

  interface ItemsApi {
    String get(long id);
  }

  static class ItemsResource implements ItemsApi {
    @Override public String get(long id) { return "x"; }
    public String list() { return "[]"; }
  }

  static final class ShopCatalog extends GeneratedErrorCatalog {
    ShopCatalog(BodyStyle style) {
      super(style);
      error(NotFound.class, 404, "NOT_FOUND", "Item not found", NO_BODY);
      error(Conflict.class, 409, "", "Item exists", 0);
      operation("get", "GET", "/items/{id}", 422, 404, 422)
          .documents(NotFound.class)
          .handler(ItemsApi.class, "get", long.class)
          .handler(ItemsResource.class, "get", long.class);
      operation("list", "GET", "/items", 0).handler(ItemsResource.class, "list");
      // one Spring method on two paths and two verbs, as @GetMapping({"/items", "/items/all"})
      operation("list_1", "GET", "/items/all", 0).handler(ItemsResource.class, "list");
      operation("list_2", "PUT", "/items/{rest}", 0).handler(ItemsResource.class, "list");
    }

    @Override
    protected Object customBody(int body, Throwable error) {
      return switch (body) {
        case 0 -> ((Conflict) error).body();
        default -> super.customBody(body, error);
      };
    }
  }

  private final ShopCatalog catalog = new ShopCatalog(BodyStyle.DETAIL);

  @Test
  void findsByClassAndNearestSuperclass() {
    assertThat(catalog.find(new NotFound("x")).map(DocumentedError::status)).contains(404);
    assertThat(catalog.find(new PlantNotFound("x")).map(DocumentedError::type)).contains(NotFound.class);
    assertThat(catalog.find(new IllegalStateException())).isEmpty();
    assertThat(catalog.find((Throwable) null)).isEmpty();
  }

  @Test
  void customBodyIsTheTypedCallAndStandardBodyOtherwise() {
    assertThat(catalog.find(new Conflict()).orElseThrow().body(new Conflict(), "/items"))
        .isEqualTo(new ConflictBody("monday"));
    assertThat(catalog.find(new NotFound("No item 7")).orElseThrow().body(new NotFound("No item 7"), "/items/7"))
        .isEqualTo(Map.of("detail", "No item 7", "code", "NOT_FOUND"));
    assertThat(catalog.find(new NotFound(null)).orElseThrow().body(new NotFound(null), "/items/7"))
        .isEqualTo(Map.of("detail", "Item not found", "code", "NOT_FOUND"));
  }

  @Test
  void problemStyleBody() {
    ShopCatalog problem = new ShopCatalog(BodyStyle.PROBLEM);
    DocumentedError notFound = problem.find(NotFound.class).orElseThrow();
    assertThat(notFound.mediaType()).isEqualTo("application/problem+json");
    assertThat(notFound.body(new NotFound("No item 7"), "/items/7")).isEqualTo(Map.of(
        "type", "about:blank", "title", "Not Found", "status", 404, "detail", "No item 7",
        "instance", "/items/7", "code", "NOT_FOUND"));
  }

  @Test
  void operationByInterfaceAndImplementationMethod() throws Exception {
    Method viaInterface = ItemsApi.class.getMethod("get", long.class);
    Method viaClass = ItemsResource.class.getMethod("get", long.class);
    assertThat(catalog.operation(viaInterface).map(DocumentedOperation::path)).contains("/items/{id}");
    assertThat(catalog.operation(viaClass)).isEqualTo(catalog.operation(viaInterface));
    DocumentedOperation list = catalog.operation(ItemsResource.class.getMethod("list")).orElseThrow();
    assertThat(list.statuses()).isEmpty();
    assertThat(list.validationStatus()).isZero();
    assertThat(catalog.operation(Object.class.getMethod("toString"))).isEmpty();
  }

  @Test
  void aHandlerOfSeveralOperationsIsToldApartByMethodAndRoute() throws Exception {
    Method list = ItemsResource.class.getMethod("list");
    assertThat(catalog.operation(list).map(DocumentedOperation::operationId)).contains("list");
    assertThat(catalog.operation(list, "GET", "/items/all").map(DocumentedOperation::operationId))
        .contains("list_1");
    assertThat(catalog.operation(list, "GET", "/items/").map(DocumentedOperation::operationId))
        .contains("list");
    // Spring's own pattern syntax is compared as the document writes it
    assertThat(catalog.operation(list, "PUT", "/items/{*rest}").map(DocumentedOperation::operationId))
        .contains("list_2");
    // no exact match: the same HTTP method is preferred, else the first
    assertThat(catalog.operation(list, "PUT", "/elsewhere").map(DocumentedOperation::operationId))
        .contains("list_2");
    assertThat(catalog.operation(list, "DELETE", null).map(DocumentedOperation::operationId))
        .contains("list");
    ErrorCatalog merged = ErrorCatalog.merge(List.of(catalog, new ShopCatalog(BodyStyle.PROBLEM)));
    assertThat(merged.operation(list, "GET", "/items/all").map(DocumentedOperation::operationId))
        .contains("list_1");
  }

  @Test
  void routeTemplatesAreComparedAsTheDocumentWritesThem() {
    assertThat(RouteTemplate.normalize("/items/{id:\\d+}")).isEqualTo("/items/{id}");
    assertThat(RouteTemplate.normalize("/v1/{*path}")).isEqualTo("/v1/{path}");
    assertThat(RouteTemplate.normalize("items//{id : [a-z]{2}}/")).isEqualTo("/items/{id}");
    assertThat(RouteTemplate.normalize("")).isEqualTo("/");
    assertThat(RouteTemplate.normalize(null)).isEqualTo("/");
  }

  @Test
  void documentsTheDeclaredTypeAndItsSubclasses() {
    DocumentedOperation get = catalog.operations().get(0);
    assertThat(get.documents(catalog.find(NotFound.class).orElseThrow())).isTrue();
    assertThat(get.documents(catalog.find(Conflict.class).orElseThrow())).isFalse();
  }

  @Test
  void mergedCataloguesFirstWins() throws Exception {
    ShopCatalog second = new ShopCatalog(BodyStyle.PROBLEM);
    ErrorCatalog merged = ErrorCatalog.merge(List.of(catalog, second));
    assertThat(merged.find(NotFound.class).orElseThrow().bodyStyle()).isEqualTo(BodyStyle.DETAIL);
    assertThat(merged.operations()).hasSize(8);
    assertThat(merged.operation(ItemsApi.class.getMethod("get", long.class)).orElseThrow().bodyStyle())
        .isEqualTo(BodyStyle.DETAIL);
    assertThat(ErrorCatalog.merge(List.of()).operations()).isEmpty();
  }

  @Test
  void loadWithoutCataloguesIsEmpty() {
    ErrorCatalog loaded = ErrorCatalog.load(new ClassLoader(null) {});
    assertThat(loaded.errors()).isEmpty();
    assertThat(loaded.find(new NotFound("x"))).isEmpty();
  }

  /** The same endpoints as {@link ShopCatalog}'s, as the processor writes them: a table. */
  static final class TableCatalog extends GeneratedErrorCatalog {
    TableCatalog(String... rows) {
      super(BodyStyle.DETAIL);
      error(NotFound.class, 404, "NOT_FOUND", "Item not found", NO_BODY);
      registrar().operations(new Class<?>[] {NotFound.class, ItemsApi.class, long.class,
          ItemsResource.class}, rows);
    }
  }

  @Test
  void anEndpointTableRegistersWhatTheCallsDo() throws Exception {
    TableCatalog table = new TableCatalog(
        "get\tGET\t/items/{id}\t422\t404,422\t0\t1:get:2;3:get:2",
        "list\tGET\t/items\t0\t\t\t3:list:",
        "odd\\\\id\tGET\t/a\\tb\\nc\t0\t\t\t");
    DocumentedOperation get = table.operation(ItemsResource.class.getMethod("get", long.class)).orElseThrow();
    assertThat(get.path()).isEqualTo("/items/{id}");
    assertThat(get.validationStatus()).isEqualTo(422);
    assertThat(get.statuses()).containsExactly(404, 422);
    assertThat(get.documents(table.find(NotFound.class).orElseThrow())).isTrue();
    assertThat(table.operation(ItemsApi.class.getMethod("get", long.class))).containsSame(get);
    DocumentedOperation list = table.operation(ItemsResource.class.getMethod("list")).orElseThrow();
    assertThat(list.statuses()).isEmpty();
    assertThat(list.documents(table.find(NotFound.class).orElseThrow())).isFalse();
    assertThat(table.operations()).extracting(DocumentedOperation::operationId, DocumentedOperation::path)
        .last().isEqualTo(org.assertj.core.groups.Tuple.tuple("odd\\id", "/a\tb\nc"));
  }

  @Test
  void aMalformedRowIsRefusedByName() {
    for (String row : List.of("get\tGET\t/items", "get\tGET\t/items\t0\tfour\t\t",
        "get\tGET\t/items\t0\t\t9\t", "get\tGET\t/items\t0\t\t\t3:list", "get\\x\tGET\t/\t0\t\t\t")) {
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> new TableCatalog(row))
          .withMessageContaining("malformed catalogue row in " + TableCatalog.class.getName())
          .withMessageContaining(row)
          .withMessageContaining("another errors-plus version");
    }
  }
}
