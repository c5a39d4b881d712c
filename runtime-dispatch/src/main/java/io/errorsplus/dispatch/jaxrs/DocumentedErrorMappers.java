package io.errorsplus.dispatch.jaxrs;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ResourceContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * errors-plus's catch-all exception mappers, one per catch-all type an application may map
 * ({@code Throwable}, {@code Exception}, {@code RuntimeException}): JAX-RS chooses the mapper of
 * the nearest type and, among mappers of that type, the one of the highest priority (the lowest
 * value), so these stand in front of an application catch-all but behind any mapper of a nearer
 * type, which keeps the application's answer. Priority is given by annotation because RESTEasy
 * reads a mapper's priority only from it.
 */
public final class DocumentedErrorMappers {

  /** The priority of errors-plus's mappers: ahead of the default {@code Priorities.USER}. */
  static final int PRIORITY = 1;

  private DocumentedErrorMappers() {}

  /** Marks errors-plus's own mappers, so that delegation never finds them. */
  interface Own {}

  /** Injected request context and the shared rules; a base class without a mapped type. */
  abstract static class Base implements Own, MappingRules.Requests {
    final MappingRules rules;
    @Context private ResourceInfo resourceInfo;
    @Context private UriInfo uriInfo;
    @Context private Configuration configuration;
    @Context private ResourceContext resourceContext;

    Base(MappingRules rules) {
      this.rules = rules;
    }

    @Override public ResourceInfo resourceInfo() { return resourceInfo; }
    @Override public UriInfo uriInfo() { return uriInfo; }
    @Override public Configuration configuration() { return configuration; }
    @Override public ResourceContext resources() { return resourceContext; }
  }

  /** Maps what no nearer mapper maps. */
  @Priority(PRIORITY)
  public static final class ForThrowable extends Base implements ExceptionMapper<Throwable> {
    ForThrowable(MappingRules rules) {
      super(rules);
    }

    @Override
    public Response toResponse(Throwable error) {
      return rules.answer(error, this);
    }
  }

  /** Stands in front of an application's {@code ExceptionMapper<Exception>}. */
  @Priority(PRIORITY)
  public static final class ForException extends Base implements ExceptionMapper<Exception> {
    ForException(MappingRules rules) {
      super(rules);
    }

    @Override
    public Response toResponse(Exception error) {
      return rules.answer(error, this);
    }
  }

  /** Stands in front of an application's {@code ExceptionMapper<RuntimeException>}. */
  @Priority(PRIORITY)
  public static final class ForRuntimeException extends Base
      implements ExceptionMapper<RuntimeException> {
    ForRuntimeException(MappingRules rules) {
      super(rules);
    }

    @Override
    public Response toResponse(RuntimeException error) {
      return rules.answer(error, this);
    }
  }
}
