package io.errorsplus.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a generated source spells each type: by its simple name with an import where that name is
 * unambiguous, else fully qualified. What JavaPoet's import handling does, for the catalogue's
 * hand-written emitter.
 */
final class SourceNames {

  private final String packageName;
  private final Set<String> reserved;
  private final Map<String, ClassName> owned = new HashMap<>();
  private final Map<String, Set<ClassName>> claims = new HashMap<>();

  /**
   * @param packageName the package of the generated class
   * @param reserved simple names that mean something else in the generated class (its own name,
   *     its nested classes, inherited member types, {@code java.lang} types it uses)
   * @param ownedTypes top-level classes the generated code itself names: always by simple name
   * @param types every class the source names; nested ones by their top-level class
   */
  SourceNames(String packageName, Collection<String> reserved, Collection<ClassName> ownedTypes,
      Collection<TypeName> types) {
    this.packageName = packageName;
    this.reserved = new HashSet<>(reserved);
    for (ClassName type : ownedTypes) {
      owned.put(type.simpleName(), type);
      claims.computeIfAbsent(type.simpleName(), n -> new HashSet<>()).add(type);
    }
    for (TypeName type : types) {
      ClassName top = topLevel(type);
      if (top != null) {
        claims.computeIfAbsent(top.simpleName(), n -> new HashSet<>()).add(top);
      }
    }
  }

  private static ClassName topLevel(TypeName type) {
    TypeName t = type;
    while (t instanceof ArrayTypeName array) {
      t = array.componentType();
    }
    return t instanceof ClassName c ? c.topLevelClassName() : null;
  }

  private boolean simple(ClassName top) {
    ClassName owner = owned.get(top.simpleName());
    if (owner != null) {
      return owner.equals(top);
    }
    Set<ClassName> claimed = claims.get(top.simpleName());
    return claimed != null && claimed.size() == 1 && !reserved.contains(top.simpleName());
  }

  /** The imports, sorted: every simply named class outside this package and {@code java.lang}. */
  Set<String> imports() {
    Set<String> imports = new TreeSet<>();
    for (Set<ClassName> claimed : claims.values()) {
      for (ClassName top : claimed) {
        String pkg = top.packageName();
        if (simple(top) && !pkg.isEmpty() && !pkg.equals(packageName) && !pkg.equals("java.lang")) {
          imports.add(top.canonicalName());
        }
      }
    }
    return imports;
  }

  /** How the source writes {@code type}. */
  String name(TypeName type) {
    if (type instanceof ArrayTypeName array) {
      return name(array.componentType()) + "[]";
    }
    if (!(type instanceof ClassName c)) {
      return type.toString(); // a primitive
    }
    ClassName top = c.topLevelClassName();
    StringBuilder name = new StringBuilder(simple(top) ? top.simpleName() : top.canonicalName());
    for (String nested : c.simpleNames().subList(1, c.simpleNames().size())) {
      name.append('.').append(nested);
    }
    return name.toString();
  }

  /** A Java string literal, escaped as JavaPoet escapes {@code $S}. */
  static void literal(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (Character.isISOControl(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
