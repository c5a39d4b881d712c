/**
 * Internal, not part of the API: the runtime's JSON on jackson-core's streaming API (report
 * values, spool records, provider payloads, and the bounded reading of request bodies for the
 * scrubber). Left out of the javadoc; may change in any release.
 */
package io.errorsplus.dispatch.json;
