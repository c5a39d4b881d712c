package io.errorsplus.dispatch.spring;

import io.errorsplus.dispatch.web.FinishedRequest;
import io.errorsplus.dispatch.web.RequestBodies;
import io.errorsplus.dispatch.web.RequestReporter;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records each request's start and, as the application reads them, its JSON or form body; once
 * the answer is sent (for an async handler: when the async request completes) hands what Spring
 * MVC knows about it to the {@link RequestReporter}, which decides whether it is reported.
 */
final class CaptureFilter extends OncePerRequestFilter {

  private final RequestReporter reporter;
  private final int maxBodyBytes;

  CaptureFilter(RequestReporter reporter, int maxBodyBytes) {
    this.reporter = reporter;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (!reporter.active()) {
      chain.doFilter(request, response);
      return;
    }
    long start = System.nanoTime();
    RecordingRequest recording = maxBodyBytes > 0 && RequestBodies.keeps(request.getContentType())
        ? new RecordingRequest(request, maxBodyBytes) : null;
    Throwable escaped = null;
    try {
      chain.doFilter(recording != null ? recording : request, response);
    } catch (IOException | ServletException | RuntimeException | Error e) {
      escaped = e;
      throw e;
    } finally {
      if (escaped == null && request.isAsyncStarted()) {
        request.getAsyncContext().addListener(new Completion(start, recording));
      } else {
        finish(request, response, start, recording, escaped);
      }
    }
  }

  private void finish(HttpServletRequest request, HttpServletResponse response, long start,
      RecordingRequest recording, Throwable escaped) {
    Throwable error = error(request, escaped);
    // An exception that escaped the servlet becomes the container's 500 after this filter.
    int status = escaped != null && response.getStatus() < 400 ? 500 : response.getStatus();
    if (error == null && status < 400) {
      return; // nothing any policy reports: the fast path of every successful request
    }
    FinishedRequest finished = new FinishedRequest();
    finished.startNanos = start;
    finished.method = request.getMethod();
    String query = request.getQueryString();
    StringBuffer url = request.getRequestURL();
    finished.fullUrl = query == null ? url.toString() : url.append('?').append(query).toString();
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    finished.routeTemplate = pattern != null ? pattern.toString() : null;
    if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
        instanceof HandlerMethod handler) {
      finished.handler = handler.getMethod();
    }
    finished.status = status;
    finished.error = error;
    for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
      String name = names.nextElement();
      for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
        finished.header(name, values.nextElement());
      }
    }
    if (query != null) {
      queryParams(query, finished);
    }
    finished.contentType = request.getContentType();
    if (recording != null) {
      finished.body = recording.body();
    }
    finished.remoteAddress = request.getRemoteAddr();
    reporter.finished(finished);
  }

  /** The request's exception: as our resolver saw it, as Spring kept it, or as it escaped. */
  private static Throwable error(HttpServletRequest request, Throwable escaped) {
    Object seen = request.getAttribute(ErrorsPlusExceptionResolver.EXCEPTION_ATTRIBUTE);
    if (seen instanceof Throwable t) {
      return t;
    }
    seen = request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE);
    if (seen instanceof Throwable t) {
      return t;
    }
    if (escaped instanceof ServletException && escaped.getCause() != null) {
      return escaped.getCause(); // DispatcherServlet's "Request processing failed" wrapper
    }
    return escaped;
  }

  private static void queryParams(String query, FinishedRequest finished) {
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq),
            StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1),
            StandardCharsets.UTF_8);
        finished.queryParam(name, value);
      } catch (IllegalArgumentException e) {
        finished.queryParam(pair, ""); // a malformed %-escape: kept as sent
      }
    }
  }

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return true; // the async request is finished by its AsyncListener
  }

  /** Finishes an async request once its answer is complete. */
  private final class Completion implements AsyncListener {
    private final long start;
    private final RecordingRequest recording;

    Completion(long start, RecordingRequest recording) {
      this.start = start;
      this.recording = recording;
    }

    @Override
    public void onComplete(AsyncEvent event) {
      if (event.getSuppliedRequest() instanceof HttpServletRequest request
          && event.getSuppliedResponse() instanceof HttpServletResponse response) {
        finish(unwrap(request), response, start, recording, null);
      }
    }

    private HttpServletRequest unwrap(HttpServletRequest request) {
      return request instanceof RecordingRequest r ? (HttpServletRequest) r.getRequest() : request;
    }

    @Override public void onTimeout(AsyncEvent event) {}
    @Override public void onError(AsyncEvent event) {}
    @Override public void onStartAsync(AsyncEvent event) {}
  }
}
