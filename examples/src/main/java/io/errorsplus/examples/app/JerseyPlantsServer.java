package io.errorsplus.examples.app;

import com.sun.net.httpserver.HttpServer;
import io.errorsplus.examples.jaxrs.OperatorsResource;
import io.errorsplus.examples.jaxrs.PlantsResource;
import io.errorsplus.examples.jaxrs.SensorsResource;
import io.errorsplus.examples.jaxrs.StatusResource;
import java.net.URI;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The JAX-RS half of the plant manager, served by Jersey on the JDK's HTTP server under
 * {@code /api} (as {@code @ApplicationPath} says), with in-memory data.
 *
 * <pre>{@code
 * try (JerseyPlantsServer server = JerseyPlantsServer.start(0)) {
 *   server.baseUri(); // http://127.0.0.1:PORT/api
 * }
 * }</pre>
 */
public final class JerseyPlantsServer implements AutoCloseable {

  private final HttpServer server;

  private JerseyPlantsServer(HttpServer server) {
    this.server = server;
  }

  /** Starts on 127.0.0.1 and {@code port} (0: a free one). */
  public static JerseyPlantsServer start(int port, Object... extraComponents) {
    PlantsResource plants = new PlantsResource();
    ResourceConfig config = new ResourceConfig()
        .register(plants)
        .register(new SensorsResource(plants))
        .register(new StatusResource())
        .register(new OperatorsResource());
    for (Object component : extraComponents) {
      config.register(component);
    }
    URI uri = URI.create("http://127.0.0.1:" + port + "/api");
    return new JerseyPlantsServer(JdkHttpServerFactory.createHttpServer(uri, config));
  }

  /** {@code http://127.0.0.1:PORT/api}. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api");
  }

  @Override
  public void close() {
    server.stop(0);
  }

  public static void main(String[] args) {
    JerseyPlantsServer server = start(args.length > 0 ? Integer.parseInt(args[0]) : 8081);
    System.out.println("Jersey plant manager at " + server.baseUri());
  }
}
