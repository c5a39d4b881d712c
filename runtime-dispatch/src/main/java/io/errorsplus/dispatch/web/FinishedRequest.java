package io.errorsplus.dispatch.web;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an integration knows about a request once its answer is sent. Mutable and filled in by
 * one thread, the adapter's; {@link RequestReporter#finished} turns it into a report.
 */
public final class FinishedRequest {
  public String method;
  /** The URL as the client sent it, with the query string. */
  public String fullUrl;
  /** The framework's matched route template, used when the catalogue has no operation. */
  public String routeTemplate;
  /** The handler method that served the request; null when none matched. */
  public Method handler;
  /** The status actually sent. */
  public int status;
  /** The exception of the request, answered by anyone; null when there was none. */
  public Throwable error;
  /** {@link System#nanoTime()} when the request started. */
  public long startNanos;
  public final Map<String, String> headers = new LinkedHashMap<>();
  public final Map<String, String> queryParams = new LinkedHashMap<>();
  public String contentType;
  /** The body as read by the application, already bounded; null when not kept. */
  public String body;
  /** The peer address of the connection (the scrubber applies trusted proxies). */
  public String remoteAddress;

  /** Adds a header value; repeated names are joined with {@code ", "}. */
  public FinishedRequest header(String name, String value) {
    headers.merge(name, value == null ? "" : value, (a, b) -> a + ", " + b);
    return this;
  }

  /** Adds a query value; repeated names are joined with {@code ","}. */
  public FinishedRequest queryParam(String name, String value) {
    queryParams.merge(name, value == null ? "" : value, (a, b) -> a + "," + b);
    return this;
  }
}
