package io.errorsplus.dispatch.web;

import io.errorsplus.dispatch.catalog.DocumentedError;
import io.errorsplus.dispatch.catalog.DocumentedOperation;
import io.errorsplus.dispatch.catalog.ErrorCatalog;
import io.errorsplus.dispatch.catalog.StandardErrorBody;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Optional;

/**
 * The answering rules shared by the Spring and JAX-RS integrations (which only decide whether an
 * application handler takes the exception first): a documented exception is answered with its
 * documented status and body; a request-validation failure of an operation that documents the
 * validation flag with that operation's validation status and the standard body.
 */
public final class ErrorAnswers {

  private final ErrorCatalog catalog;
  private final boolean enabled;

  /** @param enabled false answers nothing (the {@code answer} switch) */
  public ErrorAnswers(ErrorCatalog catalog, boolean enabled) {
    this.catalog = Objects.requireNonNull(catalog, "catalog is required");
    this.enabled = enabled;
  }

  public ErrorCatalog catalog() {
    return catalog;
  }

  public boolean enabled() {
    return enabled;
  }

  /** The documented answer to {@code error}, if it is a documented error type. */
  public Optional<Answer> documented(Throwable error, String path) {
    if (!enabled || error == null) {
      return Optional.empty();
    }
    Optional<DocumentedError> found = catalog.find(error);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    DocumentedError documented = found.get();
    return Optional.of(new Answer(documented.status(), documented.mediaType(),
        documented.body(error, path)));
  }

  /**
   * The documented validation answer of the operation {@code handler} serves, when it documents
   * the validation flag.
   *
   * @param detail what the failure says; null or blank gives {@code "Validation error"}
   */
  public Optional<Answer> validation(Method handler, String detail, String path) {
    if (!enabled) {
      return Optional.empty();
    }
    Optional<DocumentedOperation> operation = catalog.operation(handler);
    if (operation.isEmpty() || operation.get().validationStatus() == 0) {
      return Optional.empty();
    }
    DocumentedOperation op = operation.get();
    String text = detail == null || detail.isBlank() ? StandardErrorBody.VALIDATION_DETAIL : detail;
    return Optional.of(new Answer(op.validationStatus(), op.bodyStyle().mediaType(),
        StandardErrorBody.of(op.bodyStyle(), op.validationStatus(), "", text, path)));
  }
}
