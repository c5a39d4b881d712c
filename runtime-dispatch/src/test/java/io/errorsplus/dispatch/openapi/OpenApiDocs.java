package io.errorsplus.dispatch.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test documents of {@code src/test/resources/openapi-merge}, read and checked. */
final class OpenApiDocs {

  private OpenApiDocs() {}

  static String text(String name) {
    try (InputStream in = OpenApiDocs.class.getResourceAsStream("/openapi-merge/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test document as models, read the way a swagger-core user reads it (3.1: Json31). */
  static OpenAPI model(String name) {
    try {
      String text = text(name);
      JsonNode tree = (name.endsWith(".json") ? Json.mapper() : Yaml.mapper()).readTree(text);
      boolean is31 = tree.path("openapi").asText().startsWith("3.1");
      OpenAPI api = (is31 ? Json31.mapper() : Json.mapper()).treeToValue(tree, OpenAPI.class);
      if (is31) {
        api.setSpecVersion(SpecVersion.V31);
      }
      return api;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of a test resource in {@code dir}. */
  static Path copy(String name, Path dir) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text(name));
    return file;
  }

  /** The document as JSON, written with the mapper of its version. */
  static JsonNode tree(OpenAPI api) {
    return (OpenApiFiles.is31(api) ? Json31.mapper() : Json.mapper()).valueToTree(api);
  }

  /** Asserts that swagger-parser reads the document (JSON or YAML) without a single message. */
  static void assertValid(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
    assertThat(result.getMessages()).as("swagger-parser messages for%n%s", document).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
  }
}
