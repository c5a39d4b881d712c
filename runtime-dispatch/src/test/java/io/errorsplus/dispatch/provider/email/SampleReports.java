package io.errorsplus.dispatch.provider.email;

import io.errorsplus.dispatch.ErrorReport;
import java.time.Duration;
import java.util.UUID;

/** Reports as the dispatcher hands them to providers: captured, scrubbed, fingerprinted. */
final class SampleReports {

  static final long T0 = 1_795_000_000_000L; // a fixed instant in 2026

  private SampleReports() {}

  static ErrorReport.Builder valueError() {
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

  static ErrorReport of(String fingerprint, String errorType, String method, String endpoint, long timestamp) {
    return valueError().fingerprint(fingerprint).errorType(errorType)
        .exceptionClass("com.example.plants." + errorType).method(method).endpoint(endpoint)
        .timestamp(timestamp).guidError(UUID.randomUUID().toString()).build();
  }
}
