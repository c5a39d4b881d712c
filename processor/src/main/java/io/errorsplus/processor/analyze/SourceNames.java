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
import javax.lang.model.util.Types;

/**
 * Resolves the type names written in one compilation unit as javac would: member types of the
 * enclosing types (and their superclasses), single-type imports, the unit's package, on-demand
 * imports, {@code java.lang}. Method bodies are not attributed while processors run, so the
 * analysis reads names from the syntax tree and looks them up here. Results are cached per
 * enclosing type and name.
 */
final class SourceNames {

  private final TypeIndex index;
  private final Types types;
  private final String packageName;
  private final Map<String, String> singleImports = new HashMap<>();
  private final List<String> onDemandImports = new ArrayList<>();
  private final Map<TypeElement, Map<String, Optional<TypeElement>>> resolved = new HashMap<>();

  SourceNames(TypeIndex index, Types types, CompilationUnitTree unit) {
    this.index = index;
    this.types = types;
    this.packageName = unit.getPackageName() == null ? "" : qualifiedName(unit.getPackageName());
    for (ImportTree imported : unit.getImports()) {
      if (imported.isStatic()) {
        continue;
      }
      Tree name = imported.getQualifiedIdentifier();
      if (name instanceof MemberSelectTree select) {
        String last = select.getIdentifier().toString();
        if (last.equals("*")) {
          onDemandImports.add(qualifiedName(select.getExpression()));
        } else {
          singleImports.put(last, qualifiedName(select));
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
      // Most often a canonical name (new com.acme.ItemNotFound()); else Outer.Inner.
      String qualified = qualifiedName(select);
      TypeElement named = qualified == null ? null : index.named(qualified);
      if (named != null) {
        return named;
      }
      TypeElement outer = type(select.getExpression(), context);
      return outer == null ? null : memberType(outer, select.getIdentifier().toString());
    }
    return null;
  }

  /**
   * {@code a.b.C} of a name tree, or null when it is not a plain name; built from the identifiers
   * because printing a tree ({@code toString}) costs far more.
   */
  static String qualifiedName(Tree tree) {
    if (tree instanceof IdentifierTree id) {
      return id.getName().toString();
    }
    if (tree instanceof MemberSelectTree select) {
      String outer = qualifiedName(select.getExpression());
      return outer == null ? null : outer + "." + select.getIdentifier();
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
      TypeElement type = index.named(imported);
      if (type != null) {
        return type;
      }
    }
    TypeElement local = index.in(packageName, name);
    if (local != null) {
      return local;
    }
    for (String container : onDemandImports) {
      TypeElement type = index.in(container, name);
      if (type != null) {
        return type;
      }
    }
    return index.in("java.lang", name);
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
