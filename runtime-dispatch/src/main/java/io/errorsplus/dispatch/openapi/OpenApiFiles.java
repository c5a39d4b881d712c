package io.errorsplus.dispatch.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * OpenAPI files read and written with swagger-core's mappers: JSON or YAML by file extension,
 * the 3.1 mappers ({@code Json31}, {@code Yaml31}) for a 3.1 document.
 */
final class OpenApiFiles {

  private OpenApiFiles() {}

  /** The two formats, by file extension. */
  enum Format {
    JSON, YAML;

    /** The format a file name says, or null for an unknown extension. */
    static Format of(Path file) {
      String name = file.getFileName() == null ? "" : file.getFileName().toString()
          .toLowerCase(Locale.ROOT);
      if (name.endsWith(".json")) {
        return JSON;
      }
      return name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : null;
    }
  }

  /** The mapper that reads and writes models of this OpenAPI version. */
  static ObjectMapper modelMapper(boolean openapi31) {
    return openapi31 ? Json31.mapper() : Json.mapper();
  }

  /** Whether {@code openapi} (the document's field) is a 3.1 version. */
  static boolean is31(String openapi) {
    return openapi != null && openapi.startsWith("3.1");
  }

  /** Whether the document is a 3.1 one (its {@code openapi} field or its spec version). */
  static boolean is31(OpenAPI document) {
    return is31(document.getOpenapi()) || document.getSpecVersion() == SpecVersion.V31;
  }

  /** The JSON or YAML tree of a file. */
  static JsonNode readTree(Path file) throws IOException {
    Format format = Format.of(file);
    ObjectMapper reader = format == Format.YAML ? Yaml.mapper() : Json.mapper();
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode tree = reader.readTree(in);
      if (tree == null || !tree.isObject()) {
        throw new IOException("it holds no JSON or YAML object");
      }
      return tree;
    }
  }

  /** The models of an OpenAPI tree, with the mapper of its version. */
  static OpenAPI toModel(JsonNode tree) throws IOException {
    if (!tree.path("openapi").asText("").startsWith("3.")) {
      throw new IOException("it is not an OpenAPI 3 document (it has no \"openapi\": \"3.x\" field)");
    }
    boolean openapi31 = is31(tree.path("openapi").asText());
    OpenAPI document = modelMapper(openapi31).treeToValue(tree, OpenAPI.class);
    if (openapi31) {
      document.setSpecVersion(SpecVersion.V31);
    }
    return document;
  }

  /** Writes {@code document} in the format of {@code file}'s extension, with its version's mapper. */
  static void write(OpenAPI document, Path file) throws IOException {
    boolean openapi31 = is31(document);
    String text = Format.of(file) == Format.YAML
        ? (openapi31 ? Yaml31.pretty() : Yaml.pretty()).writeValueAsString(document)
        : (openapi31 ? Json31.pretty() : Json.pretty()).writeValueAsString(document);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text.endsWith("\n") ? text : text + "\n");
  }
}
