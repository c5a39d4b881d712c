/**
 * The JAX-RS half of the plant manager API. Every resource here may fail with a 500 (the plant
 * controllers behind it are remote), so the package declares it once.
 */
@Errors(internalServerError500 = true)
package io.errorsplus.examples.jaxrs;

import io.errorsplus.Errors;
