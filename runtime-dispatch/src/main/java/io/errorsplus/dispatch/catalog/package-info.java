/**
 * The error catalogue: what the errors-plus processor generated about an application's errors,
 * looked up at run time without reflection ({@link io.errorsplus.dispatch.catalog.ErrorCatalog}).
 * {@link io.errorsplus.dispatch.catalog.StandardErrorBody} renders the standard answer body for
 * every integration.
 */
package io.errorsplus.dispatch.catalog;
