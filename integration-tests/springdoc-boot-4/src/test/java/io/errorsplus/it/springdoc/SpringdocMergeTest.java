package io.errorsplus.it.springdoc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * springdoc's {@code /v3/api-docs}, fetched over HTTP from the running shop, in both of springdoc's
 * OpenAPI versions: errors-plus's responses merged by handler method, its schemas joined.
 */
class SpringdocMergeTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCHEMAS = "#/components/schemas/";

  @ParameterizedTest(name = "springdoc.api-docs.version={0}")
  @CsvSource({"openapi_3_0, 3.0.1", "openapi_3_1, 3.1.0"})
  void servesTheMergedDocument(String mode, String openapi) throws Exception {
    String text;
    try (ShopServer shop = ShopServer.start("springdoc.api-docs.version=" + mode)) {
      text = shop.get("/v3/api-docs");
    }
    assertValid(text);
    JsonNode doc = JSON.readTree(text);
    assertThat(doc.path("openapi").asText()).isEqualTo(openapi);

    // The documented status's response is errors-plus's, in place of the advice's 404.
    JsonNode get = operation(doc, "/items/{id}", "get");
    assertThat(get.at("/responses/404/description").asText()).isEqualTo("Item not found");
    JsonNode notFound = get.at("/responses/404/content/application~1json");
    assertThat(notFound.at("/schema/$ref").asText()).isEqualTo(SCHEMAS + "ErrorBody_2");
    assertThat(notFound.at("/examples/Item not found/value/code").asText())
        .isEqualTo("ITEM_NOT_FOUND");
    assertThat(notFound.at("/examples/Item not found/value/detail").asText())
        .isEqualTo("Item not found");
    assertThat(get.at("/responses/422/description").asText()).isEqualTo("Validation Error");
    assertThat(get.at("/responses/200/content").isMissingNode()).as("springdoc's 200 stays")
        .isFalse();

    // An operation errors-plus does not document keeps springdoc's responses.
    JsonNode cancel = operation(doc, "/orders/{id}", "delete");
    assertThat(cancel.at("/responses/404/content/*~1*/schema/$ref").asText())
        .isEqualTo(SCHEMAS + "ErrorBody");
    assertThat(cancel.path("responses").has("422")).isFalse();

    // Same method name in two controllers: springdoc renames one operationId, the merge still
    // finds each by its handler method.
    JsonNode items = operation(doc, "/items", "get");
    JsonNode orders = operation(doc, "/orders", "get");
    assertThat(List.of(items.path("operationId").asText(), orders.path("operationId").asText()))
        .containsExactlyInAnyOrder("list", "list_1");
    assertThat(items.at("/responses/503/description").asText()).isEqualTo("Catalogue unavailable");
    assertThat(items.path("responses").has("500")).isFalse();
    assertThat(orders.at("/responses/500/description").asText()).isEqualTo("Internal Server Error");
    assertThat(orders.path("responses").has("503")).isFalse();

    // A custom body and its schema.
    JsonNode create = operation(doc, "/items", "post");
    assertThat(create.at("/responses/429/content/application~1json/schema/$ref").asText())
        .isEqualTo(SCHEMAS + "QuotaBody");

    // Schemas joined with their type (a 3.0 model written in 3.1 mode would lose it); the
    // application's own ErrorBody is left to it, errors-plus's is ErrorBody_2.
    JsonNode schemas = doc.at("/components/schemas");
    assertThat(schemas.at("/ErrorBody/properties").has("message")).isTrue();
    assertThat(schemas.at("/ErrorBody_2/type").asText()).isEqualTo("object");
    assertThat(schemas.at("/ErrorBody_2/properties/detail/type").asText()).isEqualTo("string");
    assertThat(schemas.at("/ErrorBody_2/required/0").asText()).isEqualTo("detail");
    assertThat(schemas.at("/QuotaBody/type").asText()).isEqualTo("object");
    assertThat(schemas.at("/QuotaBody/properties/exceeded/type").asText()).isEqualTo("boolean");
    assertThat(schemas.at("/QuotaBody/properties/plans/type").asText()).isEqualTo("array");
    assertThat(schemas.at("/Item/type").asText()).isEqualTo("object");
  }

  @Test
  void errorsPlusSpringdocEnabledFalseLeavesSpringdocAlone() throws Exception {
    String text;
    try (ShopServer shop = ShopServer.start("errors-plus.springdoc.enabled=false")) {
      text = shop.get("/v3/api-docs");
    }
    assertValid(text);
    JsonNode doc = JSON.readTree(text);
    JsonNode get = operation(doc, "/items/{id}", "get");
    assertThat(get.at("/responses/404/content/*~1*/schema/$ref").asText())
        .isEqualTo(SCHEMAS + "ErrorBody");
    assertThat(get.path("responses").has("422")).isFalse();
    assertThat(doc.at("/components/schemas").has("ErrorBody_2")).isFalse();
  }

  @Test
  void aGroupOfSpringdocGetsTheMergeToo() throws Exception {
    String text;
    try (ShopServer shop = ShopServer.start("springdoc.group-configs[0].group=items",
        "springdoc.group-configs[0].paths-to-match=/items/**")) {
      text = shop.get("/v3/api-docs/items");
    }
    assertValid(text);
    JsonNode doc = JSON.readTree(text);
    assertThat(doc.path("paths").has("/orders")).isFalse();
    assertThat(operation(doc, "/items/{id}", "get").at("/responses/404/description").asText())
        .isEqualTo("Item not found");
    assertThat(doc.at("/components/schemas/ErrorBody_2/type").asText()).isEqualTo("object");
  }

  @Test
  void theApplicationsErrorCatalogBeanIsTheOneAsked() throws Exception {
    String text;
    try (ShopServer shop = ShopServer.start("shop.empty-catalog=true")) {
      text = shop.get("/v3/api-docs");
    }
    JsonNode doc = JSON.readTree(text);
    // The bean documents no handler, so nothing is merged although openapi.json is there.
    assertThat(operation(doc, "/items/{id}", "get").path("responses").has("422")).isFalse();
    assertThat(doc.at("/components/schemas").has("ErrorBody_2")).isFalse();
  }

  private static JsonNode operation(JsonNode doc, String path, String method) {
    JsonNode op = doc.path("paths").path(path).path(method);
    assertThat(op.isObject()).as("%s %s in %s", method, path, doc.path("paths").fieldNames())
        .isTrue();
    return op;
  }

  private static void assertValid(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
    List<String> messages = new ArrayList<>(result.getMessages());
    assertThat(messages).as("swagger-parser messages for%n%s", document).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
  }
}
