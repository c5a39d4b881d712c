package io.errorsplus.processor.model;

import java.util.List;

/**
 * One operation of the document.
 *
 * @param path the final path template
 * @param verb the lower-case HTTP method
 * @param operationId the unique operation id
 * @param pathParameters the required path parameters, in template order
 * @param responses the error responses, sorted by status
 */
public record OperationDoc(String path, String verb, String operationId,
    List<PathParameter> pathParameters, List<ResponseDoc> responses) {

  /** A required path parameter and its schema type. */
  public record PathParameter(String name, String type) {}
}
