/**
 * Internal, not part of the API: the per-provider disk spool (JSON-lines segments plus a
 * progress cursor, one folder lock). Left out of the javadoc; may change in any release.
 * Configure it with {@code ErrorDispatcher.Builder#spoolDirectory} and {@code spoolMaxBytes}.
 */
package io.errorsplus.dispatch.spool;
