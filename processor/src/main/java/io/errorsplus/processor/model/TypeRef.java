package io.errorsplus.processor.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.Objects;

/**
 * A type the generated catalogue refers to by class literal, with what decides whether it can.
 *
 * @param name the erased type, as JavaPoet writes it
 * @param packageName its package ({@code ""} for primitives and the default package)
 * @param access whether a class of another package, or of its own, can name it
 * @param deprecated whether it (or a type enclosing it) is deprecated
 */
public record TypeRef(TypeName name, String packageName, Access access, boolean deprecated) {

  public TypeRef {
    Objects.requireNonNull(name, "name is required");
    Objects.requireNonNull(packageName, "packageName is required");
    Objects.requireNonNull(access, "access is required");
  }

  /** Whether a class in {@code pkg} can write {@code name.class}. */
  public boolean accessibleFrom(String pkg) {
    if (isClass() && packageName.isEmpty() && !pkg.isEmpty()) {
      return false; // a named package cannot name a class of the default package
    }
    return access == Access.PUBLIC || (access == Access.PACKAGE && packageName.equals(pkg));
  }

  private boolean isClass() {
    TypeName t = name;
    while (t instanceof ArrayTypeName array) {
      t = array.componentType();
    }
    return t instanceof ClassName;
  }

  /** How far a type can be named. */
  public enum Access {
    /** It and every type enclosing it are public (primitives too). */
    PUBLIC,
    /** Visible in its own package only. */
    PACKAGE,
    /** Private, local or anonymous somewhere in its nesting: no other class can name it. */
    PRIVATE
  }
}
