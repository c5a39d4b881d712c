package io.errorsplus.dispatch.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which name each errors-plus schema gets in the target's {@code components.schemas}.
 *
 * <p>A name the target does not use is kept. A name the target uses for an equal schema (same
 * JSON once written) is shared: the target's schema stays, nothing is added. A name the target
 * uses for a different schema is never overwritten, since the target's own operations refer to
 * it: the errors-plus schema takes the first free {@code <name>_2}, {@code <name>_3}… and every
 * errors-plus {@code $ref} to it follows. Renaming one schema can make another that refers to it
 * differ from the target's, so the plan is repeated until nothing changes.
 */
final class SchemaJoin {

  private SchemaJoin() {}

  /**
   * The renames for {@code names} (reachable errors-plus schemas, bodies in {@code ours}) against
   * the target's {@code theirs}; names absent from the result keep their name.
   */
  @SuppressWarnings("rawtypes")
  static Map<String, String> plan(Set<String> names, Map<String, JsonNode> ours,
      Map<String, Schema> theirs, ObjectMapper mapper) {
    Map<String, String> renames = new LinkedHashMap<>();
    if (theirs == null || theirs.isEmpty()) {
      return renames;
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String name : names) {
        if (renames.containsKey(name)) {
          continue;          // a fresh name is free in the target by construction
        }
        Schema<?> existing = theirs.get(name);
        if (existing == null) {
          continue;
        }
        JsonNode mine = SchemaRefs.renamed(ours.get(name), renames);
        if (!mapper.valueToTree(existing).equals(mine)) {
          renames.put(name, freshName(name, theirs.keySet(), ours.keySet(), renames.values()));
          changed = true;
        }
      }
    }
    return renames;
  }

  private static String freshName(String name, Collection<String> theirs, Collection<String> ours,
      Collection<String> taken) {
    for (int i = 2; ; i++) {
      String candidate = name + "_" + i;
      if (!theirs.contains(candidate) && !ours.contains(candidate) && !taken.contains(candidate)) {
        return candidate;
      }
    }
  }
}
