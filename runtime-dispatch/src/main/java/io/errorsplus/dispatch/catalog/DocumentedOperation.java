package io.errorsplus.dispatch.catalog;

import java.util.Set;

/** One endpoint of the compilation, as in {@code openapi.json}. */
public interface DocumentedOperation {

  /** Its {@code operationId}. */
  String operationId();

  /** Its HTTP method, upper case ({@code "GET"}). */
  String method();

  /** Its route template ({@code "/items/{id}"}). */
  String path();

  /** Every documented error status; empty for an endpoint without error sources. */
  Set<Integer> statuses();

  /** Whether {@code error} (its type or a supertype) is declared for this operation. */
  boolean documents(DocumentedError error);

  /** 422 or 400 when the validation flag applies to this operation, else 0. */
  int validationStatus();

  /** The body style of the catalogue that documents it. */
  BodyStyle bodyStyle();
}
