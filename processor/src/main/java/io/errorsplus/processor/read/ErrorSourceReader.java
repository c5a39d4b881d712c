package io.errorsplus.processor.read;

import io.errorsplus.processor.model.DeclaredError;
import io.errorsplus.processor.model.DeclaredExample;
import io.errorsplus.processor.model.ErrorContribution;
import io.errorsplus.processor.model.ErrorDtoDoc;
import io.errorsplus.processor.model.ExampleBodies;
import io.errorsplus.processor.model.ExampleDoc;
import io.errorsplus.processor.model.Origin;
import io.errorsplus.processor.model.ProcessorOptions;
import io.errorsplus.processor.model.TypeSchema;
import io.errorsplus.processor.validate.Diagnostics;
import io.errorsplus.processor.validate.ErrorDeclarationValidator;
import io.errorsplus.processor.validate.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @Errors}, {@code @ErrorDto}, {@code @ErrorResponse} and {@code @Example} and has
 * them validated. Each dto, package and reusable set is read once; each annotated element once per
 * round.
 */
final class ErrorSourceReader {

  static final String ERRORS = "io.errorsplus.Errors";
  static final String ERROR_DTO = "io.errorsplus.ErrorDto";

  private final Elements elements;
  private final AnnotationLookup lookup;
  private final ProcessorOptions options;
  private final Diagnostics diagnostics;
  private final ErrorDeclarationValidator validator;
  private final BodySchemaReader schemas;
  private final CatalogReader catalog;

  private final Map<String, Optional<ErrorDtoDoc>> dtos = new HashMap<>();
  private final Map<String, Optional<ErrorsDeclaration>> packages = new HashMap<>();
  private final Map<String, Optional<ErrorsDeclaration>> sets = new HashMap<>();
  private final Map<String, ErrorContribution> flags = new HashMap<>();
  private Map<Element, Optional<ErrorsDeclaration>> declared = new IdentityHashMap<>();
  private boolean deferUnresolved = true;

  ErrorSourceReader(Elements elements, AnnotationLookup lookup, ProcessorOptions options, Diagnostics diagnostics,
      ErrorDeclarationValidator validator, BodySchemaReader schemas, CatalogReader catalog) {
    this.elements = elements;
    this.lookup = lookup;
    this.options = options;
    this.diagnostics = diagnostics;
    this.validator = validator;
    this.schemas = schemas;
    this.catalog = catalog;
  }

  /** Starts a round: elements of earlier rounds are not kept. */
  void newRound(boolean lastRound) {
    declared = new IdentityHashMap<>();
    deferUnresolved = !lastRound;
  }

  /** Every valid dto read so far. */
  List<ErrorDtoDoc> dtos() {
    List<ErrorDtoDoc> valid = new ArrayList<>();
    dtos.values().forEach(d -> d.ifPresent(valid::add));
    return valid;
  }

  /** The {@code @Errors} written on an element. */
  Optional<ErrorsDeclaration> errorsOn(Element element) {
    Optional<ErrorsDeclaration> cached = declared.get(element);
    if (cached != null) {
      return cached;
    }
    Optional<ErrorsDeclaration> read = lookup.find(element, ERRORS).map(m -> read(element, m));
    declared.put(element, read);
    return read;
  }

  /** The {@code @Errors} of a package (package-info.java), read once. */
  Optional<ErrorsDeclaration> errorsOn(PackageElement pkg) {
    String name = pkg.getQualifiedName().toString();
    Optional<ErrorsDeclaration> cached = packages.get(name);
    if (cached == null) {
      cached = errorsOn((Element) pkg);
      packages.put(name, cached);
    }
    return cached;
  }

  /** The reusable sets (annotations meta-annotated {@code @Errors}) on an element, in order. */
  List<ErrorsDeclaration> setsOn(Element element) {
    List<ErrorsDeclaration> found = new ArrayList<>();
    collectSets(element, found, new HashSet<>());
    return found;
  }

