package io.errorsplus.processor.read;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.errorsplus.processor.model.CatalogDto;
import io.errorsplus.processor.model.CatalogEndpoint;
import io.errorsplus.processor.model.Endpoint;
import io.errorsplus.processor.model.ErrorContribution;
import io.errorsplus.processor.model.HandlerRef;
import io.errorsplus.processor.model.TypeRef;
import io.errorsplus.processor.validate.Diagnostics;
import io.errorsplus.processor.validate.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads what the generated error catalogue needs beyond the document: each dto's class and typed
 * body method, each endpoint's handler methods and documented dtos. Does nothing when no
 * catalogue is generated (the runtime is not on the class path, or {@code errorsplus.catalog=off}).
 */
final class CatalogReader {

  /** The runtime type whose presence on the class path turns the catalogue on. */
  static final String ERROR_CATALOG = "io.errorsplus.dispatch.catalog.ErrorCatalog";

  private final Elements elements;
  private final Types types;
  private final Diagnostics diagnostics;
  private final boolean enabled;
  private final TypeMirror throwable;
  private final Map<String, CatalogDto> dtos = new HashMap<>();
  private final Map<Endpoint.SourceOrder, CatalogEndpoint> endpoints = new HashMap<>();
  /** By qualified name: the resource and parameter types of many endpoints are the same. */
  private final Map<String, TypeRef> refs = new HashMap<>();

  CatalogReader(Elements elements, Types types, Diagnostics diagnostics, boolean enabled) {
    this.elements = elements;
    this.types = types;
    this.diagnostics = diagnostics;
    this.enabled = enabled;
    TypeElement t = elements.getTypeElement("java.lang.Throwable");
    this.throwable = t == null ? null : t.asType();
  }

  boolean enabled() {
    return enabled;
  }

  Map<String, CatalogDto> dtos() {
    return Collections.unmodifiableMap(dtos);
  }

  Map<Endpoint.SourceOrder, CatalogEndpoint> endpoints() {
    return Collections.unmodifiableMap(endpoints);
  }

  /**
   * Reads a valid dto: its class, and for an exception with a {@code body} type the public
   * no-argument method returning it; warns on the {@code body} value when there is none.
   */
  void dto(TypeElement type, AnnotationMirror errorDto, MirrorReader.Attributes attributes) {
    if (!enabled) {
      return;
    }
    String name = type.getQualifiedName().toString();
    TypeRef ref = ref(type);
    if (ref.access() == TypeRef.Access.PRIVATE) {
      diagnostics.report(Message.CATALOG_TYPE_PRIVATE, type, errorDto, null, name, "this dto");
      return;
    }
    Optional<String> bodyMethod = Optional.empty();
    Optional<AnnotationValue> body = attributes.explicit("body");
    boolean exception = throwable != null && types.isAssignable(type.asType(), throwable);
    if (exception && body.isPresent() && body.get().getValue() instanceof TypeMirror bodyType
        && bodyType.getKind() != TypeKind.VOID && bodyType.getKind() != TypeKind.ERROR) {
      bodyMethod = bodyMethod(type, bodyType);
      if (bodyMethod.isEmpty()) {
        String simple = types.asElement(bodyType) == null
            ? bodyType.toString() : types.asElement(bodyType).getSimpleName().toString();
        diagnostics.report(Message.CATALOG_BODY_METHOD_MISSING, type, errorDto, body.get(),
            type.getSimpleName(), simple, simple, simple);
      }
    }
    dtos.put(name, new CatalogDto(ref, bodyMethod));
  }

