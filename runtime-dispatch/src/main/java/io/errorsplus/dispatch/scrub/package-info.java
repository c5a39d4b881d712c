/**
 * Scrubbing of error reports before they leave the process: {@link
 * io.errorsplus.dispatch.scrub.ScrubbingOptions} to configure it, {@link
 * io.errorsplus.dispatch.scrub.ScrubRule} for your own rules.
 */
package io.errorsplus.dispatch.scrub;
