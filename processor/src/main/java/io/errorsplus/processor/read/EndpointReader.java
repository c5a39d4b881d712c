package io.errorsplus.processor.read;

import io.errorsplus.processor.analyze.EndpointBody;
import io.errorsplus.processor.model.Endpoint;
import io.errorsplus.processor.model.ErrorContribution;
import io.errorsplus.processor.model.ErrorDtoDoc;
import io.errorsplus.processor.model.PathTemplates;
import io.errorsplus.processor.model.ProcessorOptions;
import io.errorsplus.processor.model.ReasonPhrases;
import io.errorsplus.processor.model.ResponseDoc;
import io.errorsplus.processor.model.ResponseMerger;
import io.errorsplus.processor.validate.Diagnostics;
import io.errorsplus.processor.validate.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the endpoints of one JAX-RS resource or Spring controller, including methods declared on
 * its superclasses and interfaces, and merges each operation's error sources (contract 2.1-2.5).
 */
final class EndpointReader {

  private final Elements elements;
  private final AnnotationLookup lookup;
  private final Types types;
  private final ProcessorOptions options;
  private final Diagnostics diagnostics;
  private final ErrorSourceReader errors;
  private final CatalogReader catalog;
  private final TypeMirror principal;
  /** Verb of each annotation type (empty: not an HTTP method annotation), read once. */
  private final Map<String, Optional<String>> jaxRsVerbs = new HashMap<>();
  private final ResponseMerger.Memo merger = new ResponseMerger.Memo();
  /** The endpoint methods read since the last {@link #takeBodies()}, for the throw analysis. */
  private final List<EndpointBody> bodies = new ArrayList<>();

  EndpointReader(Elements elements, Types types, AnnotationLookup lookup, ProcessorOptions options,
      Diagnostics diagnostics, ErrorSourceReader errors, CatalogReader catalog) {
    this.elements = elements;
    this.lookup = lookup;
    this.types = types;
    this.options = options;
    this.diagnostics = diagnostics;
    this.errors = errors;
    this.catalog = catalog;
    TypeElement p = elements.getTypeElement("java.security.Principal");
    this.principal = p == null ? null : p.asType();
  }

  /** The superclasses and interfaces of a type, nearest first, the type itself first. */
  List<TypeElement> hierarchy(TypeElement type) {
    List<TypeElement> hierarchy = new ArrayList<>();
    collect(type, hierarchy, new HashSet<>());
    return hierarchy;
  }

  private void collect(TypeElement type, List<TypeElement> into, Set<String> seen) {
    String name = type.getQualifiedName().toString();
    if (name.equals("java.lang.Object") || !seen.add(name)) {
      return;
    }
    into.add(type);
    if (type.getSuperclass().getKind() == TypeKind.DECLARED) {
      collect((TypeElement) types.asElement(type.getSuperclass()), into, seen);
    }
    for (TypeMirror iface : type.getInterfaces()) {
      if (iface.getKind() == TypeKind.DECLARED) {
        collect((TypeElement) types.asElement(iface), into, seen);
      }
    }
  }

  boolean isJaxRsResource(List<TypeElement> hierarchy) {
    for (TypeElement t : hierarchy) {
      if (lookup.findAny(t, FrameworkNames.PATH).isPresent()) {
        return true;
      }
    }
    return false;
  }

