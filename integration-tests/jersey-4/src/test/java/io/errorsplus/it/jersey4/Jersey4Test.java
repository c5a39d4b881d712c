package io.errorsplus.it.jersey4;

import com.sun.net.httpserver.HttpServer;
import io.errorsplus.it.jaxrs.JaxrsContractTest;
import io.errorsplus.it.jaxrs.JaxrsServer;
import java.net.URI;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** Jersey 4.0 on the JDK's HTTP server; the feature comes in through Application.getSingletons(). */
class Jersey4Test extends JaxrsContractTest {

  @Override
  protected JaxrsServer.Factory servers() {
    return application -> {
      HttpServer server = JdkHttpServerFactory.createHttpServer(
          URI.create("http://127.0.0.1:0/"), ResourceConfig.forApplication(application));
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      return new JaxrsServer() {
        @Override public URI base() { return base; }
        @Override public void close() { server.stop(0); }
      };
    };
  }

  @Override
  protected boolean seesExceptionsOfApplicationMappers() {
    return true;
  }
}
