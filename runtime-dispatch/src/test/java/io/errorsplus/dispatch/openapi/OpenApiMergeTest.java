package io.errorsplus.dispatch.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.junit.jupiter.api.Test;

class OpenApiMergeTest {

  private static final String ERROR_BODY = "#/components/schemas/ErrorBody";

  @Test
  void replacesTheDocumentedStatusesAndLeavesTheOthers_openapi30() {
    OpenAPI base = OpenApiDocs.model("base-30.json");
    OpenApiMerge.Result result = OpenApiMerge.merge(base, OpenApiDocs.model("errors-30.json"),
        OpenApiMerge.Options.defaults());

    JsonNode merged = OpenApiDocs.tree(result.document());
    JsonNode get = merged.at("/paths/~1items~1{itemId}/get/responses");
    assertThat(get.at("/404/description").asText()).isEqualTo("Item not found");
    assertThat(get.at("/404/content/application~1json/schema/$ref").asText()).isEqualTo(ERROR_BODY);
    assertThat(get.at("/404/content").has("*/*")).as("the base's 404 is replaced, not merged")
        .isFalse();
    assertThat(get.at("/422/description").asText()).isEqualTo("Validation Error");
    assertThat(get.at("/200/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/Item");
    assertThat(get.at("/500/description").asText()).isEqualTo("Internal Server Error");
    assertThat(get.at("/500/content").has("*/*")).as("500 is not documented by errors-plus here")
        .isTrue();
    assertThat(merged.at("/paths/~1items~1{itemId}/delete/responses").size()).isEqualTo(1);
    assertThat(merged.at("/paths/~1items/post/responses/409/description").asText())
        .isEqualTo("Quota exceeded");
    assertThat(merged.at("/paths/~1items/post/responses/201").isMissingNode()).isFalse();
    assertThat(merged.at("/openapi").asText()).isEqualTo("3.0.3");
    OpenApiDocs.assertValid(Json.pretty(result.document()));
  }

  @Test
  void joinsTheSchemasTheResponsesUse() {
    OpenAPI merged = OpenApiMerge.merge(OpenApiDocs.model("base-30.json"),
        OpenApiDocs.model("errors-30.json"));

    assertThat(merged.getComponents().getSchemas())
        .containsOnlyKeys("Item", "ErrorBody", "QuotaBody", "FieldError");
    assertThat(OpenApiDocs.tree(merged).at("/components/schemas/ErrorBody/required").toString())
        .isEqualTo("[\"detail\"]");
  }

  @Test
  void keepsTypeInAnOpenApi31Document() {
    OpenAPI base = OpenApiDocs.model("petclinic-31.json");
    OpenApiMerge.Result result = OpenApiMerge.merge(base, OpenApiDocs.model("petclinic-errors.json"),
        OpenApiMerge.Options.defaults().withContextPath("/petclinic"));

    JsonNode merged = OpenApiDocs.tree(result.document());
    assertThat(merged.at("/openapi").asText()).isEqualTo("3.1.0");
    assertThat(merged.at("/components/schemas/Problem/type").asText()).isEqualTo("object");
    assertThat(merged.at("/components/schemas/Problem/properties/status/type").asText())
        .isEqualTo("integer");
    assertThat(merged.at("/components/schemas/Owner/type").asText()).isEqualTo("object");
    OpenApiDocs.assertValid(io.swagger.v3.core.util.Json31.pretty(result.document()));
  }

  @Test
  void anOpenApi31ErrorDocumentGetsTheModelsOfA30Base() {
    // A 3.1 schema model written by a 3.0 mapper loses its "type": the merge converts with the
    // base's mapper.
    OpenApiMerge.Result result = OpenApiMerge.merge(OpenApiDocs.model("base-30.json"),
        OpenApiDocs.model("errors-31.json"), OpenApiMerge.Options.defaults());

    JsonNode merged = OpenApiDocs.tree(result.document());
    assertThat(merged.at("/components/schemas/ErrorBody/type").asText()).isEqualTo("object");
    assertThat(merged.at("/components/schemas/ErrorBody/properties/detail/type").asText())
        .isEqualTo("string");
    assertThat(merged.at("/components/schemas/QuotaBody/properties/plans/items/type").asText())
        .isEqualTo("string");
    OpenApiDocs.assertValid(Json.pretty(result.document()));
  }

  @Test
  void theServersPathPrefixesTheBasePaths_withTheContextPath() {
    OpenApiMerge.Result result = OpenApiMerge.merge(OpenApiDocs.model("petclinic-31.json"),
        OpenApiDocs.model("petclinic-errors.json"),
        OpenApiMerge.Options.defaults().withContextPath("/petclinic"));

    assertThat(result.problems()).isEmpty();
    JsonNode responses = OpenApiDocs.tree(result.document())
        .at("/paths/~1owners~1{ownerId}/get/responses");
    assertThat(responses.at("/404/description").asText()).isEqualTo("Owner not found");
    assertThat(responses.at("/500/description").asText()).isEqualTo("Server error.");
    assertThat(OpenApiDocs.tree(result.document()).at("/paths").has("/api/owners/{ownerId}"))
        .isFalse();
  }

  @Test
  void theServersPathPrefixesTheBasePaths_contextPathUnknown() {
    OpenApiMerge.Result result = OpenApiMerge.merge(OpenApiDocs.model("petclinic-31.json"),
        OpenApiDocs.model("petclinic-errors.json"), OpenApiMerge.Options.defaults());

    assertThat(result.problems()).isEmpty();
    assertThat(OpenApiDocs.tree(result.document())
        .at("/paths/~1owners~1{ownerId}/get/responses/404/description").asText())
        .isEqualTo("Owner not found");
  }

  @Test
  void aContextPathThatIsNotTheServersLeavesNoPrefix() {
    OpenApiMerge.Result result = OpenApiMerge.merge(OpenApiDocs.model("petclinic-31.json"),
        OpenApiDocs.model("petclinic-errors.json"),
        OpenApiMerge.Options.defaults().withContextPath("/petclinic/api"));

    assertThat(result.problems()).singleElement().asString()
        .contains("GET /api/owners/{ownerId}").endsWith("not added");
  }

  @Test
  void thePrefixOptionWhenTheServersDoNotSayIt() {
    OpenAPI base = OpenApiDocs.model("petclinic-31.json");
    base.setServers(null);
    OpenAPI errors = OpenApiDocs.model("petclinic-errors.json");

    OpenApiMerge.Result without = OpenApiMerge.merge(base, errors, OpenApiMerge.Options.defaults());
    assertThat(without.problems()).singleElement().asString()
        .contains("GET /api/owners/{ownerId} (operationId getOwner) is not in the base document")
        .contains("--prefix");

    OpenApiMerge.Result with = OpenApiMerge.merge(base, errors,
        OpenApiMerge.Options.defaults().withPathPrefix("/api/"));
    assertThat(with.problems()).isEmpty();
    assertThat(OpenApiDocs.tree(with.document())
        .at("/paths/~1owners~1{ownerId}/get/responses/404/description").asText())
        .isEqualTo("Owner not found");
  }

  @Test
  void anOperationMissingFromTheBaseIsReportedNotAdded() {
    OpenApiMerge.Result result = OpenApiMerge.merge(OpenApiDocs.model("base-30.json"),
        OpenApiDocs.model("errors-30.json"), OpenApiMerge.Options.defaults());

    assertThat(result.problems()).singleElement().asString()
        .contains("GET /reports (operationId reports)").endsWith("; not added");
    assertThat(result.document().getPaths()).doesNotContainKey("/reports");
  }

  @Test
  void leavesItsInputsAsTheyWere() {
    OpenAPI base = OpenApiDocs.model("base-30.json");
    OpenAPI errors = OpenApiDocs.model("errors-30.json");
    JsonNode baseBefore = OpenApiDocs.tree(base);
    JsonNode errorsBefore = OpenApiDocs.tree(errors);

    OpenAPI merged = OpenApiMerge.merge(base, errors);

    assertThat(merged).isNotSameAs(base);
    assertThat(OpenApiDocs.tree(base)).isEqualTo(baseBefore);
    assertThat(OpenApiDocs.tree(errors)).isEqualTo(errorsBefore);
  }

  @Test
  void aDifferentSchemaOfTheSameNameIsRenamedAndTheBaseKeepsItsOwn() {
    OpenAPI base = OpenApiDocs.model("base-30.json");
    ObjectSchema theirs = new ObjectSchema();
    theirs.addProperty("message", new StringSchema());
    base.getComponents().addSchemas("ErrorBody", theirs);
    base.getComponents().addSchemas("FieldError", new ObjectSchema().addProperty("other",
        new StringSchema()));
    base.getPaths().get("/items/{itemId}").getDelete().getResponses().get("204")
        .setDescription("No Content");

    OpenApiMerge.Result result = OpenApiMerge.merge(base, OpenApiDocs.model("errors-30.json"),
        OpenApiMerge.Options.defaults());

    JsonNode merged = OpenApiDocs.tree(result.document());
    JsonNode schemas = merged.at("/components/schemas");
    assertThat(schemas.at("/ErrorBody/properties").has("message")).isTrue();
    assertThat(schemas.at("/ErrorBody_2/required/0").asText()).isEqualTo("detail");
    assertThat(merged.at("/paths/~1items~1{itemId}/get/responses/404/content/application~1json"
        + "/schema/$ref").asText()).isEqualTo("#/components/schemas/ErrorBody_2");
    // QuotaBody refers to FieldError, which clashes: both follow the rename.
    assertThat(schemas.at("/FieldError_2/properties/cause/$ref").asText())
        .isEqualTo("#/components/schemas/FieldError_2");
    assertThat(schemas.at("/QuotaBody/properties/field/$ref").asText())
        .isEqualTo("#/components/schemas/FieldError_2");
    assertThat(schemas.at("/FieldError/properties").has("other")).isTrue();
    assertThat(result.problems()).anyMatch(p -> p.contains("ErrorBody") && p.contains("ErrorBody_2"));
    OpenApiDocs.assertValid(Json.pretty(result.document()));
  }

  @Test
  void anEqualSchemaOfTheSameNameIsShared() {
    OpenAPI errors = OpenApiDocs.model("errors-30.json");
    OpenAPI base = OpenApiDocs.model("base-30.json");
    base.getComponents().addSchemas("ErrorBody", errors.getComponents().getSchemas().get("ErrorBody"));

    OpenApiMerge.Result result = OpenApiMerge.merge(base, errors, OpenApiMerge.Options.defaults());

    assertThat(result.document().getComponents().getSchemas()).containsKey("ErrorBody")
        .doesNotContainKey("ErrorBody_2");
    assertThat(result.problems()).noneMatch(p -> p.contains("ErrorBody"));
  }
}
