package io.errorsplus.it.jersey3;

import io.errorsplus.it.jaxrs.JaxrsContractTest;
import io.errorsplus.it.jaxrs.JaxrsServer;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Jersey 3.1 on Grizzly; the feature is registered the Jersey way,
 * {@code resourceConfig.register(feature)}, next to the application's classes.
 */
class Jersey3Test extends JaxrsContractTest {

  @Override
  protected JaxrsServer.Factory servers() {
    return application -> {
      ResourceConfig config = new ResourceConfig(application.getClasses());
      application.getSingletons().forEach(config::register);
      HttpServer server = GrizzlyHttpServerFactory.createHttpServer(
          URI.create("http://127.0.0.1:0/"), config);
      int port = server.getListeners().iterator().next().getPort();
      URI base = URI.create("http://127.0.0.1:" + port);
      return new JaxrsServer() {
        @Override public URI base() { return base; }
        @Override public void close() { server.shutdownNow(); }
      };
    };
  }

  @Override
  protected boolean seesExceptionsOfApplicationMappers() {
    return true;
  }
}
