package io.errorsplus.dispatch.jaxrs;

import io.errorsplus.dispatch.web.FinishedRequest;
import io.errorsplus.dispatch.web.RequestBodies;
import io.errorsplus.dispatch.web.RequestReporter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures failed requests: the request side (pre-matching, first of all filters) notes the start
 * and wraps a JSON or form body in a bounded recorder that passes every byte through unchanged;
 * the response side (last of all filters, so it sees the status actually sent) reports the
 * request when the capture policy says so. Binary and multipart bodies are never wrapped.
 *
 * <p>Never changes an answer: every failure in here is logged and swallowed, and the dispatcher
 * it reports to never blocks.
 */
@PreMatching
@Priority(DocumentedErrorMappers.PRIORITY)
public final class CaptureFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorsPlusFeature.class);
  private static final String STATE = "io.errorsplus.jaxrs.request";

  private final RequestReporter reporter;
  private final int maxBodyBytes;
  private final RouteTemplates routes = new RouteTemplates();
  @Context private ResourceInfo resourceInfo;

  CaptureFilter(RequestReporter reporter, int maxBodyBytes) {
    this.reporter = reporter;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** What the request side leaves for the response side. */
  private static final class Started {
    final long startNanos = System.nanoTime();
    RequestBodies.Recorder body;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!reporter.active()) {
      return;
    }
    MappedErrors.take(); // nothing left over from an earlier request of this thread
    try {
      Started started = new Started();
      // By the declared type only: hasEntity() reads ahead on some containers (Jersey on
      // Grizzly), and wrapping an empty stream costs nothing.
      if (maxBodyBytes > 0
          && RequestBodies.keeps(request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
        started.body = RequestBodies.record(request.getEntityStream(), maxBodyBytes);
        request.setEntityStream(started.body);
      }
      request.setProperty(STATE, started);
    } catch (RuntimeException e) {
      LOG.warn("errors-plus: could not note a request's start ({})", e.toString());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!reporter.active()) {
      return;
    }
    Throwable mapped = MappedErrors.take();
    try {
      Object jersey = request.getProperty(JerseyExceptionListener.PROPERTY);
      Throwable error = jersey instanceof Throwable t ? t : mapped;
      int status = response.getStatus();
      if (error == null && status < 500) {
        return; // no policy reports a request without an exception below 500
      }
      reporter.finished(finished(request, status, error));
    } catch (RuntimeException e) {
      LOG.warn("errors-plus: could not report a failed request ({})", e.toString());
    }
  }

  private FinishedRequest finished(ContainerRequestContext request, int status, Throwable error) {
    FinishedRequest done = new FinishedRequest();
    done.method = request.getMethod();
    done.fullUrl = request.getUriInfo().getRequestUri().toString();
    done.status = status;
    done.error = error;
    Method handler = resourceInfo.getResourceMethod();
    done.handler = handler;
    if (handler != null) {
      done.routeTemplate = routes.of(resourceInfo.getResourceClass(), handler);
    }
    for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
      for (String value : header.getValue()) {
        done.header(header.getKey(), value);
      }
    }
    MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
    for (Map.Entry<String, List<String>> param : query.entrySet()) {
      for (String value : param.getValue()) {
        done.queryParam(param.getKey(), value);
      }
    }
    done.contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
    Object state = request.getProperty(STATE);
    if (state instanceof Started started) {
      done.startNanos = started.startNanos;
      if (started.body != null && started.body.bytesRead() > 0) {
        done.body = started.body.text(RequestBodies.charset(done.contentType));
      }
    }
    return done;
  }
}
