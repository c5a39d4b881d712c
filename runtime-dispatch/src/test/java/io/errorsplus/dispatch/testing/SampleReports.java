package io.errorsplus.dispatch.testing;

import io.errorsplus.dispatch.ErrorReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The named sample reports of the tests and the benchmarks (the benchmarks module reads them
 * from runtime-dispatch's test jar), so that "a typical report" means one thing everywhere.
 */
public final class SampleReports {

  /** A fixed instant in 2026, the timestamp of {@link #valueError()}. */
  public static final long T0 = 1_795_000_000_000L;

  private SampleReports() {}

  /** A GET of one item that failed: a real exception, a small JSON body, one client header. */
  public static ErrorReport itemLookup(int id) {
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
  public static ErrorReport small(int id) {
    return ErrorReport.builder()
        .errorType("IllegalStateException").exceptionClass("java.lang.IllegalStateException")
        .errorDetails("small #" + id).traceback("java.lang.IllegalStateException: small #" + id)
        .method("GET").endpoint("/small").statusCode(500)
        .build();
  }

  /** A report whose fingerprint differs per {@code place}. */
  public static ErrorReport at(String endpoint) {
    return ErrorReport.builder()
        .error(new IllegalArgumentException("bad"))
        .method("POST").endpoint(endpoint).statusCode(400)
        .build();
  }

  /** A report as the dispatcher hands it to providers: captured, scrubbed, fingerprinted (a fixed time, a fresh guid). */
  public static ErrorReport.Builder valueError() {
    return ErrorReport.builder()
        .appName("api-plant-manager")
        .method("GET").endpoint("/items/{id}").fullUrl("http://host/items/7?x=1")
        .statusCode(500).duration(Duration.ofMillis(12))
        .header("User-Agent", "curl/8").header("Accept", "application/json").queryParam("x", "1")
        .requestBody("application/json", "{\"name\":\"a\"}")
        .clientIp("10.0.0.1")
        .errorType("ValueError").exceptionClass("com.example.plants.ValueError")
        .errorDetails("plant 7 has no valid watering schedule")
        .traceback("com.example.plants.ValueError: plant 7 has no valid watering schedule\n"
            + "\tat com.example.plants.Schedule.<init>(Schedule.java:41)\n"
            + "\tat com.example.plants.ItemsResource.get(ItemsResource.java:27)\n")
        .timestamp(T0)
        .guidError(UUID.randomUUID().toString())
        .fingerprint("fp-value-error");
  }

  /** {@link #valueError()} with another fingerprint, error, route and time. */
  public static ErrorReport of(String fingerprint, String errorType, String method, String endpoint, long timestamp) {
    return valueError().fingerprint(fingerprint).errorType(errorType)
        .exceptionClass("com.example.plants." + errorType).method(method).endpoint(endpoint)
        .timestamp(timestamp).guidError(UUID.randomUUID().toString()).build();
  }

  /**
   * The "typical report" of the benchmarks: 10 headers (one a bearer token), a 1 KiB JSON body
   * with a nested secret, a 40-frame stack, secrets in the URL's query.
   */
  public static ErrorReport typicalRequest(int id) {
    return typicalRequest(id, "/plants/{plantId}/items");
  }

  /** {@link #typicalRequest(int)} on another route (so another fingerprint). */
  public static ErrorReport typicalRequest(int id, String endpoint) {
    return ErrorReport.builder()
        .error(exception(id))
        .method("POST").endpoint(endpoint).fullUrl("https://api.example.com/plants/42/items?page=2&access_token=abc")
        .statusCode(500).duration(Duration.ofMillis(37))
        .header("Host", "api.example.com")
        .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36")
        .header("Accept", "application/json")
        .header("Accept-Encoding", "gzip, deflate, br")
        .header("Accept-Language", "en-GB,en;q=0.9")
        .header("Content-Type", "application/json")
        .header("Content-Length", "1024")
        .header("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo")
        .header("X-Request-Id", "req-" + id)
        .header("X-Forwarded-For", "203.0.113.7")
        .queryParam("page", "2").queryParam("access_token", "abc")
        .requestBody("application/json", body(id))
        .clientIp("10.0.0.12")
        .build();
  }

  /** A JSON body of about 1 KiB with a nested secret. */
  public static String body(int id) {
    StringBuilder b = new StringBuilder(1100);
    b.append("{\"id\":").append(id).append(",\"name\":\"pump-").append(id).append("\",\"credentials\":{\"password\":\"hunter2\"},\"items\":[");
    for (int i = 0; b.length() < 1000; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append("{\"sku\":\"SKU-").append(1000 + i).append("\",\"qty\":").append(i).append('}');
    }
    return b.append("]}").toString();
  }

  /** An exception with exactly 40 frames: application frames under a servlet-container stack. */
  public static IllegalStateException exception(int id) {
    IllegalStateException e = new IllegalStateException("stock of plant 42 is empty (#" + id + ")");
    StackTraceElement[] frames = new StackTraceElement[40];
    for (int i = 0; i < frames.length; i++) {
      String cls = i < 6 ? "com.example.plants.service.StockService" + i
          : i < 20 ? "org.springframework.web.servlet.FrameworkServlet" + i
          : "org.apache.catalina.core.ApplicationFilterChain" + i;
      frames[i] = new StackTraceElement(cls, "method" + i, cls.substring(cls.lastIndexOf('.') + 1) + ".java", 100 + i);
    }
    e.setStackTrace(frames);
    return e;
  }

  /**
   * Reports shaped like those of a REST service: a handful of routes and error kinds, real stack
   * traces (about 2 KB of JSON per report), a distinct guid each (the Kafka throughput benchmark).
   */
  public static final class ServiceErrors {

    private static final String[] ROUTES = {"/items/{id}", "/plants/{plant}/pumps", "/orders", "/users/{id}/roles"};
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE"};

    private final List<ErrorReport> templates = new ArrayList<>();

    public ServiceErrors(int distinctErrors) {
      for (int i = 0; i < distinctErrors; i++) {
        RuntimeException error = nested(i % 7, i);
        String route = ROUTES[i % ROUTES.length];
        templates.add(ErrorReport.builder()
            .appName("api-plant-manager")
            .error(error)
            .method(METHODS[i % METHODS.length]).endpoint(route)
            .fullUrl("http://api.example.com" + route.replace("{id}", Integer.toString(i)) + "?page=2&size=50")
            .statusCode(i % 3 == 0 ? 404 : 500).duration(Duration.ofMillis(3 + i % 40))
            .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64)").header("Accept", "application/json")
            .header("X-Request-Id", UUID.randomUUID().toString())
            .queryParam("page", "2").queryParam("size", "50")
            .requestBody("application/json", "{\"name\":\"pump " + i + "\",\"flow\":12.5}")
            .clientIp("10.0." + (i % 250) + ".7")
            .operationId("op" + (i % 9)).documented(i % 2 == 0).errorCode(i % 2 == 0 ? "E" + (i % 9) : null)
            .fingerprint("fp-" + i)
            .build());
      }
    }

    /** The i-th report: one of the distinct errors, with its own guid and timestamp. */
    public ErrorReport report(long i) {
      ErrorReport t = templates.get((int) (i % templates.size()));
      t.traceback(); // render once per template, as a dispatcher worker would per report
      return t.toBuilder().guidError(UUID.randomUUID().toString()).timestamp(System.currentTimeMillis()).build();
    }

    /** The i-th report as an application hands it to capture (no guid: the dispatcher assigns it). */
    public ErrorReport captured(long i) {
      return templates.get((int) (i % templates.size()));
    }

    private static RuntimeException nested(int depth, int i) {
      try {
        return descend(depth, i);
      } catch (RuntimeException e) {
        return e;
      }
    }

    private static RuntimeException descend(int depth, int i) {
      if (depth == 0) {
        throw new IllegalStateException("pump " + i + " is offline");
      }
      return descend(depth - 1, i);
    }
  }
}