  boolean isSpringController(TypeElement type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (FrameworkNames.CONTROLLER.contains(lookup.name(mirror))
          || lookup.findAny(mirror.getAnnotationType().asElement(), FrameworkNames.CONTROLLER).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a type is a JAX-RS resource or a Spring controller. */
  boolean isEndpointType(TypeElement type, List<TypeElement> hierarchy) {
    return isJaxRsResource(hierarchy) || isSpringController(type);
  }

  /**
   * The endpoints of a type; every method of their chains (the method and those it overrides)
   * is added to {@code endpointMethods}.
   */
  List<Endpoint> read(TypeElement type, List<TypeElement> hierarchy, Set<Element> endpointMethods) {
    boolean jaxRs = isJaxRsResource(hierarchy);
    boolean spring = isSpringController(type);
    if (!jaxRs && !spring) {
      return List.of();
    }
    String className = type.getQualifiedName().toString();
    List<Endpoint> endpoints = new ArrayList<>();
    List<List<ExecutableElement>> chains = methodChains(type, hierarchy);
    // Class-level paths, read once per type rather than per method.
    String jaxRsClassPath = jaxRs ? jaxRsClassPath(hierarchy) : "";
    List<String> springPrefixes = spring ? springPaths(classMapping(hierarchy)) : List.of();
    List<ErrorsDeclaration> classLevel = null; // read on the first endpoint, then shared
    String tag = tag(type);
    for (int member = 0; member < chains.size(); member++) {
      List<ExecutableElement> chain = chains.get(member);
      List<Mapping> mappings = new ArrayList<>();
      if (jaxRs) {
        mappings.addAll(jaxRsMappings(jaxRsClassPath, chain));
      }
      if (spring) {
        mappings.addAll(springMappings(springPrefixes, chain));
      }
      if (mappings.isEmpty()) {
        continue;
      }
      endpointMethods.addAll(chain);
      ExecutableElement annotated = mappings.get(0).method();
      Map<String, String> parameterTypes = pathParameterTypes(chain, annotated);
      if (classLevel == null) {
        classLevel = classDeclarations(type, hierarchy);
      }
      Set<String> documented = new HashSet<>();
      List<ErrorContribution> contributions =
          contributions(classLevel, chain, requestBound(chain, annotated), documented);
      Mapping first = mappings.get(0);
      if (options.undocumented() != ProcessorOptions.UndocumentedMode.IGNORE) {
        // Also without any error source: an undocumented throw is what the analysis is for.
        bodies.add(new EndpointBody(chain.get(0), type.getSimpleName().toString(), first.framework(),
            first.verbs().get(0), first.paths().get(0), documented));
      }
      if (contributions.isEmpty() && !catalog.enabled()) {
        continue; // no error source: the operation is left out
      }
      // Without error sources: no responses, so only the catalogue has it, not the document.
      var responses = contributions.isEmpty() ? List.<ResponseDoc>of() : merger.merge(contributions);
      String methodName = chain.get(0).getSimpleName().toString();
      String summary = OperationSummary.of(chain, elements);
      for (Mapping mapping : mappings) {
        for (int p = 0; p < mapping.paths().size(); p++) {
          for (int v = 0; v < mapping.verbs().size(); v++) {
            Endpoint.SourceOrder order =
                new Endpoint.SourceOrder(className, member, mapping.pathOffset() + p, v);
            endpoints.add(new Endpoint(mapping.framework(), order,
                mapping.verbs().get(v), mapping.paths().get(p), methodName, parameterTypes, responses,
                tag, summary));
            catalog.endpoint(order, type, chain, contributions);
          }
        }
      }
    }
    return endpoints;
  }

  /** The endpoint methods read since the last call, for the throw analysis. */
  List<EndpointBody> takeBodies() {
    List<EndpointBody> taken = List.copyOf(bodies);
    bodies.clear();
    return taken;
  }

  /**
   * springdoc's tag of a controller: its simple name split at case changes and lower-cased
   * ({@code PlantsResource} → {@code plants-resource}, as {@code OpenAPIService.splitCamelCase}).
   */
  static String tag(TypeElement type) {
    return CAMEL_CASE_BREAK.matcher(type.getSimpleName()).replaceAll("-").toLowerCase(Locale.ROOT);
  }

  private static final java.util.regex.Pattern CAMEL_CASE_BREAK = java.util.regex.Pattern.compile(
      "(?<=[A-Z])(?=[A-Z][a-z])|(?<=[^A-Z])(?=[A-Z])|(?<=[A-Za-z])(?=[^A-Za-z])");

  /** The HTTP methods and paths one Java method is mapped to. */
  private record Mapping(Endpoint.Framework framework, ExecutableElement method, List<String> verbs,
      List<String> paths, int pathOffset) {}

  /** The {@code @Path} of the nearest type of the hierarchy that has one. */
  private String jaxRsClassPath(List<TypeElement> hierarchy) {
    for (TypeElement t : hierarchy) {
      Optional<AnnotationMirror> path = lookup.findAny(t, FrameworkNames.PATH);
      if (path.isPresent()) {
        return lookup.attributes(path.get()).string("value");
      }
    }
    return "";
  }

  private List<Mapping> jaxRsMappings(String classPath, List<ExecutableElement> chain) {
    for (ExecutableElement method : chain) {
      List<String> verbs = new ArrayList<>();
      for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
        jaxRsVerb(mirror).ifPresent(verbs::add);
      }
      if (verbs.isEmpty()) {
        continue; // JAX-RS: annotations are inherited from the overridden method if none here
      }
      String methodPath = lookup.findAny(method, FrameworkNames.PATH)
          .map(m -> lookup.attributes(m).string("value")).orElse("");
      return List.of(new Mapping(Endpoint.Framework.JAX_RS, method, verbs,
          List.of(PathTemplates.join(classPath, methodPath)), 0));
    }
    return List.of();
  }

  private Optional<String> jaxRsVerb(AnnotationMirror mirror) {
    String name = lookup.name(mirror);
    Optional<String> verb = jaxRsVerbs.get(name);
    if (verb == null) {
      String known = FrameworkNames.JAX_RS_VERBS.get(name);
      if (known != null) {
        verb = Optional.of(known);
      } else {
        verb = lookup.findAny(mirror.getAnnotationType().asElement(), FrameworkNames.HTTP_METHOD)
            .map(m -> lookup.attributes(m).string("value").toLowerCase(Locale.ROOT))
            .filter(FrameworkNames.OPENAPI_VERBS::contains);
      }
      jaxRsVerbs.put(name, verb);
    }
    return verb;
  }

  private List<Mapping> springMappings(List<String> classPrefixes, List<ExecutableElement> chain) {
    for (ExecutableElement method : chain) {
      List<Mapping> mappings = new ArrayList<>();
      int pathOffset = 0;
      for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
        String name = lookup.name(mirror);
        List<String> verbs;
        if (FrameworkNames.SPRING_MAPPINGS.containsKey(name)) {
          verbs = List.of(FrameworkNames.SPRING_MAPPINGS.get(name));
        } else if (name.equals(FrameworkNames.REQUEST_MAPPING)) {
          List<String> declared = MirrorReader.enumNames(lookup.attributes(mirror), "method");
          verbs = new ArrayList<>();
          for (String d : declared) {
            String verb = d.toLowerCase(Locale.ROOT);
            if (FrameworkNames.OPENAPI_VERBS.contains(verb) && !verbs.contains(verb)) {
              verbs.add(verb);
            }
          }
          if (declared.isEmpty()) {
            verbs = FrameworkNames.REQUEST_MAPPING_DEFAULT_VERBS;
          }
        } else {
          continue;
        }
        List<String> paths = new ArrayList<>();
        for (String prefix : classPrefixes) {
          for (String path : springPaths(Optional.of(mirror))) {
            String joined = PathTemplates.join(prefix, path);
            if (!paths.contains(joined)) {
              paths.add(joined);
            }
          }
        }
        mappings.add(new Mapping(Endpoint.Framework.SPRING, method, verbs, paths, pathOffset));
        pathOffset += paths.size();
      }
      if (!mappings.isEmpty()) {
        return mappings;
      }
    }
    return List.of();
  }

