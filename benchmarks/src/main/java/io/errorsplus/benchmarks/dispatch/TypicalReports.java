package io.errorsplus.benchmarks.dispatch;

import io.errorsplus.dispatch.ErrorReport;
import java.time.Duration;

/** The "typical report" of the benchmarks: 10 headers, a 1 KiB JSON body, a 40-frame stack. */
final class TypicalReports {

  private TypicalReports() {}

  static ErrorReport typical(int id) {
    return typical(id, "/plants/{plantId}/items");
  }

  static ErrorReport typical(int id, String endpoint) {
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
  static String body(int id) {
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
  static IllegalStateException exception(int id) {
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
}