  /**
   * The public instance method without parameters whose erased return type is the body type;
   * one named {@code body} first, else the first by name. Methods of {@code Object} and
   * {@code Throwable} ({@code getMessage()} for a {@code String} body) do not count.
   */
  private Optional<String> bodyMethod(TypeElement type, TypeMirror bodyType) {
    TypeMirror wanted = types.erasure(bodyType);
    List<String> names = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      Set<Modifier> modifiers = method.getModifiers();
      String owner = ((TypeElement) method.getEnclosingElement()).getQualifiedName().toString();
      if (modifiers.contains(Modifier.PUBLIC) && !modifiers.contains(Modifier.STATIC)
          && method.getParameters().isEmpty() && method.getTypeParameters().isEmpty()
          && !owner.equals("java.lang.Object") && !owner.equals("java.lang.Throwable")
          && types.isSameType(types.erasure(method.getReturnType()), wanted)) {
        names.add(method.getSimpleName().toString());
      }
    }
    if (names.contains("body")) {
      return Optional.of("body");
    }
    return names.stream().sorted().findFirst();
  }

  /**
   * Records one endpoint of a concrete resource type: every method of its chain is a handler key
   * (for an interface-declared JAX-RS resource both the interface's and the class's method).
   */
  void endpoint(Endpoint.SourceOrder order, TypeElement type, List<ExecutableElement> chain,
      List<ErrorContribution> contributions) {
    if (!enabled) {
      return;
    }
    List<HandlerRef> handlers = new ArrayList<>(chain.size());
    for (ExecutableElement method : chain) {
      TypeRef declaring = ref((TypeElement) method.getEnclosingElement());
      List<TypeRef> parameters = new ArrayList<>(method.getParameters().size());
      for (VariableElement parameter : method.getParameters()) {
        parameters.add(ref(parameter.asType()));
      }
      handlers.add(new HandlerRef(declaring, method.getSimpleName().toString(), parameters));
    }
    // The contributions say which dtos and whether the validation flag made it in.
    Set<String> documented = new LinkedHashSet<>();
    int validationStatus = 0;
    for (ErrorContribution contribution : contributions) {
      String key = contribution.contributorKey();
      if (contribution.kind() == ErrorContribution.Kind.DTO && key.startsWith("dto:")) {
        documented.add(key.substring("dto:".length()));
      } else if (contribution.kind() == ErrorContribution.Kind.FLAG
          && key.endsWith(":StandardValidationError")) {
        validationStatus = contribution.status();
      }
    }
    endpoints.put(order, new CatalogEndpoint(type.getQualifiedName().toString(),
        elements.getPackageOf(type).getQualifiedName().toString(), handlers,
        List.copyOf(documented), validationStatus));
  }

  private TypeRef ref(TypeMirror type) {
    TypeMirror erased = types.erasure(type);
    if (erased.getKind() == TypeKind.ARRAY) {
      TypeRef component = ref(((ArrayType) erased).getComponentType());
      return new TypeRef(ArrayTypeName.of(component.name()), component.packageName(),
          component.access(), component.deprecated());
    }
    if (erased.getKind() == TypeKind.DECLARED) {
      return ref((TypeElement) ((DeclaredType) erased).asElement());
    }
    return new TypeRef(TypeName.get(erased), "", TypeRef.Access.PUBLIC, false);
  }

  private TypeRef ref(TypeElement type) {
    String name = type.getQualifiedName().toString();
    TypeRef ref = refs.get(name);
    if (ref == null) {
      ref = newRef(type);
      refs.put(name, ref);
    }
    return ref;
  }

  private TypeRef newRef(TypeElement type) {
    TypeRef.Access access = TypeRef.Access.PUBLIC;
    boolean deprecated = false;
    List<String> simpleNames = new ArrayList<>(2);
    Element e = type;
    for (; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      Set<Modifier> modifiers = t.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE) || t.getNestingKind() == NestingKind.LOCAL
          || t.getNestingKind() == NestingKind.ANONYMOUS) {
        access = TypeRef.Access.PRIVATE;
      } else if (!modifiers.contains(Modifier.PUBLIC) && access == TypeRef.Access.PUBLIC) {
        access = TypeRef.Access.PACKAGE;
      }
      deprecated |= elements.isDeprecated(t);
      simpleNames.add(t.getSimpleName().toString());
    }
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    ClassName name;
    if (e instanceof PackageElement) {
      // From the names walked above: ClassName.get(TypeElement) walks them again through an
      // element visitor, a cost a cold build notices per type (BENCHMARKS.md).
      Collections.reverse(simpleNames);
      name = ClassName.get(packageName, simpleNames.get(0),
          simpleNames.subList(1, simpleNames.size()).toArray(new String[0]));
    } else {
      name = ClassName.get(type); // a local or anonymous class: JavaPoet's rules
    }
    return new TypeRef(name, packageName, access, deprecated);
  }
}
