/** {@link io.errorsplus.dispatch.provider.logging.LoggingProvider}: reports to SLF4J. */
package io.errorsplus.dispatch.provider.logging;
