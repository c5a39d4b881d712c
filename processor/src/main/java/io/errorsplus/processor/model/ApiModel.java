package io.errorsplus.processor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The validated model every writer is fed: operations in final form, component schemas and
 * documented dtos.
 *
 * @param options the processor options
 * @param operations sorted by path, then verb
 * @param schemas the component schemas
 * @param errorDtos every valid {@code @ErrorDto} seen, sorted by name
 * @param endpoints every endpoint, also those without error sources (which the document leaves
 *     out), in the order of the document, those without error sources last
 */
public record ApiModel(ProcessorOptions options, List<OperationDoc> operations,
    SchemaCatalog schemas, List<ErrorDtoDoc> errorDtos, List<EndpointOperation> endpoints) {

  /** An endpoint's operation and where it was read, for the generated catalogue. */
  public record EndpointOperation(OperationDoc operation, Endpoint.SourceOrder source) {}

  private static final List<String> VERBS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /**
   * Builds the final operations: prefixes paths, declares path parameters, gives operation ids
   * ({@code _1}, {@code _2}… on clashing method names, in source order) and keeps the first of
   * operations with the same path and method.
   */
  public static ApiModel build(ProcessorOptions options, List<Endpoint> endpoints,
      Optional<String> applicationPath, SchemaCatalog schemas, List<ErrorDtoDoc> errorDtos) {
    List<Endpoint> ordered = new ArrayList<>(endpoints);
    ordered.sort(Comparator.comparing(Endpoint::order));

    // Endpoints without error sources (responses empty) are not documented; they come last, so
    // that they change no operation id and no choice among clashing operations of the document.
    List<Endpoint> documentedFirst = new ArrayList<>(ordered.size());
    for (Endpoint e : ordered) {
      if (!e.responses().isEmpty()) {
        documentedFirst.add(e);
      }
    }
    for (Endpoint e : ordered) {
      if (e.responses().isEmpty()) {
        documentedFirst.add(e);
      }
    }
    List<Endpoint> kept = new ArrayList<>(ordered.size());
    List<String> paths = new ArrayList<>(ordered.size());
    Set<String> seen = new HashSet<>();
    int keptDocumented = 0;
    for (Endpoint e : documentedFirst) {
      String path = finalPath(options, applicationPath, e.framework(), e.path());
      if (seen.add(e.verb() + " " + path)) {
        kept.add(e);
        paths.add(path);
        if (!e.responses().isEmpty()) {
          keptDocumented++;
        }
      }
    }

    // operationId: the method name; later operations of the same name, in source order, get _1,
    // _2… (as springdoc does), skipping any suffixed name that a method really has.
    Set<String> methodNames = new HashSet<>();
    for (Endpoint e : kept.subList(0, keptDocumented)) {
      methodNames.add(e.methodName());
    }
    Set<String> usedIds = new HashSet<>();
    Map<String, Integer> nextSuffix = new HashMap<>();
    List<OperationDoc> operations = new ArrayList<>(kept.size());
    List<EndpointOperation> listed = new ArrayList<>(kept.size());
    // Operations share merged responses: each is checked for standard schemas once.
    Set<ResponseDoc> checked = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < kept.size(); i++) {
      Endpoint e = kept.get(i);
      String id = e.methodName();
      if (!usedIds.add(id)) {
        String candidate;
        do {
          candidate = id + "_" + nextSuffix.merge(id, 1, Integer::sum);
        } while (methodNames.contains(candidate) || !usedIds.add(candidate));
        id = candidate;
      }
      String path = paths.get(i);
      List<OperationDoc.PathParameter> parameters = new ArrayList<>();
      Set<String> declared = new HashSet<>();
      for (String variable : PathTemplates.variables(path)) {
        if (declared.add(variable)) {
          parameters.add(new OperationDoc.PathParameter(variable,
              e.pathParameterTypes().getOrDefault(variable, "string")));
        }
      }
      for (ResponseDoc response : e.responses()) {
        if (checked.add(response)) {
          response.content().values().forEach(media -> media.schemas().forEach(s -> useStandard(s, schemas)));
        }
      }
      OperationDoc operation = new OperationDoc(path, e.verb(), id, parameters, e.responses(), e.tag(),
          e.summary());
      if (i < keptDocumented) {
        operations.add(operation);
      }
      listed.add(new EndpointOperation(operation, e.order()));
    }
    Comparator<OperationDoc> documentOrder = Comparator.comparing(OperationDoc::path)
        .thenComparing(o -> VERBS.indexOf(o.verb()));
    operations.sort(documentOrder);
    listed.subList(0, keptDocumented).sort(Comparator.comparing(EndpointOperation::operation, documentOrder));
    listed.subList(keptDocumented, listed.size())
        .sort(Comparator.comparing(EndpointOperation::operation, documentOrder));
    List<ErrorDtoDoc> dtos = new ArrayList<>(errorDtos);
    dtos.sort(Comparator.comparing(ErrorDtoDoc::qualifiedName));
    return new ApiModel(options, List.copyOf(operations), schemas, List.copyOf(dtos),
        List.copyOf(listed));
  }

  /** An operation's path with its prefix: the base path option, else JAX-RS's application path. */
  public static String finalPath(ProcessorOptions options, Optional<String> applicationPath,
      Endpoint.Framework framework, String path) {
    String prefix = options.basePath()
        .orElse(framework == Endpoint.Framework.JAX_RS ? applicationPath.orElse("") : "");
    return PathTemplates.join(prefix, path);
  }

  private static void useStandard(TypeSchema schema, SchemaCatalog schemas) {
    if (schema instanceof TypeSchema.Ref ref) {
      for (ProcessorOptions.BodyStyle style : ProcessorOptions.BodyStyle.values()) {
        if (style.schemaName().equals(ref.name())) {
          schemas.useStandard(style);
        }
      }
    }
  }
}
