/**
 * Internal, not part of the API: one delivery lane per provider ({@code ProviderChannel}: the
 * queue and the worker) and its parts (repeat windows, digests, pacing and retries, spool replay,
 * counters, the log throttle, the clock), and the overflow spooler. Left out of the javadoc; may
 * change in any release. Use {@link io.errorsplus.dispatch.ErrorDispatcher}.
 */
package io.errorsplus.dispatch.delivery;