  private Optional<AnnotationMirror> classMapping(List<TypeElement> hierarchy) {
    for (TypeElement t : hierarchy) {
      Optional<AnnotationMirror> mapping = lookup.find(t, FrameworkNames.REQUEST_MAPPING);
      if (mapping.isPresent()) {
        return mapping;
      }
    }
    return Optional.empty();
  }

  /** {@code value} and {@code path} are aliases; neither gives the empty path. */
  private List<String> springPaths(Optional<AnnotationMirror> mapping) {
    if (mapping.isEmpty()) {
      return List.of("");
    }
    MirrorReader.Attributes attributes = lookup.attributes(mapping.get());
    List<String> paths = new ArrayList<>(MirrorReader.strings(attributes, "value"));
    for (String path : MirrorReader.strings(attributes, "path")) {
      if (!paths.contains(path)) {
        paths.add(path);
      }
    }
    return paths.isEmpty() ? List.of("") : paths;
  }

  /**
   * The methods of a type and its supertypes, grouped so that each group holds a method and the
   * methods it overrides (nearest first), in declaration order of the type, then its supertypes.
   */
  private List<List<ExecutableElement>> methodChains(TypeElement type, List<TypeElement> hierarchy) {
    List<List<ExecutableElement>> chains = new ArrayList<>();
    Map<String, List<List<ExecutableElement>>> byName = new HashMap<>();
    for (TypeElement t : hierarchy) {
      for (ExecutableElement method : ElementFilter.methodsIn(t.getEnclosedElements())) {
        Set<Modifier> modifiers = method.getModifiers();
        if (modifiers.contains(Modifier.STATIC) || modifiers.contains(Modifier.PRIVATE)) {
          continue;
        }
        List<List<ExecutableElement>> sameName =
            byName.computeIfAbsent(method.getSimpleName().toString(), n -> new ArrayList<>());
        List<ExecutableElement> chain = null;
        if (t != type) {
          for (List<ExecutableElement> candidate : sameName) {
            ExecutableElement nearest = candidate.get(0);
            if (nearest.getParameters().size() == method.getParameters().size()
                && elements.overrides(nearest, method, type)) {
              chain = candidate;
              break;
            }
          }
        }
        if (chain == null) {
          chain = new ArrayList<>(2);
          sameName.add(chain);
          chains.add(chain);
        }
        chain.add(method);
      }
    }
    return chains;
  }

