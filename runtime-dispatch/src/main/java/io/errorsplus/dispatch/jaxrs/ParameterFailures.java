package io.errorsplus.dispatch.jaxrs;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import java.lang.reflect.Method;

/**
 * Recognises a parameter-conversion failure (a path, query, matrix, header, cookie or form value
 * that does not convert to its Java type) with the portable API only: Jakarta REST answers those
 * with a {@code NotFoundException} (404: path, query, matrix) or {@code BadRequestException} (400),
 * which Jersey ({@code ParamException}) and RESTEasy both throw with the conversion failure as
 * the cause, before the resource method runs. The same exceptions thrown by the application
 * itself come from the resource method (it is on their stack) or carry no cause.
 */
final class ParameterFailures {

  private ParameterFailures() {}

  static boolean isConversionFailure(Throwable error, Method handler, Class<?> resourceClass) {
    if (handler == null || error.getCause() == null
        || !(error instanceof NotFoundException || error instanceof BadRequestException
            || error.getClass().getName().startsWith("org.glassfish.jersey.server.ParamException"))) {
      return false;
    }
    String name = handler.getName();
    for (StackTraceElement frame : error.getStackTrace()) {
      if (frame.getMethodName().equals(name)
          && (declaredBy(frame.getClassName(), handler.getDeclaringClass())
              || declaredBy(frame.getClassName(), resourceClass))) {
        return false; // thrown while the resource method ran: the application's own answer
      }
    }
    return true;
  }

  private static boolean declaredBy(String className, Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c.getName().equals(className)) {
        return true;
      }
    }
    return false;
  }
}
