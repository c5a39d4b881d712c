package io.errorsplus.it.jaxrs;

import jakarta.ws.rs.core.Application;
import java.net.URI;

/** A real HTTP server of one runtime, on a free port of the loopback interface. */
public interface JaxrsServer extends AutoCloseable {

  /** Starts {@code application} (which carries the feature) on port 0. */
  interface Factory {
    JaxrsServer start(Application application) throws Exception;
  }

  /** The base URI, ending without a slash ({@code http://127.0.0.1:40123}). */
  URI base();

  @Override
  void close();
}