  /** Path variable name to schema type, from @PathParam/@PathVariable or the parameter name. */
  private Map<String, String> pathParameterTypes(List<ExecutableElement> chain, ExecutableElement annotated) {
    Map<String, String> bound = new HashMap<>();
    Map<String, String> byParameterName = new HashMap<>();
    List<? extends VariableElement> parameters = annotated.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      VariableElement parameter = parameters.get(i);
      String type = schemaType(parameter.asType());
      byParameterName.putIfAbsent(parameter.getSimpleName().toString(), type);
      for (ExecutableElement method : chain) {
        if (method.getParameters().size() <= i) {
          continue;
        }
        VariableElement p = method.getParameters().get(i);
        lookup.findAny(p, FrameworkNames.PATH_PARAM)
            .map(m -> lookup.attributes(m).string("value"))
            .filter(s -> !s.isEmpty())
            .ifPresent(name -> bound.putIfAbsent(name, type));
        lookup.find(p, FrameworkNames.PATH_VARIABLE).ifPresent(m -> {
          MirrorReader.Attributes attributes = lookup.attributes(m);
          String name = attributes.string("value");
          if (name.isEmpty()) {
            name = attributes.string("name");
          }
          bound.putIfAbsent(name.isEmpty() ? p.getSimpleName().toString() : name, type);
        });
      }
    }
    byParameterName.forEach(bound::putIfAbsent);
    return bound;
  }

  private String schemaType(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      // By name, not Types.unboxedType: that throws for every other class, and an exception per
      // parameter is a cost a cold build notices.
      String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
      switch (name) {
        case "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long",
            "java.math.BigInteger":
          return "integer";
        case "java.lang.Float", "java.lang.Double", "java.math.BigDecimal":
          return "number";
        case "java.lang.Boolean":
          return "boolean";
        default:
          return "string";
      }
    }
    switch (type.getKind()) {
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
        return "integer";
      case FLOAT:
      case DOUBLE:
        return "number";
      case BOOLEAN:
        return "boolean";
      default:
        return "string";
    }
  }

  /** Whether any parameter is bound from the request (not supplied by the framework). */
  private boolean requestBound(List<ExecutableElement> chain, ExecutableElement annotated) {
    List<? extends VariableElement> parameters = annotated.getParameters();
    outer:
    for (int i = 0; i < parameters.size(); i++) {
      for (ExecutableElement method : chain) {
        if (method.getParameters().size() > i
            && lookup.findAny(method.getParameters().get(i), FrameworkNames.NOT_REQUEST_BOUND).isPresent()) {
          continue outer;
        }
      }
      TypeMirror type = types.erasure(parameters.get(i).asType());
      if (type.getKind() == TypeKind.DECLARED) {
        String name = ((TypeElement) types.asElement(type)).getQualifiedName().toString();
        if (FrameworkNames.INFRASTRUCTURE_TYPES.contains(name)
            || (principal != null && types.isAssignable(type, principal))) {
          continue;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * The package's {@code @Errors}, the class's (supertypes first), then the reusable sets on the
   * class (supertypes first).
   */
  private List<ErrorsDeclaration> classDeclarations(TypeElement type, List<TypeElement> hierarchy) {
    List<ErrorsDeclaration> declarations = new ArrayList<>();
    errors.errorsOn(elements.getPackageOf(type)).ifPresent(declarations::add);
    for (int i = hierarchy.size() - 1; i >= 0; i--) {
      errors.errorsOn(hierarchy.get(i)).ifPresent(declarations::add);
    }
    for (int i = hierarchy.size() - 1; i >= 0; i--) {
      declarations.addAll(errors.setsOn(hierarchy.get(i)));
    }
    return declarations;
  }

  /** The contributions of one operation, in the merge order of contract 2.3. */
  private List<ErrorContribution> contributions(List<ErrorsDeclaration> classLevel,
      List<ExecutableElement> chain, boolean requestBound, Set<String> documented) {
    List<ErrorsDeclaration> methodDeclarations = new ArrayList<>();
    List<ErrorsDeclaration> methodSets = new ArrayList<>();
    boolean inherit = true;
    for (int i = chain.size() - 1; i >= 0; i--) {
      ExecutableElement method = chain.get(i);
      methodSets.addAll(errors.setsOn(method));
      Optional<ErrorsDeclaration> declaration = errors.errorsOn(method);
      if (declaration.isPresent()) {
        methodDeclarations.add(declaration.get());
        inherit &= declaration.get().inherit();
      }
    }
    List<ErrorsDeclaration> declarations = new ArrayList<>();
    if (inherit) {
      declarations.addAll(classLevel);
    }
    declarations.addAll(methodSets);
    declarations.addAll(methodDeclarations);

    List<ErrorContribution> contributions = new ArrayList<>();
    boolean validation = true;
    boolean validationWritten = false;
    Set<String> listed = new HashSet<>();
    for (ErrorsDeclaration d : declarations) {
      validation &= d.validation();
      validationWritten |= d.validationWritten();
      listed.addAll(d.dtoNames());
      if (d.unauthorized()) {
        contributions.add(errors.flag(401, "Unauthorized", "StandardUnauthorized", "Unauthorized"));
      }
      if (d.forbidden()) {
        contributions.add(errors.flag(403, "Forbidden", "StandardForbidden", "Forbidden"));
      }
      if (d.internal()) {
        contributions.add(errors.flag(500, "Internal Server Error", "StandardInternalServerError",
            "Internal Server Error"));
      }
      contributions.addAll(d.contributions());
    }
    if (options.throwsMode() != ProcessorOptions.ThrowsMode.IGNORE) {
      // The throws clauses of the method and of those it overrides (an implementation may drop
      // what its interface declares).
      Set<String> seen = new HashSet<>();
      for (ExecutableElement method : chain) {
        for (TypeMirror thrown : method.getThrownTypes()) {
          if (thrown.getKind() != TypeKind.DECLARED) {
            continue;
          }
          TypeElement thrownType = (TypeElement) types.asElement(thrown);
          String thrownName = thrownType.getQualifiedName().toString();
          if (!seen.add(thrownName) || lookup.find(thrownType, ErrorSourceReader.ERROR_DTO).isEmpty()) {
            continue;
          }
          if (options.throwsMode() == ProcessorOptions.ThrowsMode.DOCUMENT) {
            documented.add(thrownName);
            errors.dto(thrownType).map(ErrorDtoDoc::contribution).ifPresent(contributions::add);
          } else if (!listed.contains(thrownName)) {
            diagnostics.report(Message.THROWS_NOT_DOCUMENTED, method, null, null, thrownName);
          }
        }
      }
    }
    documented.addAll(listed);
    if ((!contributions.isEmpty() || validationWritten) && validation && requestBound) {
      int status = options.validationStatus();
      contributions.add(0, errors.flag(status,
          status == 422 ? "Validation Error" : ReasonPhrases.of(status),
          "StandardValidationError", "Validation error"));
    }
    return contributions;
  }
}