  private void collectSets(Element element, List<ErrorsDeclaration> found, Set<String> visiting) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = lookup.name(mirror);
      if (name.startsWith("java.") || name.equals(ERRORS) || !visiting.add(name)) {
        continue;
      }
      TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
      Optional<ErrorsDeclaration> set = sets.get(name);
      if (set == null) {
        set = errorsOn((Element) annotationType);
        sets.put(name, set);
      }
      // A set may itself carry sets; those come first, like a class's supertypes.
      collectSets(annotationType, found, visiting);
      set.ifPresent(found::add);
    }
  }

  /** A dto type, read and validated once; empty if it is not a valid {@code @ErrorDto}. */
  Optional<ErrorDtoDoc> dto(TypeElement type) {
    String name = type.getQualifiedName().toString();
    Optional<ErrorDtoDoc> cached = dtos.get(name);
    if (cached != null) {
      return cached;
    }
    Optional<AnnotationMirror> mirror = lookup.find(type, ERROR_DTO);
    Optional<ErrorDtoDoc> doc = Optional.empty();
    if (mirror.isPresent()) {
      AnnotationMirror m = mirror.get();
      MirrorReader.Attributes a = lookup.attributes(m);
      String code = a.string("code");
      DeclaredError declaredError = new DeclaredError(ErrorContribution.Kind.DTO,
          new Origin(type, m, null), "dto:" + name,
          a.integer("status"), a.value("status"),
          a.string("message"), a.explicit("message").orElse(null),
          code, "", null, examples(type, a), body(a));
      doc = validator.validate(declaredError).map(c ->
          new ErrorDtoDoc(name, elements.getBinaryName(type).toString(), code, c));
      if (doc.isPresent()) {
        catalog.dto(type, m, a);
      }
    }
    dtos.put(name, doc);
    return doc;
  }

  private ErrorsDeclaration read(Element element, AnnotationMirror errors) {
    List<ErrorContribution> contributions = new ArrayList<>();
    MirrorReader.Attributes e = lookup.attributes(errors);
    for (AnnotationValue value : e.list("responses")) {
      if (!(value.getValue() instanceof AnnotationMirror response)) {
        continue;
      }
      MirrorReader.Attributes r = lookup.attributes(response);
      DeclaredError declaredError = new DeclaredError(ErrorContribution.Kind.RESPONSE,
          new Origin(element, response, null), "response",
          r.integer("status"), r.value("status"),
          r.string("description"), r.explicit("description").orElse(null),
          "", r.string("mediaType"),
          r.explicit("mediaType").orElse(null),
          examples(element, r), body(r));
      validator.validate(declaredError).ifPresent(contributions::add);
    }
    Set<String> dtoNames = new LinkedHashSet<>();
    for (AnnotationValue value : e.list("value")) {
      if (MirrorReader.unresolved(value)) {
        if (deferUnresolved) {
          throw new UnresolvedTypeException();
        }
        continue; // javac reports the missing type
      }
      TypeMirror type = (TypeMirror) value.getValue();
      if (type.getKind() != TypeKind.DECLARED
          || lookup.find(((DeclaredType) type).asElement(), ERROR_DTO).isEmpty()) {
        diagnostics.report(Message.NOT_AN_ERROR_DTO, element, errors, value, type.toString());
        continue;
      }
      TypeElement dtoType = (TypeElement) ((DeclaredType) type).asElement();
      dtoNames.add(dtoType.getQualifiedName().toString());
      dto(dtoType).ifPresent(d -> contributions.add(d.contribution()));
    }
    return new ErrorsDeclaration(
        e.bool("unauthorized401", false),
        e.bool("forbidden403", false),
        e.bool("validationError422", true),
        e.explicit("validationError422").map(v -> Boolean.TRUE.equals(v.getValue())).orElse(false),
        e.bool("internalServerError500", false),
        e.bool("inherit", true),
        List.copyOf(contributions), Set.copyOf(dtoNames));
  }

  private List<DeclaredExample> examples(Element element, MirrorReader.Attributes owner) {
    List<DeclaredExample> examples = new ArrayList<>();
    for (AnnotationValue value : owner.list("examples")) {
      if (value.getValue() instanceof AnnotationMirror example) {
        MirrorReader.Attributes x = lookup.attributes(example);
        examples.add(new DeclaredExample(new Origin(element, example, null),
            x.string("name"), x.string("detail"),
            x.string("json"), x.string("summary"),
            x.explicit("name").orElse(null),
            x.explicit("json").orElse(null)));
      }
    }
    return examples;
  }

  /** The body schema, or null for the standard body. */
  private TypeSchema body(MirrorReader.Attributes owner) {
    Optional<AnnotationValue> value = owner.explicit("body");
    if (value.isEmpty()) {
      return null;
    }
    if (MirrorReader.unresolved(value.get())) {
      if (deferUnresolved) {
        throw new UnresolvedTypeException();
      }
      return null;
    }
    TypeMirror type = (TypeMirror) value.get().getValue();
    return type.getKind() == TypeKind.VOID ? null : schemas.schemaOf(type);
  }

  /** A flag's contribution: 401, 403, the validation status or 500 with its standard example. */
  ErrorContribution flag(int status, String description, String exampleName, String detail) {
    return flags.computeIfAbsent(status + exampleName, k -> new ErrorContribution(status, ErrorContribution.Kind.FLAG, "flag:" + status + ":" + exampleName,
        description, options.bodyStyle().mediaType(),
        new TypeSchema.Ref(options.bodyStyle().schemaName()),
        List.of(new ExampleDoc(exampleName, "",
            ExampleBodies.standard(options.bodyStyle(), status, detail, "")))));
  }
}
