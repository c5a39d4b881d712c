package io.errorsplus.it.resteasy7;

import io.errorsplus.it.jaxrs.JaxrsContractTest;
import io.errorsplus.it.jaxrs.JaxrsServer;
import io.undertow.Undertow;
import java.net.InetSocketAddress;
import java.net.URI;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;

/**
 * RESTEasy 7.0 on Undertow; the feature comes in through Application.getSingletons(). The
 * application is compiled in the problem body style here.
 */
class Resteasy7Test extends JaxrsContractTest {

  /** Exposes the Undertow instance to read the port it bound. */
  private static final class Server extends UndertowJaxrsServer {
    int port() {
      return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }
  }

  @Override
  protected JaxrsServer.Factory servers() {
    return application -> {
      Server server = new Server();
      server.start(Undertow.builder().addHttpListener(0, "127.0.0.1"));
      server.deploy(application, "/");
      URI base = URI.create("http://127.0.0.1:" + server.port());
      return new JaxrsServer() {
        @Override public URI base() { return base; }
        @Override public void close() { server.stop(); }
      };
    };
  }

  @Override
  protected boolean seesExceptionsOfApplicationMappers() {
    return false;
  }
}
