/** Internal: a small JSON reader for spool records and request bodies. Not part of the API. */
package io.errorsplus.dispatch.json;
