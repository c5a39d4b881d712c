package io.errorsplus.dispatch.web;

import io.errorsplus.dispatch.CapturePolicy;
import io.errorsplus.dispatch.ErrorDispatcher;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.catalog.DocumentedError;
import io.errorsplus.dispatch.catalog.DocumentedOperation;
import io.errorsplus.dispatch.catalog.ErrorCatalog;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reporting rules shared by the Spring and JAX-RS integrations: which finished requests are
 * captured ({@link CapturePolicy}), and the catalogue's fields of their reports (route template,
 * {@code operation_id}, {@code documented}, {@code error_code}). Also logs, once per operation
 * and status, an error answer whose status the operation does not document.
 *
 * <p>Never throws: a failure here must not change the answer the client already has.
 */
public final class RequestReporter {

  private static final Logger LOG = LoggerFactory.getLogger(RequestReporter.class);
  private static final int MAX_LOGGED = 4096;

  private final ErrorDispatcher dispatcher;
  private final ErrorCatalog catalog;
  private final CapturePolicy policy;
  private final Set<String> loggedUndocumented = ConcurrentHashMap.newKeySet();

  public RequestReporter(ErrorDispatcher dispatcher, ErrorCatalog catalog, CapturePolicy policy) {
    this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher is required");
    this.catalog = Objects.requireNonNull(catalog, "catalog is required");
    this.policy = Objects.requireNonNull(policy, "capture policy is required");
  }

  public CapturePolicy policy() {
    return policy;
  }

  /** Whether this reporter could report anything; lets an adapter skip its bookkeeping. */
  public boolean active() {
    return policy != CapturePolicy.OFF;
  }

  /** Reports the request when the policy says so; returns whether it was captured. */
  public boolean finished(FinishedRequest request) {
    try {
      Optional<DocumentedOperation> operation =
          catalog.operation(request.handler, request.method, request.routeTemplate);
      Optional<DocumentedError> error = catalog.find(request.error);
      boolean documented = operation.isPresent() && error.isPresent()
          && operation.get().documents(error.get());
      if (request.status >= 400) {
        operation.ifPresent(op -> logUndocumentedStatus(op, request.status));
      }
      boolean matched = operation.isPresent() || request.handler != null;
      if (!policy.captures(request.error != null, request.status, documented, matched)) {
        return false;
      }
      dispatcher.capture(report(request, operation, error, documented));
      return true;
    } catch (RuntimeException e) {
      LOG.warn("errors-plus: could not report a failed request ({})", e.toString());
      return false;
    }
  }

  private ErrorReport report(FinishedRequest request, Optional<DocumentedOperation> operation,
      Optional<DocumentedError> error, boolean documented) {
    ErrorReport.Builder report = ErrorReport.builder()
        .method(request.method)
        .endpoint(operation.map(DocumentedOperation::path).orElse(request.routeTemplate))
        .fullUrl(request.fullUrl)
        .statusCode(request.status)
        .headers(request.headers)
        .queryParams(request.queryParams)
        .clientIp(request.remoteAddress)
        .documented(documented);
    if (request.startNanos != 0) {
      report.duration(Duration.ofNanos(Math.max(0, System.nanoTime() - request.startNanos)));
    }
    if (request.body != null) {
      report.requestBody(request.contentType, request.body);
    }
    if (request.error != null) {
      report.error(request.error);
    }
    operation.ifPresent(op -> report.operationId(op.operationId()));
    error.ifPresent(e -> {
      if (!e.code().isEmpty()) {
        report.errorCode(e.code());
      }
    });
    return report.build();
  }

  private void logUndocumentedStatus(DocumentedOperation operation, int status) {
    if (operation.statuses().contains(status) || loggedUndocumented.size() >= MAX_LOGGED) {
      return;
    }
    if (loggedUndocumented.add(operation.operationId() + ' ' + status)) {
      LOG.warn("errors-plus: {} {} ({}) answered {}, which its documentation does not list; "
          + "declare it with @Errors or an @ErrorDto", operation.method(), operation.path(),
          operation.operationId(), status);
    }
  }
}
