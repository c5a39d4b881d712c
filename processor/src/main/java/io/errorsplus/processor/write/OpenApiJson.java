package io.errorsplus.processor.write;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Serialises swagger-models objects as an OpenAPI document. swagger-models' beans expose
 * bookkeeping getters ({@code exampleSetFlag}, {@code types}, {@code specVersion}…) that are not
 * part of the specification; mix-ins hide them and fix a readable, stable property order.
 */
final class OpenApiJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .addMixIn(OpenAPI.class, OpenApiMixin.class)
      .addMixIn(Schema.class, SchemaMixin.class)
      .addMixIn(MediaType.class, MediaTypeMixin.class)
      .addMixIn(Example.class, ExampleMixin.class)
      .addMixIn(ApiResponse.class, ApiResponseMixin.class)
      .addMixIn(Operation.class, OperationMixin.class)
      .addMixIn(Parameter.class, ParameterMixin.class)
      .build();

  private OpenApiJson() {}

  /** Pretty-printed with {@code \n} line ends on every platform, ending in a newline. */
  static String write(OpenAPI document) throws JsonProcessingException {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return MAPPER.writer(printer).writeValueAsString(document) + "\n";
  }

  @JsonPropertyOrder({"openapi", "info", "paths", "components"})
  abstract static class OpenApiMixin {
    @JsonIgnore abstract Object getSpecVersion();
  }

  @JsonPropertyOrder({"$ref", "type", "format", "enum", "required", "properties", "items",
      "additionalProperties", "oneOf"})
  abstract static class SchemaMixin {
    @JsonIgnore abstract Object getSpecVersion();
    @JsonIgnore abstract Object getTypes();
    @JsonIgnore abstract Object getJsonSchema();
    @JsonIgnore abstract Object getJsonSchemaImpl();
    @JsonIgnore abstract boolean getExampleSetFlag();
    @JsonIgnore abstract boolean getDefaultSetFlag();
    @JsonIgnore abstract Object getBooleanSchemaValue();
    @JsonIgnore abstract Object getExclusiveMaximumValue();
    @JsonIgnore abstract Object getExclusiveMinimumValue();
  }

  @JsonPropertyOrder({"schema", "examples"})
  abstract static class MediaTypeMixin {
    @JsonIgnore abstract boolean getExampleSetFlag();
  }

  @JsonPropertyOrder({"summary", "value"})
  abstract static class ExampleMixin {
    @JsonIgnore abstract boolean getValueSetFlag();
  }

  @JsonPropertyOrder({"description", "content"})
  abstract static class ApiResponseMixin {}

  @JsonPropertyOrder({"operationId", "parameters", "responses"})
  abstract static class OperationMixin {}

  @JsonPropertyOrder({"name", "in", "required", "schema"})
  abstract static class ParameterMixin {
    @JsonIgnore abstract boolean getExampleSetFlag();
  }
}
