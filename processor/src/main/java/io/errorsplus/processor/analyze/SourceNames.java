package io.errorsplus.processor.analyze;

import com.sun.source.tree.AnnotatedTypeTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Resolves the type names written in one compilation unit as javac would: member types of the
 * enclosing types (and their superclasses), single-type imports, the unit's package, on-demand
 * imports, {@code java.lang}. Method bodies are not attributed while processors run, so the
 * analysis reads names from the syntax tree and looks them up here. Results are cached per
 * enclosing type and name.
 */
final class SourceNames {

  private final Elements elements;
  private final Types types;
  private final String packagePrefix;
  private final Map<String, String> singleImports = new HashMap<>();
  private final List<String> onDemandImports = new ArrayList<>();
  private final Map<TypeElement, Map<String, Optional<TypeElement>>> resolved = new HashMap<>();

  SourceNames(Elements elements, Types types, CompilationUnitTree unit) {
    this.elements = elements;
    this.types = types;
    this.packagePrefix = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
    for (ImportTree imported : unit.getImports()) {
      if (imported.isStatic()) {
        continue;
      }
      Tree name = imported.getQualifiedIdentifier();
      if (name instanceof MemberSelectTree select) {
        String qualified = select.toString();
        String last = select.getIdentifier().toString();
        if (last.equals("*")) {
          onDemandImports.add(select.getExpression().toString() + ".");
        } else {
          singleImports.put(last, qualified);
        }
      }
    }
  }

  /** The type a type expression names, erased, or null (primitives, arrays, unknown names). */
  TypeElement type(Tree tree, TypeElement context) {
    if (tree instanceof ParameterizedTypeTree parameterized) {
      return type(parameterized.getType(), context);
    }
    if (tree instanceof AnnotatedTypeTree annotated) {
      return type(annotated.getUnderlyingType(), context);
    }
    if (tree instanceof IdentifierTree identifier) {
      return simple(identifier.getName().toString(), context);
    }
    if (tree instanceof MemberSelectTree select) {
      TypeElement outer = type(select.getExpression(), context);
      String name = select.getIdentifier().toString();
      if (outer != null) {
        return memberType(outer, name);
      }
      return elements.getTypeElement(select.toString());
    }
    return null;
  }

  /** A simple type name as seen from inside {@code context}. */
  TypeElement simple(String name, TypeElement context) {
    Map<String, Optional<TypeElement>> names = resolved.computeIfAbsent(context, c -> new HashMap<>());
    Optional<TypeElement> known = names.get(name);
    if (known == null) {
      known = Optional.ofNullable(lookUp(name, context));
      names.put(name, known);
    }
    return known.orElse(null);
  }

  private TypeElement lookUp(String name, TypeElement context) {
    for (Element e = context; e instanceof TypeElement enclosing; e = e.getEnclosingElement()) {
      if (enclosing.getSimpleName().contentEquals(name)) {
        return enclosing;
      }
      TypeElement member = memberType(enclosing, name);
      if (member != null) {
        return member;
      }
    }
    String imported = singleImports.get(name);
    if (imported != null) {
      TypeElement type = elements.getTypeElement(imported);
      if (type != null) {
        return type;
      }
    }
    TypeElement local = elements.getTypeElement(packagePrefix + name);
    if (local != null) {
      return local;
    }
    for (String prefix : onDemandImports) {
      TypeElement type = elements.getTypeElement(prefix + name);
      if (type != null) {
        return type;
      }
    }
    return elements.getTypeElement("java.lang." + name);
  }

  /** A member type of a type or of its superclasses. */
  TypeElement memberType(TypeElement owner, String name) {
    for (TypeElement t = owner; t != null; t = superclass(t)) {
      for (TypeElement member : ElementFilter.typesIn(t.getEnclosedElements())) {
        if (member.getSimpleName().contentEquals(name)) {
          return member;
        }
      }
    }
    return null;
  }

  TypeElement superclass(TypeElement type) {
    return element(type.getSuperclass());
  }

  /** The class or interface of a type, erased; a type variable's bound; else null. */
  TypeElement element(TypeMirror type) {
    if (type == null) {
      return null;
    }
    if (type.getKind() == TypeKind.DECLARED) {
      return (TypeElement) types.asElement(type);
    }
    if (type.getKind() == TypeKind.TYPEVAR) {
      return element(((javax.lang.model.type.TypeVariable) type).getUpperBound());
    }
    return null;
  }
}
