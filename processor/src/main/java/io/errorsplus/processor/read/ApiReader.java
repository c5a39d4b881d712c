package io.errorsplus.processor.read;

import io.errorsplus.processor.analyze.ThrowAnalysis;
import io.errorsplus.processor.model.ApiModel;
import io.errorsplus.processor.model.CatalogDto;
import io.errorsplus.processor.model.CatalogEndpoint;
import io.errorsplus.processor.model.Endpoint;
import io.errorsplus.processor.model.ErrorDtoDoc;
import io.errorsplus.processor.model.ProcessorOptions;
import io.errorsplus.processor.model.SchemaCatalog;
import io.errorsplus.processor.validate.Diagnostics;
import io.errorsplus.processor.validate.ErrorDeclarationValidator;
import io.errorsplus.processor.validate.Message;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads every round's endpoints, dtos and error sets into the model, validating as it goes.
 * Collects across rounds; {@link #endpoints()} and friends are complete once processing is over.
 */
public final class ApiReader {

  private final Elements elements;
  private final Diagnostics diagnostics;
  private final SchemaCatalog catalog = new SchemaCatalog();
  private final AnnotationLookup lookup = new AnnotationLookup();
  private final ErrorSourceReader errors;
  private final EndpointReader endpointReader;
  private final ThrowAnalysis throwAnalysis;
  private final ProcessorOptions options;
  private final CatalogReader catalogReader;

  private final List<Endpoint> endpoints = new ArrayList<>();
  private final TreeMap<String, String> applicationPaths = new TreeMap<>();
  private final Set<String> deferred = new LinkedHashSet<>();
  /** The qualified names of the types of the compilation read so far (not the class path's). */
  private final Set<String> compiledTypes = new HashSet<>();
  /** Whether an endpoint type or an errors-plus annotation was seen in any round. */
  private boolean sawAnything;

  public ApiReader(ProcessingEnvironment env, ProcessorOptions options, Diagnostics diagnostics) {
    this.elements = env.getElementUtils();
    this.diagnostics = diagnostics;
    BodySchemaReader schemas = new BodySchemaReader(elements, env.getTypeUtils(), catalog);
    ErrorDeclarationValidator validator = new ErrorDeclarationValidator(options, catalog, diagnostics);
    this.catalogReader = new CatalogReader(elements, env.getTypeUtils(), diagnostics,
        !options.catalog().equals(ProcessorOptions.CATALOG_OFF)
            && elements.getTypeElement(CatalogReader.ERROR_CATALOG) != null);
    this.errors = new ErrorSourceReader(elements, lookup, options, diagnostics, validator, schemas,
        catalogReader);
    this.endpointReader = new EndpointReader(elements, env.getTypeUtils(), lookup, options,
        diagnostics, errors, catalogReader);
    this.options = options;
    ThrowAnalysis analysis;
    try {
      analysis = ThrowAnalysis.create(env, options, diagnostics, this::ownDtoStatus);
    } catch (LinkageError noTreeApi) {
      // A runtime without the jdk.compiler module at all: like ECJ, one note and no analysis.
      analysis = null;
      if (options.undocumented() != ProcessorOptions.UndocumentedMode.IGNORE) {
        diagnostics.report(Message.THROW_ANALYSIS_SKIPPED);
      }
    }
    this.throwAnalysis = analysis;
  }

  /** The status of a type's own valid {@code @ErrorDto}, for the throw analysis. */
  private java.util.OptionalInt ownDtoStatus(TypeElement type) {
    if (lookup.find(type, ErrorSourceReader.ERROR_DTO).isEmpty()) {
      return java.util.OptionalInt.empty();
    }
    try {
      return errors.dto(type).map(d -> java.util.OptionalInt.of(d.contribution().status()))
          .orElse(java.util.OptionalInt.empty());
    } catch (UnresolvedTypeException e) {
      return java.util.OptionalInt.empty(); // javac reports the unresolved type
    }
  }

  /**
   * Reads one round. In the last round, types deferred because of unresolved class literals are
   * read for good (the unresolved values are left out; javac reports them).
   */
  public void readRound(RoundEnvironment round) {
    boolean last = round.processingOver();
    errors.newRound(last);
    List<TypeElement> types = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    deferred.clear();
    if (!last) {
      for (Element root : round.getRootElements()) {
        collectTypes(root, types);
      }
    }

    // Sorted, so that what depends on reading order (a schema name shared by two types) does not
    // depend on the order of the source files.
    types.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));

    // An interface or abstract class implemented by a resource in this compilation is documented
    // through that resource only.
    Set<String> implemented = new HashSet<>();
    List<List<TypeElement>> hierarchies = new ArrayList<>(types.size());
    for (TypeElement type : types) {
      List<TypeElement> hierarchy = endpointReader.hierarchy(type);
      hierarchies.add(hierarchy);
      if (isConcrete(type)) {
        for (int i = 1; i < hierarchy.size(); i++) {
          implemented.add(hierarchy.get(i).getQualifiedName().toString());
        }
      }
    }

    Set<Element> endpointMethods = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < types.size(); i++) {
      TypeElement type = types.get(i);
      try {
        readType(type, hierarchies.get(i), implemented, endpointMethods);
      } catch (UnresolvedTypeException e) {
        deferred.add(type.getQualifiedName().toString());
      } catch (RuntimeException | LinkageError e) {
        internalError(type, e);
      }
    }
    if (!last) {
      warnNonEndpoints(round, endpointMethods);
    }
    List<io.errorsplus.processor.analyze.EndpointBody> bodies = endpointReader.takeBodies();
    if (throwAnalysis == null) {
      return;
    }
    throwAnalysis.addTypes(types);
    throwAnalysis.analyse(bodies);
    if (last) {
      // The application path is known now; error mode's errors come before the writers run.
      throwAnalysis.report((framework, path) ->
          ApiModel.finalPath(options, applicationPath(), framework, path));
    }
  }

  /** How many method bodies the throw analysis read (each once), for tests. */
  public int methodsAnalysed() {
    return throwAnalysis == null ? 0 : throwAnalysis.methodsAnalysed();
  }

  private void readType(TypeElement type, List<TypeElement> hierarchy, Set<String> implemented,
      Set<Element> endpointMethods) {
    String name = type.getQualifiedName().toString();
    compiledTypes.add(name);
    lookup.findAny(type, FrameworkNames.APPLICATION_PATH)
        .ifPresent(m -> applicationPaths.put(name, lookup.attributes(m).string("value")));
    // Declarations are validated even where no endpoint uses them.
    if (lookup.find(type, ErrorSourceReader.ERROR_DTO).isPresent()) {
      sawAnything = true;
      errors.dto(type);
    }
    sawAnything |= errors.errorsOn(type).isPresent();
    if (implemented.contains(name)) {
      sawAnything = sawAnything || endpointReader.isEndpointType(type, hierarchy);
      return;
    }
    List<Endpoint> read = endpointReader.read(type, hierarchy, endpointMethods);
    sawAnything = sawAnything || endpointReader.isEndpointType(type, hierarchy);
    endpoints.addAll(read);
  }

  private void warnNonEndpoints(RoundEnvironment round, Set<Element> endpointMethods) {
    TypeElement errorsType = elements.getTypeElement(ErrorSourceReader.ERRORS);
    if (errorsType == null) {
      return;
    }
    for (Element element : round.getElementsAnnotatedWith(errorsType)) {
      sawAnything = true;
      if (element.getKind() == ElementKind.PACKAGE) {
        errors.errorsOn(element);
      }
      if (element instanceof ExecutableElement && !endpointMethods.contains(element)) {
        try {
          errors.errorsOn(element);
        } catch (UnresolvedTypeException e) {
          continue; // read again when its type is read
        }
        lookup.find(element, ErrorSourceReader.ERRORS).ifPresent(m ->
            diagnostics.report(Message.ERRORS_ON_NON_ENDPOINT, element, m, null,
                element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName() + "()"));
      }
    }
  }

  private static boolean isConcrete(TypeElement type) {
    return type.getKind() == ElementKind.CLASS && !type.getModifiers().contains(Modifier.ABSTRACT);
  }

  private static void collectTypes(Element element, List<TypeElement> into) {
    if (element instanceof TypeElement type) {
      into.add(type);
      for (Element enclosed : type.getEnclosedElements()) {
        collectTypes(enclosed, into);
      }
    }
  }

  private void internalError(Element element, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    diagnostics.report(Message.INTERNAL_ERROR, element, null, null, element, trace);
  }

  /**
   * Whether the compilation holds anything to document: a JAX-RS resource, a Spring controller
   * or an {@code @Errors}/{@code @ErrorDto} annotation. A compilation without any (a test
   * compile sharing the processor path) gets no document, which would shadow the real one.
   */
  public boolean sawAnything() {
    return sawAnything;
  }

  public List<Endpoint> endpoints() {
    return List.copyOf(endpoints);
  }

  /** The {@code @ApplicationPath} prefix (of the first application class by name), if any. */
  public Optional<String> applicationPath() {
    return applicationPaths.isEmpty() ? Optional.empty() : Optional.of(applicationPaths.firstEntry().getValue());
  }

  public SchemaCatalog schemas() {
    return catalog;
  }

  public List<ErrorDtoDoc> errorDtos() {
    return errors.dtos();
  }

  /** Whether a catalogue is generated: the runtime is on the class path and it is not off. */
  public boolean catalogEnabled() {
    return catalogReader.enabled();
  }

  /** The catalogue's view of each valid dto, by qualified name (a read-only view). */
  public Map<String, CatalogDto> catalogDtos() {
    return catalogReader.dtos();
  }

  /** The catalogue's view of each endpoint (a read-only view). */
  public Map<Endpoint.SourceOrder, CatalogEndpoint> catalogEndpoints() {
    return catalogReader.endpoints();
  }

  /** Whether a type of this name is part of the compilation (rather than of the class path). */
  public boolean isCompiled(String qualifiedName) {
    return compiledTypes.contains(qualifiedName);
  }

  /** Whether types wait for a later round because they refer to types not generated yet. */
  public boolean hasDeferred() {
    return !deferred.isEmpty();
  }
}
