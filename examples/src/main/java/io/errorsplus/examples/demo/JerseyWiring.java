package io.errorsplus.examples.demo;

import io.errorsplus.dispatch.ErrorDispatcher;

/** The JAX-RS example's errors-plus wiring: one feature. */
final class JerseyWiring {

  private JerseyWiring() {}

  static Object[] feature(ErrorDispatcher dispatcher) {
    return new Object[0]; // replaced by new ErrorsPlusFeature(dispatcher) once the JAX-RS feature lands
  }
}
