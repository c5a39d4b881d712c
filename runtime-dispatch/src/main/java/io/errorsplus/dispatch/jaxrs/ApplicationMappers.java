package io.errorsplus.dispatch.jaxrs;

import jakarta.ws.rs.container.ResourceContext;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's (or another library's) exception mapper that errors-plus's catch-all mappers
 * stand in front of: errors-plus registers its {@code Throwable}, {@code Exception} and
 * {@code RuntimeException} mappers with a higher priority, so that an application catch-all of
 * the same type does not take a documented exception away; for every other exception this finds
 * the mapper the runtime would have chosen without errors-plus (the nearest type) and asks it.
 *
 * <p>Mappers registered as instances are used as they are; a mapper registered as a class is
 * obtained through {@link ResourceContext}, which gives the runtime's injected instance (Jersey)
 * or a new injected one (RESTEasy).
 */
final class ApplicationMappers {

  private static final int MAX_CACHED = 1024;
  private static final Object NONE = new Object();

  /** Per exception class: the mapper instance, the mapper class, or {@link #NONE}. */
  private final Map<Class<?>, Object> byExceptionType = new ConcurrentHashMap<>();

  /**
   * The delegate's answer, or null when no other mapper takes the exception.
   *
   * @param within only mappers of this type or a subtype count (the tier of the errors-plus
   *     mapper that stands in front of them)
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  Response answer(Throwable error, Class<?> within, Configuration configuration,
      ResourceContext resources) {
    if (configuration == null) {
      return null;
    }
    Object found = byExceptionType.get(error.getClass());
    if (found == null) {
      found = nearest(error.getClass(), within, configuration);
      if (byExceptionType.size() < MAX_CACHED) {
        byExceptionType.put(error.getClass(), found);
      }
    }
    if (found == NONE) {
      return null;
    }
    ExceptionMapper mapper = found instanceof Class<?> type
        ? (ExceptionMapper) resources.getResource(type) : (ExceptionMapper) found;
    return mapper == null ? null : mapper.toResponse(error);
  }

  private static Object nearest(Class<?> errorType, Class<?> within, Configuration configuration) {
    Object best = NONE;
    int bestDistance = Integer.MAX_VALUE;
    for (Object instance : configuration.getInstances()) {
      if (instance instanceof ExceptionMapper<?> && !(instance instanceof DocumentedErrorMappers.Own)) {
        int d = distance(errorType, within, mappedType(instance.getClass()));
        if (d >= 0 && d < bestDistance) {
          best = instance;
          bestDistance = d;
        }
      }
    }
    for (Class<?> type : configuration.getClasses()) {
      if (ExceptionMapper.class.isAssignableFrom(type)
          && !DocumentedErrorMappers.Own.class.isAssignableFrom(type)) {
        int d = distance(errorType, within, mappedType(type));
        if (d >= 0 && d < bestDistance) {
          best = type;
          bestDistance = d;
        }
      }
    }
    return best;
  }

  /**
   * How many superclass steps from {@code errorType} up to {@code mapped}; -1 if not a supertype
   * or not within the tier.
   */
  private static int distance(Class<?> errorType, Class<?> within, Class<?> mapped) {
    if (!within.isAssignableFrom(mapped)) {
      return -1;
    }
    int d = 0;
    for (Class<?> c = errorType; c != null; c = c.getSuperclass(), d++) {
      if (c == mapped) {
        return d;
      }
    }
    return -1;
  }

  /** The {@code E} of a mapper class's {@code ExceptionMapper<E>}; {@code Throwable} if unknown. */
  static Class<?> mappedType(Class<?> mapperClass) {
    for (Class<?> c = mapperClass; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Type type : c.getGenericInterfaces()) {
        if (type instanceof ParameterizedType p && p.getRawType() == ExceptionMapper.class
            && p.getActualTypeArguments()[0] instanceof Class<?> mapped) {
          return mapped;
        }
      }
    }
    return Throwable.class;
  }
}
