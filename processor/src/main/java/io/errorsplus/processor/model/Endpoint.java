package io.errorsplus.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One documented operation as read from the source, before the application prefix is known.
 *
 * @param framework JAX-RS endpoints take the {@code @ApplicationPath} prefix
 * @param order the source order (class, member, path, verb), for operation ids and clashes
 * @param verb the lower-case HTTP method
 * @param path the normalised class + method path
 * @param methodName the Java method name, the base of the operation id
 * @param pathParameterTypes the schema type ({@code integer}, {@code number}, {@code boolean},
 *     {@code string}) of each bound path variable
 * @param responses the merged error responses, sorted by status
 * @param tag the operation's tag: its resource or controller, as springdoc names it
 *     ({@code plants-resource})
 * @param summary the first sentence of the method's javadoc, or {@code ""}
 */
public record Endpoint(
    Framework framework,
    SourceOrder order,
    String verb,
    String path,
    String methodName,
    Map<String, String> pathParameterTypes,
    List<ResponseDoc> responses,
    String tag,
    String summary) {

  public Endpoint {
    Objects.requireNonNull(framework, "framework is required");
    Objects.requireNonNull(order, "order is required");
    Objects.requireNonNull(verb, "verb is required");
    Objects.requireNonNull(path, "path is required");
    Objects.requireNonNull(methodName, "methodName is required");
    pathParameterTypes = Map.copyOf(pathParameterTypes);
    responses = List.copyOf(responses);
    Objects.requireNonNull(tag, "tag is required");
    Objects.requireNonNull(summary, "summary is required");
  }

  /** The framework an endpoint was read from. */
  public enum Framework {
    JAX_RS,
    SPRING
  }

  /** Source order: class name, then member, path and verb index within it. */
  public record SourceOrder(String className, int member, int path, int verb)
      implements Comparable<SourceOrder> {
    @Override
    public int compareTo(SourceOrder o) {
      int c = className.compareTo(o.className);
      if (c == 0) {
        c = Integer.compare(member, o.member);
      }
      if (c == 0) {
        c = Integer.compare(path, o.path);
      }
      if (c == 0) {
        c = Integer.compare(verb, o.verb);
      }
      return c;
    }

    // equals and hashCode by hand, as in TypeSchema: a cold build pays for a record's own.
    @Override
    public boolean equals(Object o) {
      return o instanceof SourceOrder s && className.equals(s.className) && member == s.member
          && path == s.path && verb == s.verb;
    }

    @Override
    public int hashCode() {
      return ((className.hashCode() * 31 + member) * 31 + path) * 31 + verb;
    }
  }
}
