/**
 * Jakarta REST (JAX-RS 3.1 and 4.0; Jersey and RESTEasy): {@link
 * io.errorsplus.dispatch.jaxrs.ErrorsPlusFeature}, registered like any feature, answers documented
 * exceptions from the generated catalogue and reports failed requests. Needs
 * {@code jakarta.ws.rs-api} at run time (the runtime provides it); Bean Validation and Jersey's
 * event listener are used when present.
 */
package io.errorsplus.dispatch.jaxrs;
