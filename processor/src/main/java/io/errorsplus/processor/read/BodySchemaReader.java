package io.errorsplus.processor.read;

import io.errorsplus.processor.model.ObjectSchema;
import io.errorsplus.processor.model.SchemaCatalog;
import io.errorsplus.processor.model.TypeSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
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
 * Derives the schema of a {@code body = X.class} type: records and bean-style classes become
 * component schemas (nested types by {@code $ref}); primitives, boxed types, strings, enums,
 * arrays, collections, maps and {@code Optional} are inline. Each type is derived once.
 */
final class BodySchemaReader {

  private static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
  private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";

  private static final Map<String, TypeSchema> WELL_KNOWN = Map.ofEntries(
      Map.entry("java.lang.String", TypeSchema.Scalar.of("string")),
      Map.entry("java.lang.CharSequence", TypeSchema.Scalar.of("string")),
      Map.entry("java.lang.Character", TypeSchema.Scalar.of("string")),
      Map.entry("java.lang.Boolean", TypeSchema.Scalar.of("boolean")),
      Map.entry("java.lang.Byte", TypeSchema.Scalar.of("integer", "int32")),
      Map.entry("java.lang.Short", TypeSchema.Scalar.of("integer", "int32")),
      Map.entry("java.lang.Integer", TypeSchema.Scalar.of("integer", "int32")),
      Map.entry("java.lang.Long", TypeSchema.Scalar.of("integer", "int64")),
      Map.entry("java.lang.Float", TypeSchema.Scalar.of("number", "float")),
      Map.entry("java.lang.Double", TypeSchema.Scalar.of("number", "double")),
      Map.entry("java.lang.Number", TypeSchema.Scalar.of("number")),
      Map.entry("java.math.BigDecimal", TypeSchema.Scalar.of("number")),
      Map.entry("java.math.BigInteger", TypeSchema.Scalar.of("integer")),
      Map.entry("java.util.OptionalInt", TypeSchema.Scalar.of("integer", "int32")),
      Map.entry("java.util.OptionalLong", TypeSchema.Scalar.of("integer", "int64")),
      Map.entry("java.util.OptionalDouble", TypeSchema.Scalar.of("number", "double")),
      Map.entry("java.util.UUID", TypeSchema.Scalar.of("string", "uuid")),
      Map.entry("java.util.Date", TypeSchema.Scalar.of("string", "date-time")),
      Map.entry("java.util.Locale", TypeSchema.Scalar.of("string")),
      Map.entry("java.util.Currency", TypeSchema.Scalar.of("string")),
      Map.entry("java.time.Instant", TypeSchema.Scalar.of("string", "date-time")),
      Map.entry("java.time.OffsetDateTime", TypeSchema.Scalar.of("string", "date-time")),
      Map.entry("java.time.ZonedDateTime", TypeSchema.Scalar.of("string", "date-time")),
      Map.entry("java.time.LocalDateTime", TypeSchema.Scalar.of("string", "date-time")),
      Map.entry("java.time.LocalDate", TypeSchema.Scalar.of("string", "date")),
      Map.entry("java.time.LocalTime", TypeSchema.Scalar.of("string", "time")),
      Map.entry("java.time.OffsetTime", TypeSchema.Scalar.of("string", "time")),
      Map.entry("java.time.Duration", TypeSchema.Scalar.of("string", "duration")),
      Map.entry("java.time.Period", TypeSchema.Scalar.of("string", "duration")),
      Map.entry("java.time.ZoneId", TypeSchema.Scalar.of("string")),
      Map.entry("java.net.URI", TypeSchema.Scalar.of("string", "uri")),
      Map.entry("java.net.URL", TypeSchema.Scalar.of("string", "uri")),
      Map.entry("java.lang.Object", new TypeSchema.AnyValue()),
      Map.entry("com.fasterxml.jackson.databind.JsonNode", new TypeSchema.AnyValue()));

  private final Types types;
  private final SchemaCatalog catalog;
  private final TypeMirror iterable;
  private final TypeMirror map;

  BodySchemaReader(Elements elements, Types types, SchemaCatalog catalog) {
    this.types = types;
    this.catalog = catalog;
    this.iterable = types.erasure(elements.getTypeElement("java.lang.Iterable").asType());
    this.map = types.erasure(elements.getTypeElement("java.util.Map").asType());
  }

