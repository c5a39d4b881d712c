package io.errorsplus.processor.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What an endpoint method's parameters say about its operation: the schema type of each path
 * variable, and whether anything is bound from the request (the validation flag's condition).
 * A parameter's annotations count from the method and from every method it overrides
 * ({@code chain}, nearest first).
 */
final class ParameterReader {

  private final Types types;
  private final AnnotationLookup lookup;
  private final TypeMirror principal;

  ParameterReader(Elements elements, Types types, AnnotationLookup lookup) {
    this.types = types;
    this.lookup = lookup;
    TypeElement p = elements.getTypeElement("java.security.Principal");
    this.principal = p == null ? null : p.asType();
  }

  /** Path variable name to schema type, from @PathParam/@PathVariable or the parameter name. */
  Map<String, String> pathParameterTypes(List<ExecutableElement> chain, ExecutableElement annotated) {
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
  boolean requestBound(List<ExecutableElement> chain, ExecutableElement annotated) {
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
}
