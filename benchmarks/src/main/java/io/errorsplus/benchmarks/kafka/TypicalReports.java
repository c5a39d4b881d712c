package io.errorsplus.benchmarks.kafka;

import io.errorsplus.dispatch.ErrorReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reports shaped like those of a REST service: a handful of routes and error kinds, real stack
 * traces (about 2 KB of JSON per report), a distinct guid each.
 */
final class TypicalReports {

  private static final String[] ROUTES = {"/items/{id}", "/plants/{plant}/pumps", "/orders", "/users/{id}/roles"};
  private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE"};

  private final List<ErrorReport> templates = new ArrayList<>();

  TypicalReports(int distinctErrors) {
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
  ErrorReport report(long i) {
    ErrorReport t = templates.get((int) (i % templates.size()));
    t.traceback(); // render once per template, as a dispatcher worker would per report
    return t.toBuilder().guidError(UUID.randomUUID().toString()).timestamp(System.currentTimeMillis()).build();
  }

  /** The i-th report as an application hands it to capture (no guid: the dispatcher assigns it). */
  ErrorReport captured(long i) {
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
