package io.errorsplus.processor.analyze;

import io.errorsplus.processor.model.Endpoint;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;

/**
 * One endpoint method whose body the throw analysis follows, with what is documented for it.
 *
 * @param method the method whose body runs (the resource's own or the nearest inherited one)
 * @param resource the simple name of the resource or controller, for the message
 * @param framework JAX-RS paths take the {@code @ApplicationPath} prefix
 * @param verb the lower-case HTTP method of its first operation
 * @param path the class + method path of its first operation, before the application prefix
 * @param documented the qualified names of the {@code @ErrorDto} types documented for it, by any
 *     source of contract 2.3
 */
public record EndpointBody(ExecutableElement method, String resource, Endpoint.Framework framework,
    String verb, String path, Set<String> documented) {

  public EndpointBody {
    Objects.requireNonNull(method, "method is required");
    Objects.requireNonNull(resource, "resource is required");
    Objects.requireNonNull(framework, "framework is required");
    Objects.requireNonNull(verb, "verb is required");
    Objects.requireNonNull(path, "path is required");
    documented = Set.copyOf(documented);
  }
}
