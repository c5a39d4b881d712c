package io.errorsplus.examples.jaxrs;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts the JAX-RS resources under {@code /api}; the processor prefixes their paths with it. */
@ApplicationPath("/api")
public class PlantManagerApplication extends Application {}
