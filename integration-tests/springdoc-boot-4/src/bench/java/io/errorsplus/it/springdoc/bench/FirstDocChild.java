package io.errorsplus.it.springdoc.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One arm of one round, in its own JVM: starts the synthetic application, times its first
 * {@code /v3/api-docs}, prints {@code FIRST_DOC_MS=… BYTES=… MERGED=…} and exits.
 */
public final class FirstDocChild {

  private FirstDocChild() {}

  public static void main(String[] args) throws Exception {
    boolean merge = Boolean.parseBoolean(args[0]);
    String mode = args[1];
    Class<?> application = Class.forName(ShopCodebase.APPLICATION);
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
        .properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN",
            "springdoc.api-docs.version=" + mode, "errors-plus.springdoc.enabled=" + merge,
            // SpringdocErrorMerge's own time, for the report (FIRST_DOC_MS is end to end)
            "logging.level.io.errorsplus.dispatch.spring.springdoc=DEBUG")
        .run()) {
      int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
          + "/v3/api-docs")).timeout(Duration.ofMinutes(5)).build();
      long start = System.nanoTime();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      double millis = (System.nanoTime() - start) / 1e6;
      if (response.statusCode() != 200) {
        throw new IllegalStateException("/v3/api-docs answered " + response.statusCode());
      }
      // Sanity: the merge arm has errors-plus's 410/429 examples ("Problem 2"), the other not.
      boolean merged = response.body().contains("PROBLEM_");
      System.out.printf(java.util.Locale.ROOT, "FIRST_DOC_MS=%.1f BYTES=%d MERGED=%b%n", millis,
          response.body().length(), merged);
    }
  }
}