  TypeSchema schemaOf(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
        return TypeSchema.Scalar.of("boolean");
      case BYTE:
      case SHORT:
      case INT:
        return TypeSchema.Scalar.of("integer", "int32");
      case LONG:
        return TypeSchema.Scalar.of("integer", "int64");
      case FLOAT:
        return TypeSchema.Scalar.of("number", "float");
      case DOUBLE:
        return TypeSchema.Scalar.of("number", "double");
      case CHAR:
        return TypeSchema.Scalar.of("string");
      case ARRAY:
        TypeMirror component = ((ArrayType) type).getComponentType();
        if (component.getKind() == TypeKind.BYTE) {
          return TypeSchema.Scalar.of("string", "byte");
        }
        return new TypeSchema.ArrayOf(schemaOf(component));
      case DECLARED:
        return declared((DeclaredType) type);
      default:
        return new TypeSchema.AnyValue();
    }
  }

  private TypeSchema declared(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    TypeSchema known = WELL_KNOWN.get(name);
    if (known != null) {
      return known;
    }
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (name.equals("java.util.Optional")) {
      return arguments.isEmpty() ? new TypeSchema.AnyValue() : schemaOf(arguments.get(0));
    }
    if (element.getKind() == ElementKind.ENUM) {
      List<String> constants = new ArrayList<>();
      for (Element member : element.getEnclosedElements()) {
        if (member.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(member.getSimpleName().toString());
        }
      }
      return new TypeSchema.Scalar("string", null, constants);
    }
    TypeMirror erasure = types.erasure(type);
    if (types.isAssignable(erasure, map)) {
      return new TypeSchema.MapOf(arguments.size() == 2 ? schemaOf(arguments.get(1)) : new TypeSchema.AnyValue());
    }
    if (types.isAssignable(erasure, iterable)) {
      return new TypeSchema.ArrayOf(arguments.size() == 1 ? schemaOf(arguments.get(0)) : new TypeSchema.AnyValue());
    }
    Optional<String> existing = catalog.nameOf(name);
    if (existing.isPresent()) {
      return new TypeSchema.Ref(existing.get());
    }
    // Reserve the name first so a type that refers to itself ends in a $ref, not a loop.
    String componentName = catalog.reserve(name, nameInTopLevel(element));
    catalog.define(componentName, new ObjectSchema(properties(element)));
    return new TypeSchema.Ref(componentName);
  }

  /** {@code Outer.Inner} for a nested type, the simple name for a top-level one. */
  private static String nameInTopLevel(TypeElement element) {
    StringBuilder name = new StringBuilder(element.getSimpleName());
    for (Element e = element.getEnclosingElement(); e instanceof TypeElement outer; e = e.getEnclosingElement()) {
      name.insert(0, outer.getSimpleName() + ".");
    }
    return name.toString();
  }

  private List<ObjectSchema.Property> properties(TypeElement element) {
    Map<String, ObjectSchema.Property> properties = new LinkedHashMap<>();
    if (element.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : ElementFilter.recordComponentsIn(element.getEnclosedElements())) {
        ExecutableElement accessor = component.getAccessor();
        if (ignored(component) || (accessor != null && ignored(accessor))) {
          continue;
        }
        String name = renamed(component).or(() -> accessor == null ? Optional.empty() : renamed(accessor))
            .orElse(component.getSimpleName().toString());
        TypeMirror type = component.asType();
        properties.put(name, new ObjectSchema.Property(name, schemaOf(type), type.getKind().isPrimitive()));
      }
      return List.copyOf(properties.values());
    }
    List<TypeElement> hierarchy = new ArrayList<>();
    for (TypeElement t = element; t != null; t = superclass(t)) {
      if (t.getQualifiedName().toString().startsWith("java.")) {
        break; // Object, Throwable, …: their getters are not part of an error body
      }
      hierarchy.add(0, t);
    }
    for (TypeElement t : hierarchy) {
      for (Element member : t.getEnclosedElements()) {
        if (member.getModifiers().contains(Modifier.STATIC) || !member.getModifiers().contains(Modifier.PUBLIC)
            || ignored(member)) {
          continue;
        }
        if (member instanceof VariableElement field && member.getKind() == ElementKind.FIELD
            && !member.getModifiers().contains(Modifier.TRANSIENT)) {
          String name = renamed(field).orElse(field.getSimpleName().toString());
          TypeMirror type = field.asType();
          properties.putIfAbsent(name, new ObjectSchema.Property(name, schemaOf(type), type.getKind().isPrimitive()));
        } else if (member instanceof ExecutableElement method && member.getKind() == ElementKind.METHOD
            && method.getParameters().isEmpty() && method.getReturnType().getKind() != TypeKind.VOID) {
          Optional<String> property = propertyName(method);
          if (property.isPresent()) {
            String name = renamed(method).orElse(property.get());
            TypeMirror type = method.getReturnType();
            properties.putIfAbsent(name, new ObjectSchema.Property(name, schemaOf(type), type.getKind().isPrimitive()));
          }
        }
      }
    }
    return List.copyOf(properties.values());
  }

  private static Optional<String> propertyName(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    String rest;
    if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")) {
      rest = name.substring(3);
    } else if (name.startsWith("is") && name.length() > 2
        && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
      rest = name.substring(2);
    } else {
      return Optional.empty();
    }
    return Optional.of(Character.toLowerCase(rest.charAt(0)) + rest.substring(1));
  }

  private TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED ? (TypeElement) types.asElement(superclass) : null;
  }

  private static boolean ignored(Element element) {
    Optional<AnnotationMirror> ignore = MirrorReader.find(element, JSON_IGNORE);
    return ignore.isPresent() && MirrorReader.bool(ignore.get(), "value", true);
  }

  private static Optional<String> renamed(Element element) {
    return MirrorReader.find(element, JSON_PROPERTY)
        .map(m -> MirrorReader.string(m, "value"))
        .filter(s -> !s.isEmpty());
  }
}
