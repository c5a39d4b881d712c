package io.errorsplus.dispatch.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An errors-plus error document ({@code META-INF/errors-plus/openapi.json}), indexed by operation.
 * Held as a JSON tree, independent of the OpenAPI version of the document it is merged into.
 *
 * <pre>{@code
 * List<ErrorDocument> docs = ErrorDocument.readAll(classLoader, objectMapper);
 * Optional<ErrorOperation> op = docs.get(0).operation("GET", "/items/{id}");
 * }</pre>
 */
public final class ErrorDocument {

  /** Where the processor writes the document, in the class output (so it ships in the jar). */
  public static final String RESOURCE = "META-INF/errors-plus/openapi.json";

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final String source;
  private final List<ErrorOperation> operations;
  private final Map<String, ErrorOperation> byKey;
  private final Map<String, JsonNode> schemas;

  private ErrorDocument(String source, List<ErrorOperation> operations,
      Map<String, JsonNode> schemas) {
    this.source = source;
    this.operations = List.copyOf(operations);
    this.schemas = Collections.unmodifiableMap(schemas);
    Map<String, ErrorOperation> keys = new HashMap<>();
    for (ErrorOperation op : operations) {
      keys.putIfAbsent(key(op.method(), op.path()), op);
    }
    this.byKey = keys;
  }

  /**
   * The document of a JSON (or YAML) tree.
   *
   * @param source names the document in messages (a file name or a class path URL)
   * @throws IllegalArgumentException when the tree is not an OpenAPI 3 document
   */
  public static ErrorDocument of(JsonNode tree, String source) {
    if (tree == null || !tree.isObject() || !tree.path("openapi").asText("").startsWith("3.")) {
      throw new IllegalArgumentException(source + " is not an OpenAPI 3 document (it has no "
          + "\"openapi\": \"3.x\" field)");
    }
    List<ErrorOperation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : tree.path("paths").properties()) {
      for (String method : METHODS) {
        JsonNode op = path.getValue().get(method);
        if (op == null || !op.isObject()) {
          continue;
        }
        Map<String, JsonNode> responses = new LinkedHashMap<>();
        op.path("responses").properties().forEach(r -> responses.put(r.getKey(), r.getValue()));
        operations.add(new ErrorOperation(method.toUpperCase(Locale.ROOT), path.getKey(),
            op.path("operationId").asText(""), responses));
      }
    }
    Map<String, JsonNode> schemas = new LinkedHashMap<>();
    tree.path("components").path("schemas").properties()
        .forEach(s -> schemas.put(s.getKey(), s.getValue()));
    return new ErrorDocument(source, operations, schemas);
  }

  /**
   * Every {@value #RESOURCE} that {@code loader} sees, in class path order, read with
   * {@code mapper} (any Jackson mapper reads the tree; the target's converts it later).
   *
   * @throws UncheckedIOException naming the resource that cannot be read or is not OpenAPI
   */
  public static List<ErrorDocument> readAll(ClassLoader loader, ObjectMapper mapper) {
    List<ErrorDocument> documents = new ArrayList<>();
    try {
      Enumeration<URL> urls = loader.getResources(RESOURCE);
      while (urls.hasMoreElements()) {
        URL url = urls.nextElement();
        try (InputStream in = url.openStream()) {
          documents.add(of(mapper.readTree(in), url.toString()));
        } catch (IOException | IllegalArgumentException e) {
          throw new UncheckedIOException(new IOException("errors-plus: cannot read " + url
              + " (" + e.getMessage() + "); rebuild the module that generated it", e));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("errors-plus: cannot list " + RESOURCE, e);
    }
    return documents;
  }

  /** The operation with this method and exact route template. */
  public Optional<ErrorOperation> operation(String method, String path) {
    return Optional.ofNullable(byKey.get(key(method, path)));
  }

  /** Every operation, in document order. */
  public List<ErrorOperation> operations() {
    return operations;
  }

  /** {@code components.schemas}, by name. */
  public Map<String, JsonNode> schemas() {
    return schemas;
  }

  /** Where the document came from, for messages. */
  public String source() {
    return source;
  }

  private static String key(String method, String path) {
    return method.toUpperCase(Locale.ROOT) + ' ' + path;
  }

  @Override
  public String toString() {
    return "ErrorDocument[" + source + ", " + operations.size() + " operations]";
  }
}
