/** {@link io.errorsplus.dispatch.provider.file.JsonLinesFileProvider}: reports to a rotating JSON-lines file. */
package io.errorsplus.dispatch.provider.file;
