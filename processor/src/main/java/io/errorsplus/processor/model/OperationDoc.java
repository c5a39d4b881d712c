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
 * @param tag the resource or controller tag ({@code plants-resource})
 * @param summary the first sentence of the method's javadoc, or {@code ""}
 */
public record OperationDoc(String path, String verb, String operationId,
    List<PathParameter> pathParameters, List<ResponseDoc> responses, String tag, String summary) {

  /** A required path parameter and its schema type. */
  public record PathParameter(String name, String type) {}
}
