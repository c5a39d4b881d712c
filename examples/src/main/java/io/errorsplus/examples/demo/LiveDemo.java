package io.errorsplus.examples.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorsplus.dispatch.ErrorDispatcher;
import io.errorsplus.dispatch.jaxrs.ErrorsPlusFeature;
import io.errorsplus.dispatch.provider.file.JsonLinesFileProvider;
import io.errorsplus.examples.app.JerseyPlantsServer;
import io.errorsplus.examples.app.SpringPlantsApplication;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's main job ({@code mvn -B -q -Pdemo -DskipTests verify}): starts the Spring Boot and
 * the Jersey example on free ports, sends them real requests that fail in the documented and the
 * undocumented ways, and prints each exchange, the reports as delivered to the JSON-lines files,
 * the processor's warnings on the examples, and where the docs are served. Then it stops both,
 * unless {@code -Ddemo.keepRunning=true} (the {@code demo.keepRunning} Maven property) keeps them
 * up for a person to browse Swagger UI.
 *
 * <p>Arguments: the repository root (paths print relative to it) and the folder for the report
 * files and spools (default {@code examples/target/errors-plus-demo}).
 */
public final class LiveDemo {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LiveDemo() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "").toAbsolutePath().normalize();
    Path folder = args.length > 1 ? Path.of(args[1]) : root.resolve("examples/target/errors-plus-demo");
    boolean keepRunning = Boolean.getBoolean("demo.keepRunning");
    Files.createDirectories(folder);
    Path springReports = folder.resolve("reports-spring.jsonl");
    Path jerseyReports = folder.resolve("reports-jersey.jsonl");
    Files.deleteIfExists(springReports);
    Files.deleteIfExists(jerseyReports);

    System.out.println("errors-plus demo: the plant manager examples, served and failing for real");
    Path log = folder.resolve("application.log");
    Files.deleteIfExists(log);
    ConfigurableApplicationContext spring = startSpring(springReports, folder.resolve("spool-spring"), log);
    ErrorDispatcher jerseyDispatcher = ErrorDispatcher.builder()
        .appName("api-plant-manager-jaxrs")
        .provider(new JsonLinesFileProvider(jerseyReports))
        .spoolDirectory(folder.resolve("spool-jersey"))
        .shutdownHook(false)
        .build();
    JerseyPlantsServer jersey = JerseyPlantsServer.start(0, new ErrorsPlusFeature(jerseyDispatcher));
    try {
      URI springUri = URI.create("http://127.0.0.1:" + spring.getEnvironment().getProperty("local.server.port"));
      URI jerseyUri = jersey.baseUri();
      System.out.println("1. Started the Spring Boot example at " + springUri + " and the Jersey example at "
          + jerseyUri);

      System.out.println("2. Real requests, as a client sees them");
      for (Exchange exchange : script(springUri, jerseyUri)) {
        exchange.lines().forEach(line -> System.out.println("   " + line));
      }

      ErrorDispatcher springDispatcher = spring.getBean(ErrorDispatcher.class);
      boolean drained = springDispatcher.flush(Duration.ofSeconds(5)) & jerseyDispatcher.flush(Duration.ofSeconds(5));
      System.out.println("3. The reports, as delivered to the JSON-lines files"
          + (drained ? "" : " (NOT all delivered within 5 s)")
          + "; errors-plus.capture=undocumented (the default) reports every 5xx and every error the"
          + " operation does not document, so the documented 404 and 409 are answered but not reported");
      printReports(root, springReports);
      printReports(root, jerseyReports);
      System.out.println("   errors-plus's own lines in " + relative(root, log) + " (the application log):");
      for (String line : Files.readAllLines(log)) {
        int at = line.indexOf("errors-plus: ");
        if (at >= 0 && line.contains(" WARN ")) {
          System.out.println("     " + line.substring(at));
        }
      }

      System.out.println("4. What the processor warned about while the examples compiled");
      List<String> warnings = CompileWarnings.of(root.resolve("examples/src/main/java"));
      if (warnings.isEmpty()) {
        System.out.println("   (no warnings)");
      }
      warnings.forEach(w -> System.out.println("   " + w));

      System.out.println("5. The docs");
      System.out.println("   springdoc's document with the merged error responses: " + springUri + "/v3/api-docs");
      System.out.println("   Swagger UI: " + springUri + "/swagger-ui/index.html");
      System.out.println("   the processor's document: examples/target/classes/META-INF/errors-plus/openapi.json");
      if (keepRunning) {
        System.out.println("Both examples keep running (demo.keepRunning=true); stop with Ctrl+C.");
        Thread.currentThread().join();
      }
    } finally {
      jersey.close();
      jerseyDispatcher.close();
      spring.close();
    }
    System.out.println("Stopped both examples.");
  }

  private static ConfigurableApplicationContext startSpring(Path reports, Path spool, Path log) {
    return new SpringApplicationBuilder(SpringPlantsApplication.class)
        .properties(Map.of(
            "server.address", "127.0.0.1",
            "server.port", "0",
            "spring.application.name", "api-plant-manager",
            "spring.main.banner-mode", "off",
            // both examples log to one file (Jersey's java.util.logging is bridged by Spring Boot),
            // so the console shows the exchanges; section 3 quotes errors-plus's own lines
            "logging.level.root", "WARN",
            "logging.file.name", log.toString(),
            "logging.threshold.console", "OFF",
            "errors-plus.file.path", reports.toString(),
            "errors-plus.spool-directory", spool.toString()))
        .run();
  }

  /** The scripted requests: documented, custom-body, application-handled, undocumented, secret-bearing. */
  private static List<Exchange> script(URI spring, URI jersey) throws IOException, InterruptedException {
    List<Exchange> exchanges = new ArrayList<>();
    exchanges.add(Exchange.send("GET", URI.create(jersey + "/plants/42"), null));
    String task = "{\"plantId\": 1, \"start\": \"2026-12-07T08:00:00Z\", \"end\": \"2026-12-07T12:00:00Z\","
        + " \"description\": \"Replace the north pump seals\"}";
    exchanges.add(Exchange.send("POST", URI.create(spring + "/maintenance/tasks"), task));
    String overlapping = "{\"plantId\": 1, \"start\": \"2026-12-07T10:00:00Z\", \"end\": \"2026-12-07T14:00:00Z\","
        + " \"description\": \"Calibrate the flow meters\"}";
    exchanges.add(Exchange.send("POST", URI.create(spring + "/maintenance/tasks"), overlapping));
    String backwards = "{\"plantId\": 2, \"start\": \"2026-12-08T12:00:00Z\", \"end\": \"2026-12-08T08:00:00Z\","
        + " \"description\": \"Inspect the boiler\"}";
    exchanges.add(Exchange.send("POST", URI.create(spring + "/maintenance/tasks"), backwards));
    exchanges.add(Exchange.send("GET", URI.create(spring + "/telemetry/average?site=north"), null));
    exchanges.add(Exchange.send("POST", URI.create(jersey + "/operators/sign-in"),
        "{\"operator\": \"jdoe\", \"password\": \"hunter2\"}",
        "Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.c2hpZnQtbGVhZA.x1Qk", "User-Agent", "plant-console/2.3"));
    return exchanges;
  }

  private static void printReports(Path root, Path file) throws IOException {
    List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
    System.out.println("   " + relative(root, file) + ": " + lines.size() + " report" + (lines.size() == 1 ? "" : "s"));
    for (String line : lines) {
      JsonNode r = JSON.readTree(line);
      System.out.println("     " + r.path("status_code").asInt() + " " + r.path("method").asText() + " "
          + r.path("endpoint").asText() + " " + r.path("error_type").asText()
          + " operation_id=" + r.path("operation_id").asText()
          + " documented=" + r.path("documented").asBoolean()
          + " duration=" + r.path("duration").asText() + "s");
      JsonNode authorization = r.path("headers").path("Authorization");
      if (!authorization.isMissingNode()) {
        System.out.println("       Authorization header as delivered: " + authorization.asText());
      }
      if (r.path("request_body").isTextual() && !r.path("request_body").asText().isEmpty()) {
        System.out.println("       request body as delivered: " + r.path("request_body").asText());
      }
    }
  }

  static String relative(Path root, Path path) {
    Path file = path.toAbsolutePath().normalize();
    return (file.startsWith(root) ? root.relativize(file) : file).toString().replace('\\', '/');
  }
}
