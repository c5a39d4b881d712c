package io.errorsplus.dispatch.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Documented errors by class identity, the nearest documented superclass of each class looked up
 * once and kept in a {@link ClassValue}.
 */
final class ErrorIndex {

  private final Map<Class<?>, DocumentedError> byType;
  private final ClassValue<Optional<DocumentedError>> nearest = new ClassValue<>() {
    @Override
    protected Optional<DocumentedError> computeValue(Class<?> type) {
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        DocumentedError found = byType.get(c);
        if (found != null) {
          return Optional.of(found);
        }
      }
      return Optional.empty();
    }
  };

  /** @param errors the first of a type wins */
  ErrorIndex(List<DocumentedError> errors) {
    Map<Class<?>, DocumentedError> map = new java.util.HashMap<>();
    for (DocumentedError error : errors) {
      map.putIfAbsent(error.type(), error);
    }
    this.byType = Map.copyOf(map);
  }

  Optional<DocumentedError> find(Class<?> type) {
    return type == null ? Optional.empty() : nearest.get(type);
  }
}
