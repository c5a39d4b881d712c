package io.errorsplus.dispatch.catalog;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Operations by handler {@link Method}: a bounded cache in front of a look-up by declaring class,
 * name and parameter types (which also tries the superclasses, for proxies and inherited handlers).
 */
final class HandlerIndex {

  /** Handler methods are few; past this many distinct ones the cache stops growing. */
  private static final int MAX_CACHED = 8192;

  private final Function<HandlerKey, DocumentedOperation> direct;
  private final Map<Method, Optional<DocumentedOperation>> cache = new ConcurrentHashMap<>();

  HandlerIndex(Function<HandlerKey, DocumentedOperation> direct) {
    this.direct = direct;
  }

  Optional<DocumentedOperation> find(Method handler) {
    if (handler == null) {
      return Optional.empty();
    }
    Optional<DocumentedOperation> cached = cache.get(handler);
    if (cached != null) {
      return cached;
    }
    Optional<DocumentedOperation> found = Optional.empty();
    for (HandlerKey key = HandlerKey.of(handler); key != null; key = key.inSuperclass()) {
      DocumentedOperation operation = direct.apply(key);
      if (operation != null) {
        found = Optional.of(operation);
        break;
      }
    }
    if (cache.size() < MAX_CACHED) {
      cache.put(handler, found);
    }
    return found;
  }
}
