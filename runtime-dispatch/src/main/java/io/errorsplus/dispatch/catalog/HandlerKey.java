package io.errorsplus.dispatch.catalog;

import java.lang.reflect.Method;
import java.util.List;

/** A handler method by declaring class, name and erased parameter types. */
record HandlerKey(Class<?> declaringClass, String name, List<Class<?>> parameterTypes) {

  static HandlerKey of(Method method) {
    return new HandlerKey(method.getDeclaringClass(), method.getName(),
        List.of(method.getParameterTypes()));
  }

  /** The same method declared one class up, for a handler inherited or overridden by a proxy. */
  HandlerKey inSuperclass() {
    Class<?> superclass = declaringClass.getSuperclass();
    return superclass == null ? null : new HandlerKey(superclass, name, parameterTypes);
  }
}
