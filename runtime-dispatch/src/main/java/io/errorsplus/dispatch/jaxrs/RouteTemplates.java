package io.errorsplus.dispatch.jaxrs;

import io.errorsplus.dispatch.web.RouteTemplate;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The route template of a resource method that the catalogue does not know (compiled without the
 * processor, or in a library): its class's and its own {@code @Path}, as the processor joins them
 * (CONTRACT 2.2: single slashes, {@code {id:\d+}} → {@code {id}}), relative to the application's
 * base path. Read from the annotations once per method.
 */
final class RouteTemplates {

  private static final int MAX_CACHED = 4096;
  private final Map<Method, String> cache = new ConcurrentHashMap<>();

  String of(Class<?> resourceClass, Method method) {
    if (method == null) {
      return null;
    }
    String cached = cache.get(method);
    if (cached == null) {
      cached = join(classPath(resourceClass != null ? resourceClass : method.getDeclaringClass()),
          methodPath(method));
      if (cache.size() < MAX_CACHED) {
        cache.put(method, cached);
      }
    }
    return cached;
  }

  private static String classPath(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      Path path = c.getAnnotation(Path.class);
      if (path != null) {
        return path.value();
      }
      for (Class<?> i : c.getInterfaces()) {
        Path declared = i.getAnnotation(Path.class);
        if (declared != null) {
          return declared.value();
        }
      }
    }
    return "";
  }

  private static String methodPath(Method method) {
    Path path = method.getAnnotation(Path.class);
    if (path != null) {
      return path.value();
    }
    for (Class<?> i : method.getDeclaringClass().getInterfaces()) {
      try {
        Path declared = i.getMethod(method.getName(), method.getParameterTypes()).getAnnotation(Path.class);
        if (declared != null) {
          return declared.value();
        }
      } catch (NoSuchMethodException e) {
        // not declared by this interface
      }
    }
    return "";
  }

  static String join(String classPath, String methodPath) {
    return RouteTemplate.normalize(classPath + "/" + methodPath);
  }
}
