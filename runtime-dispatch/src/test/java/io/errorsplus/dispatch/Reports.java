package io.errorsplus.dispatch;

import java.time.Duration;

/** Typical reports for tests. */
final class Reports {

  private Reports() {}

  static ErrorReport typical(int id) {
    return ErrorReport.builder()
        .error(new IllegalStateException("stock is empty #" + id))
        .method("GET").endpoint("/items/{id}").fullUrl("http://host/items/" + id + "?x=1")
        .statusCode(500).duration(Duration.ofMillis(12))
        .header("User-Agent", "curl/8").header("X-Request-Id", "req-" + id)
        .queryParam("x", "1")
        .requestBody("application/json", "{\"id\":" + id + ",\"name\":\"n" + id + "\"}")
        .clientIp("10.0.0.1")
        .build();
  }

  /** A small report (a one-line traceback), about 600 bytes in the spool. */
  static ErrorReport small(int id) {
    return ErrorReport.builder()
        .errorType("IllegalStateException").exceptionClass("java.lang.IllegalStateException")
        .errorDetails("small #" + id).traceback("java.lang.IllegalStateException: small #" + id)
        .method("GET").endpoint("/small").statusCode(500)
        .build();
  }

  /** A report whose fingerprint differs per {@code place}. */
  static ErrorReport at(String endpoint) {
    return ErrorReport.builder()
        .error(new IllegalArgumentException("bad"))
        .method("POST").endpoint(endpoint).statusCode(400)
        .build();
  }
}
