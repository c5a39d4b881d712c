package io.errorsplus.dispatch.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** {@code $ref}s to {@code #/components/schemas/…} in a JSON tree: collected and renamed. */
final class SchemaRefs {

  static final String PREFIX = "#/components/schemas/";

  private SchemaRefs() {}

  /** The schema names {@code tree} refers to, in order of appearance. */
  static Set<String> names(JsonNode tree) {
    Set<String> names = new LinkedHashSet<>();
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(tree);
    while (!todo.isEmpty()) {
      JsonNode node = todo.pop();
      if (node.isObject()) {
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual() && ref.asText().startsWith(PREFIX)) {
          names.add(ref.asText().substring(PREFIX.length()));
        }
      }
      if (node.isContainerNode()) {
        node.forEach(todo::push);
      }
    }
    return names;
  }

  /** Every schema reachable from {@code roots} through {@code schemas}, roots included. */
  static Set<String> closure(Set<String> roots, Map<String, JsonNode> schemas) {
    Set<String> reached = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      String name = todo.removeFirst();
      JsonNode schema = schemas.get(name);
      if (schema != null && reached.add(name)) {
        todo.addAll(names(schema));
      }
    }
    return reached;
  }

  /** A copy of {@code tree} whose schema {@code $ref}s follow {@code renames}. */
  static JsonNode renamed(JsonNode tree, Map<String, String> renames) {
    JsonNode copy = tree.deepCopy();
    if (renames.isEmpty()) {
      return copy;
    }
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(copy);
    while (!todo.isEmpty()) {
      JsonNode node = todo.pop();
      if (node instanceof ObjectNode object) {
        JsonNode ref = object.get("$ref");
        if (ref != null && ref.isTextual() && ref.asText().startsWith(PREFIX)) {
          String target = renames.get(ref.asText().substring(PREFIX.length()));
          if (target != null) {
            object.put("$ref", PREFIX + target);
          }
        }
      }
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        todo.push(it.next());
      }
    }
    return copy;
  }
}
