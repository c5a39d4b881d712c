package io.errorsplus.processor.read;

import io.errorsplus.processor.analyze.EndpointBody;
import io.errorsplus.processor.model.Endpoint;
import io.errorsplus.processor.model.ErrorContribution;
import io.errorsplus.processor.model.ErrorDtoDoc;
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
  private final ParameterReader parameters;
  private final MappingReader mappings;
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
    this.parameters = new ParameterReader(elements, types, lookup);
    this.mappings = new MappingReader(lookup);
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
    String jaxRsClassPath = jaxRs ? mappings.jaxRsClassPath(hierarchy) : "";
    List<String> springPrefixes = spring ? mappings.springClassPaths(hierarchy) : List.of();
    List<ErrorsDeclaration> classLevel = null; // read on the first endpoint, then shared
    String tag = tag(type);
    for (int member = 0; member < chains.size(); member++) {
      List<ExecutableElement> chain = chains.get(member);
      List<MappingReader.Mapping> served = new ArrayList<>();
      if (jaxRs) {
        served.addAll(mappings.jaxRs(jaxRsClassPath, chain));
      }
      if (spring) {
        served.addAll(mappings.spring(springPrefixes, chain));
      }
      if (served.isEmpty()) {
        continue;
      }
      endpointMethods.addAll(chain);
      ExecutableElement annotated = served.get(0).method();
      Map<String, String> parameterTypes = parameters.pathParameterTypes(chain, annotated);
      if (classLevel == null) {
        classLevel = classDeclarations(type, hierarchy);
      }
      Set<String> documented = new HashSet<>();
      List<ErrorContribution> contributions =
          contributions(classLevel, chain, parameters.requestBound(chain, annotated), documented);
      MappingReader.Mapping first = served.get(0);
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
      for (MappingReader.Mapping mapping : served) {
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
