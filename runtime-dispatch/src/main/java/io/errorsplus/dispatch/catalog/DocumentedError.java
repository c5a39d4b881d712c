package io.errorsplus.dispatch.catalog;

/**
 * One {@code @ErrorDto} type as the processor documented it.
 *
 * <pre>{@code
 * catalog.find(exception).ifPresent(e -> respond(e.status(), e.mediaType(), e.body(exception, path)));
 * }</pre>
 */
public interface DocumentedError {

  /** The {@code @ErrorDto} type. */
  Class<?> type();

  /** Its documented status (400–599). */
  int status();

  /** Its machine-readable code; {@code ""} when none. */
  String code();

  /** Its documented message. */
  String message();

  /** The media type of the answer: the body style's. */
  String mediaType();

  /** The body style of the catalogue that documents it. */
  BodyStyle bodyStyle();

  /**
   * What an answer to {@code error} carries: the dto's typed custom body when it declares one,
   * else the {@linkplain StandardErrorBody standard body}.
   *
   * @param instance the request path ({@code instance} of a problem body); may be null
   */
  Object body(Throwable error, String instance);
}
