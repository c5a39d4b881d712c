package io.errorsplus.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * A Java method that serves an endpoint, as {@code java.lang.reflect.Method} identifies it.
 *
 * @param declaringClass the class or interface that declares it
 * @param name the method name
 * @param parameterTypes the erased parameter types
 */
public record HandlerRef(TypeRef declaringClass, String name, List<TypeRef> parameterTypes) {
  public HandlerRef {
    Objects.requireNonNull(declaringClass, "declaringClass is required");
    Objects.requireNonNull(name, "name is required");
    parameterTypes = List.copyOf(parameterTypes);
  }
}
