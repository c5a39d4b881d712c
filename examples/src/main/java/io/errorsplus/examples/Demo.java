package io.errorsplus.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The README's first command ({@code mvn -B -q -Pdemo -DskipTests verify}) runs this: it shows
 * the OpenAPI document the processor wrote for the sample API while it compiled, then captures a
 * failing request with the runtime dispatcher ({@link ReportDemo}).
 *
 * <p>Arguments: the repository root, so paths print relative to it (default: the working
 * directory); the folder for the demo's report file (default: examples/target/errors-plus-demo).
 */
public final class Demo {

  static final String DOCUMENT = "META-INF/errors-plus/openapi.json";

  private Demo() {}

  public static void main(String[] args) throws IOException, URISyntaxException {
    Path root = Path.of(args.length > 0 ? args[0] : "").toAbsolutePath().normalize();

    URL url = Demo.class.getClassLoader().getResource(DOCUMENT);
    if (url == null) {
      throw new IllegalStateException(DOCUMENT + " is not on the classpath: the errors-plus processor did not "
          + "run when the examples compiled; check annotationProcessorPaths in examples/pom.xml");
    }
    OpenApiSummary summary;
    try (InputStream in = url.openStream()) {
      summary = OpenApiSummary.read(in);
    }
    System.out.println("errors-plus demo");
    System.out.println("1. The error responses the processor documented while the examples compiled");
    System.out.println("   " + displayPath(root, url));
    System.out.println("   " + summary.header());
    summary.operationLines().forEach(line -> System.out.println("     " + line));
    System.out.println("   " + summary.totals() + " (a bare status has its standard description)");

    Path folder = args.length > 1 ? Path.of(args[1]) : root.resolve("examples/target/errors-plus-demo");
    System.out.println("2. A failing request captured by ErrorDispatcher (LoggingProvider + JsonLinesFileProvider)");
    ReportDemo.Outcome outcome = ReportDemo.run(folder);
    System.out.println("   " + (outcome.drained() ? "delivered" : "NOT all delivered") + ": one JSON line in "
        + relative(root, outcome.file()));
    System.out.println("   error_type " + outcome.report().path("error_type").asText()
        + ", status_code " + outcome.report().path("status_code").asInt()
        + ", error_code " + outcome.report().path("error_code").asText()
        + ", documented " + outcome.report().path("documented").asBoolean());
    System.out.println("   Authorization header as delivered: " + outcome.authorization());
    System.out.println("   request body as delivered: " + outcome.requestBody());
  }

  /** The document's path relative to the repository root when it is a file under it. */
  static String displayPath(Path root, URL url) throws URISyntaxException {
    if (!"file".equals(url.getProtocol())) {
      return url.toString();
    }
    return relative(root, Path.of(url.toURI()));
  }

  static String relative(Path root, Path path) {
    Path file = path.toAbsolutePath().normalize();
    return (file.startsWith(root) ? root.relativize(file) : file).toString().replace('\\', '/');
  }
}
