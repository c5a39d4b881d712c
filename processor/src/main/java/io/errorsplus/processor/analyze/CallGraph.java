package io.errorsplus.processor.analyze;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What the analysis knows about the compilation's types: their methods and fields by name, which
 * calls lead into a body of the compilation (an interface or abstract method through its only
 * implementation), and which types are {@code @ErrorDto}s. Everything is cached by identity
 * (javac has one element per declaration in a compilation).
 */
final class CallGraph {

  private final Elements elements;
  private final Types types;
  private final Function<TypeElement, OptionalInt> ownDtoStatus;
  private final Set<TypeElement> compiled = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<TypeElement> concrete = new ArrayList<>();
  private final Map<TypeElement, Map<String, List<ExecutableElement>>> methodsByName = new IdentityHashMap<>();
  private final Map<TypeElement, Optional<TypeElement>> onlyImplementation = new IdentityHashMap<>();
  private final Map<TypeElement, Map<String, VariableElement>> fieldsByName = new IdentityHashMap<>();
  private final Map<TypeElement, OptionalInt> dtoStatus = new IdentityHashMap<>();
  private final Map<TypeElement, List<String>> lineage = new IdentityHashMap<>();

  /**
   * @param ownDtoStatus the status of a type's own valid {@code @ErrorDto}, if it has one
   */
  CallGraph(Elements elements, Types types, Function<TypeElement, OptionalInt> ownDtoStatus) {
    this.elements = elements;
    this.types = types;
    this.ownDtoStatus = ownDtoStatus;
  }

  /** Adds types of the compilation (each round's). */
  void addTypes(Collection<TypeElement> types) {
    for (TypeElement type : types) {
      if (compiled.add(type) && type.getKind() == ElementKind.CLASS
          && !type.getModifiers().contains(Modifier.ABSTRACT)) {
        concrete.add(type);
      }
    }
    onlyImplementation.clear(); // a later round may add an implementation
  }

  boolean inCompilation(TypeElement type) {
    return compiled.contains(type);
  }

  /**
   * The method whose body a call to {@code target} runs, when that body is in the compilation: the
   * method itself, or for an abstract one the method of the only implementing class.
   */
  Optional<ExecutableElement> bodyOf(ExecutableElement target) {
    TypeElement declaring = (TypeElement) target.getEnclosingElement();
    if (!inCompilation(declaring)) {
      return Optional.empty();
    }
    if (!target.getModifiers().contains(Modifier.ABSTRACT)) {
      return Optional.of(target);
    }
    Optional<TypeElement> implementation = onlyImplementation.computeIfAbsent(declaring, this::findOnlyImplementation);
    if (implementation.isEmpty()) {
      return Optional.empty();
    }
    TypeElement impl = implementation.get();
    for (TypeElement t = impl; t != null && inCompilation(t); t = superclass(t)) {
      for (ExecutableElement candidate : methods(t, target.getSimpleName().toString(), target.getParameters().size())) {
        if (candidate.getEnclosingElement() == t && !candidate.getModifiers().contains(Modifier.ABSTRACT)
            && elements.overrides(candidate, target, impl)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private Optional<TypeElement> findOnlyImplementation(TypeElement abstractType) {
    TypeMirror erased = types.erasure(abstractType.asType());
    TypeElement found = null;
    for (TypeElement candidate : concrete) {
      if (candidate != abstractType && types.isSubtype(types.erasure(candidate.asType()), erased)) {
        if (found != null) {
          return Optional.empty(); // several: which one runs is decided at run time
        }
        found = candidate;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The methods named so, callable with {@code arity} arguments, of a type and its supertypes
   * (nearest first; a varargs method takes any number from its fixed parameters on).
   */
  List<ExecutableElement> methods(TypeElement type, String name, int arity) {
    if (!inCompilation(type)) {
      return List.of();
    }
    List<ExecutableElement> found = new ArrayList<>(2);
    collectMethods(type, name, arity, found, new ArrayList<>());
    return found;
  }

  private void collectMethods(TypeElement type, String name, int arity, List<ExecutableElement> into,
      List<TypeElement> seen) {
    if (type == null || !inCompilation(type) || seen.contains(type)) {
      return;
    }
    seen.add(type);
    for (ExecutableElement m : byName(type).getOrDefault(name, List.of())) {
      int parameters = m.getParameters().size();
      if (parameters == arity || (m.isVarArgs() && arity >= parameters - 1)) {
        into.add(m);
      }
    }
    collectMethods(superclass(type), name, arity, into, seen);
    for (TypeMirror iface : type.getInterfaces()) {
      collectMethods(element(iface), name, arity, into, seen);
    }
  }

  private Map<String, List<ExecutableElement>> byName(TypeElement type) {
    return methodsByName.computeIfAbsent(type, t -> {
      Map<String, List<ExecutableElement>> map = new HashMap<>();
      for (ExecutableElement m : ElementFilter.methodsIn(t.getEnclosedElements())) {
        map.computeIfAbsent(m.getSimpleName().toString(), n -> new ArrayList<>(1)).add(m);
      }
      return map;
    });
  }

  /** A field of a type of the compilation or of its superclasses in it, or null. */
  VariableElement field(TypeElement type, String name) {
    for (TypeElement t = type; t != null && inCompilation(t); t = superclass(t)) {
      VariableElement field = fieldsByName.computeIfAbsent(t, c -> {
        Map<String, VariableElement> map = new HashMap<>();
        for (VariableElement f : ElementFilter.fieldsIn(c.getEnclosedElements())) {
          map.put(f.getSimpleName().toString(), f);
        }
        return map;
      }).get(name);
      if (field != null) {
        return field;
      }
    }
    return null;
  }

  /** The status of the {@code @ErrorDto} of a type or of its nearest superclass that has one. */
  OptionalInt dtoStatus(TypeElement type) {
    OptionalInt known = dtoStatus.get(type);
    if (known == null) {
      known = ownDtoStatus.apply(type);
      if (known.isEmpty()) {
        TypeElement superclass = superclass(type);
        known = superclass == null ? OptionalInt.empty() : dtoStatus(superclass);
      }
      dtoStatus.put(type, known);
    }
    return known;
  }

  /** Whether a thrown type is caught by one of the catch types. */
  boolean isCaught(TypeElement thrown, List<TypeElement> caught) {
    if (caught.isEmpty()) {
      return false;
    }
    TypeMirror erased = types.erasure(thrown.asType());
    for (TypeElement c : caught) {
      if (types.isSubtype(erased, types.erasure(c.asType()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a type or one of its superclasses is among the documented names. */
  boolean isDocumented(TypeElement thrown, Set<String> documented) {
    for (String name : lineage.computeIfAbsent(thrown, this::lineageOf)) {
      if (documented.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** The qualified names of a type and its superclasses, nearest first. */
  private List<String> lineageOf(TypeElement type) {
    List<String> names = new ArrayList<>(4);
    for (TypeElement t = type; t != null; t = superclass(t)) {
      names.add(t.getQualifiedName().toString());
    }
    return names;
  }

  TypeElement superclass(TypeElement type) {
    return element(type.getSuperclass());
  }

  private TypeElement element(TypeMirror type) {
    if (type.getKind() != javax.lang.model.type.TypeKind.DECLARED) {
      return null;
    }
    Element e = types.asElement(type);
    return e instanceof TypeElement t ? t : null;
  }
}
