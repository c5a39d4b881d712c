package io.errorsplus.dispatch.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Merges errors-plus's error responses ({@code META-INF/errors-plus/openapi.json}) into an
 * existing OpenAPI document: one written by hand, by swagger-maven-plugin, or the API-first
 * document that openapi-generator reads.
 *
 * <p>Operations are matched by method and path, the base's {@code servers} prefix taken into
 * account (see {@link Options}). On every status errors-plus documents for an operation, its
 * response replaces the base's; the other responses stay. The schemas those responses use join
 * {@code components.schemas} (on a clash with a different schema of the base, the errors-plus one
 * is renamed {@code <name>_2}). An errors-plus operation the base does not have is reported, not
 * added.
 *
 * <pre>{@code
 * OpenApiMerge.Result result = OpenApiMerge.merge(base, errors, OpenApiMerge.Options.defaults()
 *     .withContextPath("/petclinic"));
 * result.problems().forEach(System.err::println);
 * OpenAPI merged = result.document();
 * }</pre>
 *
 * <p>Command line (swagger-core on the class path; JSON or YAML by extension):
 * {@code java -cp <runtime + swagger-core> io.errorsplus.dispatch.openapi.OpenApiMerge
 * [--context-path=/petclinic] [--prefix=/api] [--strict] BASE ERRORS OUT}.
 */
public final class OpenApiMerge {

  private OpenApiMerge() {}

  /**
   * How errors-plus paths map to the base's.
   *
   * @param contextPath the application's context path: the base's server path without it is the
   *     prefix of errors-plus paths ({@code /petclinic} with server {@code …/petclinic/api} gives
   *     {@code /api}); empty: each trailing part of the server path is tried, longest first
   * @param pathPrefix the prefix errors-plus paths have and the base's do not, for a base whose
   *     servers do not say it; tried first
   */
  public record Options(Optional<String> contextPath, Optional<String> pathPrefix) {

    public Options {
      Objects.requireNonNull(contextPath, "contextPath is required (Optional.empty() for none)");
      Objects.requireNonNull(pathPrefix, "pathPrefix is required (Optional.empty() for none)");
    }

    /** No context path, no prefix: the servers' paths decide. */
    public static Options defaults() {
      return new Options(Optional.empty(), Optional.empty());
    }

    /** These options with the application's context path. */
    public Options withContextPath(String contextPath) {
      return new Options(Optional.of(contextPath), pathPrefix);
    }

    /** These options with an explicit prefix of errors-plus paths. */
    public Options withPathPrefix(String pathPrefix) {
      return new Options(contextPath, Optional.of(pathPrefix));
    }
  }

  /**
   * A merged document and what could not be merged.
   *
   * @param document the merged document (a new one; the inputs are left as they were)
   * @param problems one line per errors-plus operation missing from the base, and per renamed
   *     schema; empty when everything merged as is
   */
  public record Result(OpenAPI document, List<String> problems) {
    public Result {
      Objects.requireNonNull(document, "document is required");
      problems = List.copyOf(problems);
    }
  }

  /**
   * The base with errors-plus's responses merged, matched with {@link Options#defaults()};
   * problems are dropped (use {@link #merge(OpenAPI, OpenAPI, Options)} to see them).
   */
  public static OpenAPI merge(OpenAPI base, OpenAPI errors) {
    return merge(base, errors, Options.defaults()).document();
  }

  /** The base with errors-plus's responses merged, and what could not be merged. */
  public static Result merge(OpenAPI base, OpenAPI errors, Options options) {
    Objects.requireNonNull(base, "base is required");
    Objects.requireNonNull(errors, "errors is required");
    Objects.requireNonNull(options, "options is required");
    ObjectMapper errorsMapper = OpenApiFiles.modelMapper(OpenApiFiles.is31(errors));
    return merge(base, ErrorDocument.of(errorsMapper.valueToTree(errors), "errors-plus document"),
        options);
  }

  /** The base with one errors-plus document merged (its tree, as read from a file). */
  static Result merge(OpenAPI base, ErrorDocument errors, Options options) {
    boolean openapi31 = OpenApiFiles.is31(base);
    ObjectMapper mapper = OpenApiFiles.modelMapper(openapi31);
    OpenAPI merged = copy(base, mapper, openapi31);
    BaseOperations operations = new BaseOperations(merged, options);
    ErrorResponseMerge merge = new ErrorResponseMerge(mapper);
    List<String> problems = new ArrayList<>();
    for (ErrorOperation op : errors.operations()) {
      Optional<Operation> target = operations.find(op.method(), op.path());
      if (target.isPresent()) {
        merge.mergeResponses(target.get(), errors, op);
      } else {
        problems.add("errors-plus operation " + op.describe() + " is not in the base document"
            + triedPrefixes(operations.prefixes()) + "; not added");
      }
    }
    if (!merge.isEmpty()) {
      if (merged.getComponents() == null) {
        merged.setComponents(new Components());
      }
      problems.addAll(merge.joinSchemas(merged.getComponents()));
    }
    return new Result(merged, problems);
  }

  private static String triedPrefixes(List<String> prefixes) {
    List<String> shown = prefixes.stream().filter(p -> !p.isEmpty()).toList();
    return shown.isEmpty() ? " (its servers give no path prefix; --prefix gives one)"
        : " (prefixes tried: " + String.join(", ", shown) + ")";
  }

  private static OpenAPI copy(OpenAPI base, ObjectMapper mapper, boolean openapi31) {
    JsonNode tree = mapper.valueToTree(base);
    try {
      OpenAPI copy = mapper.treeToValue(tree, OpenAPI.class);
      copy.setSpecVersion(base.getSpecVersion());
      return copy;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("the base document cannot be copied: "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * {@code OpenApiMerge [--context-path=P] [--prefix=P] [--strict] BASE ERRORS OUT}: exit code 0
   * when merged (problems are printed to stderr), 1 when a file cannot be read or written (or,
   * with {@code --strict}, when an operation is missing), 2 for bad arguments.
   */
  public static void main(String[] args) {
    int code = new OpenApiMergeCommand(System.out, System.err).run(args);
    if (code != 0) {
      System.exit(code);
    }
  }
}
