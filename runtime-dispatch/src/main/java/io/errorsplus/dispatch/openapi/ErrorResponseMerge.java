package io.errorsplus.dispatch.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The merge rule of errors-plus's error responses into one target document, shared by
 * {@link OpenApiMerge} and the springdoc integration.
 *
 * <ul>
 *   <li>On every status that errors-plus documents for an operation, its response replaces the
 *       target's (other statuses stay as they are).
 *   <li>The errors-plus schemas those responses use (and the schemas they use) join the target's
 *       {@code components.schemas}; a name the target already uses for a different schema is kept
 *       for the target, and the errors-plus schema is renamed ({@link SchemaJoin}).
 * </ul>
 *
 * <p>Responses and schemas are converted with the target's mapper, so a 3.1 document gets 3.1
 * models (a 3.0 model in a 3.1 document would lose its {@code type}). One instance serves one
 * target document on one thread: {@link #mergeResponses} for each matched operation, then
 * {@link #joinSchemas} once, when the target's own schemas are complete.
 *
 * <pre>{@code
 * ErrorResponseMerge merge = new ErrorResponseMerge(Json31.mapper());
 * merge.mergeResponses(targetOperation, errorDocument, errorOperation);
 * merge.joinSchemas(target.getComponents());
 * }</pre>
 */
public final class ErrorResponseMerge {

  private final ObjectMapper mapper;
  private final List<Inserted> inserted = new ArrayList<>();
  // Most operations share their responses (the flags, a dto declared on a whole controller):
  // each distinct one is converted once and the model shared, as springdoc shares the responses
  // of an @ControllerAdvice between operations.
  private final Map<JsonNode, ApiResponse> converted = new HashMap<>();

  /** One response put into the target, to follow a later schema rename. */
  private record Inserted(ApiResponses into, String status, ApiResponse response,
      ErrorDocument source, JsonNode tree) {}

  /** @param targetMapper the swagger-core mapper of the target's OpenAPI version */
  public ErrorResponseMerge(ObjectMapper targetMapper) {
    this.mapper = Objects.requireNonNull(targetMapper, "targetMapper is required");
  }

  /**
   * Puts {@code source}'s responses of {@code errors} into {@code target}, replacing the target's
   * response on each of those statuses.
   *
   * @return the statuses put, in document order
   */
  public List<String> mergeResponses(Operation target, ErrorDocument source,
      ErrorOperation errors) {
    ApiResponses responses = target.getResponses();
    if (responses == null) {
      responses = new ApiResponses();
      target.setResponses(responses);
    }
    List<String> statuses = new ArrayList<>(errors.responses().size());
    for (Map.Entry<String, JsonNode> entry : errors.responses().entrySet()) {
      ApiResponse response = converted.computeIfAbsent(entry.getValue(),
          tree -> convert(tree, ApiResponse.class));
      responses.addApiResponse(entry.getKey(), response);
      inserted.add(new Inserted(responses, entry.getKey(), response, source, entry.getValue()));
      statuses.add(entry.getKey());
    }
    return statuses;
  }

  /** Whether no response was merged (then {@link #joinSchemas} adds nothing). */
  public boolean isEmpty() {
    return inserted.isEmpty();
  }

  /**
   * Adds the schemas the merged responses use to {@code components} (renaming on a clash with a
   * different schema of the target, and pointing the merged responses at the new name).
   *
   * @return one line per renamed schema ({@code "<source>: schema ErrorBody differs from the
   *     document's own ErrorBody; added as ErrorBody_2"}), for messages
   */
  @SuppressWarnings("rawtypes")
  public List<String> joinSchemas(Components components) {
    Map<ErrorDocument, List<Inserted>> bySource = new IdentityHashMap<>();
    Set<ErrorDocument> order = new LinkedHashSet<>();
    for (Inserted i : inserted) {
      bySource.computeIfAbsent(i.source(), s -> new ArrayList<>()).add(i);
      order.add(i.source());
    }
    List<String> notes = new ArrayList<>();
    for (ErrorDocument source : order) {
      List<Inserted> mine = bySource.get(source);
      Set<String> roots = new LinkedHashSet<>();
      Set<ApiResponse> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Inserted i : mine) {
        if (seen.add(i.response())) {
          roots.addAll(SchemaRefs.names(i.tree()));
        }
      }
      Set<String> names = SchemaRefs.closure(roots, source.schemas());
      Map<String, Schema> theirs = components.getSchemas();
      Map<String, String> renames = SchemaJoin.plan(names, source.schemas(), theirs, mapper);
      if (!renames.isEmpty()) {
        renames.forEach((from, to) -> notes.add(source.source() + ": schema " + from
            + " differs from the document's own " + from + "; added as " + to));
        Map<ApiResponse, ApiResponse> renamed = new IdentityHashMap<>();
        for (Inserted i : mine) {
          // Only the response errors-plus put there, not one a later customizer replaced.
          if (i.into().get(i.status()) == i.response()) {
            i.into().put(i.status(), renamed.computeIfAbsent(i.response(), r -> convert(
                SchemaRefs.renamed(mapper.valueToTree(r), renames), ApiResponse.class)));
          }
        }
      }
      Map<String, Schema> added = new LinkedHashMap<>();
      for (String name : names) {
        String finalName = renames.getOrDefault(name, name);
        if (theirs == null || !theirs.containsKey(finalName)) {
          added.put(finalName, convert(SchemaRefs.renamed(source.schemas().get(name), renames),
              Schema.class));
        }
      }
      added.forEach(components::addSchemas);
    }
    inserted.clear();
    converted.clear();
    return notes;
  }

  private <T> T convert(JsonNode tree, Class<T> type) {
    try {
      return mapper.treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      String json = tree.toString();
      throw new IllegalArgumentException("errors-plus: cannot read "
          + (json.length() > 200 ? json.substring(0, 200) + "…" : json) + " as an OpenAPI "
          + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }
}
