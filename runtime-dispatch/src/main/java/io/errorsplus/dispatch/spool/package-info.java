/**
 * Internal: the per-provider disk spool (JSON-lines segments plus a progress cursor). Not part of
 * the API; configure it with {@code ErrorDispatcher.Builder#spoolDirectory} and
 * {@code spoolMaxBytes}.
 */
package io.errorsplus.dispatch.spool;
