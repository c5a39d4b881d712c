/**
 * Internal: one delivery lane per provider (bounded queue, worker thread, retries, rate limit,
 * repeat summaries, digests, spool replay) and the overflow spooler. Not part of the API; use
 * {@link io.errorsplus.dispatch.ErrorDispatcher}.
 */
package io.errorsplus.dispatch.delivery;
