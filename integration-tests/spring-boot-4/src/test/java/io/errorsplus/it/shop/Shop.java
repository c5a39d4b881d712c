package io.errorsplus.it.shop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorsplus.dispatch.Await;
import io.errorsplus.dispatch.ErrorDispatcher;
import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.ErrorReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/** A running {@link ShopApplication} on a free port, with a JDK HTTP client. */
public final class Shop implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  private final ConfigurableApplicationContext context;
  private final String base;
  public final RecordingProvider recorder = new RecordingProvider();

  private Shop(Map<String, Object> properties, ErrorProvider... extraProviders) throws IOException {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("server.port", "0");
    all.put("spring.main.banner-mode", "off");
    all.put("errors-plus.close-timeout", "1s");
    all.put("errors-plus.spool-directory",
        Files.createTempDirectory("errors-plus-it-spool").toString());
    all.putAll(properties);
    context = new SpringApplicationBuilder(ShopApplication.class)
        .properties(all)
        .initializers(c -> {
          GenericApplicationContext g = (GenericApplicationContext) c;
          g.registerBean("recordingProvider", RecordingProvider.class, () -> recorder);
          for (int i = 0; i < extraProviders.length; i++) {
            ErrorProvider p = extraProviders[i];
            g.registerBean("extraProvider" + i, ErrorProvider.class, () -> p);
          }
        })
        .run();
    base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
  }

  public static Shop start(Map<String, Object> properties, ErrorProvider... extraProviders)
      throws IOException {
    return new Shop(properties, extraProviders);
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  public ErrorDispatcher dispatcher() {
    return context.getBean(ErrorDispatcher.class);
  }

  public Response get(String path, String... headers) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
  }

  public Response post(String path, String contentType, String body, String... headers)
      throws Exception {
    String[] all = new String[headers.length + 2];
    all[0] = "Content-Type";
    all[1] = contentType;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .POST(HttpRequest.BodyPublishers.ofString(body)), all);
  }

  private static Response send(HttpRequest.Builder request, String... headers) throws Exception {
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Response(response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""), response.body());
  }

  /** The first report matching, waited for. */
  public ErrorReport report(String what, Predicate<ErrorReport> matching) {
    Await.until("a report of " + what, () -> find(matching).isPresent());
    return find(matching).orElseThrow();
  }

  public Optional<ErrorReport> find(Predicate<ErrorReport> matching) {
    return recorder.reports().stream().filter(matching).findFirst();
  }

  @Override
  public void close() {
    context.close();
  }

  /** An HTTP answer. */
  public record Response(int status, String contentType, String body) {
    public JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  /** A URL path to find a report by. */
  public static Predicate<ErrorReport> url(String pathAndQuery) {
    return r -> r.fullUrl() != null && r.fullUrl().endsWith(pathAndQuery);
  }
}
