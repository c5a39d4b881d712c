package io.errorsplus.it.springdoc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The shop on an embedded Tomcat at a free port, asked over real HTTP. */
final class ShopServer implements AutoCloseable {

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  private final ConfigurableApplicationContext context;
  private final int port;

  private ShopServer(ConfigurableApplicationContext context) {
    this.context = context;
    this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
  }

  /** Starts the shop with these {@code key=value} properties (plus a free port). */
  static ShopServer start(String... properties) {
    List<String> all = new ArrayList<>(List.of("server.port=0", "spring.main.banner-mode=off"));
    all.addAll(List.of(properties));
    return new ShopServer(new SpringApplicationBuilder(ShopApplication.class)
        .properties(all.toArray(String[]::new)).run());
  }

  /** The body of a GET that must answer 200. */
  String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": "
          + response.body());
    }
    return response.body();
  }

  @Override
  public void close() {
    context.close();
  }
}
