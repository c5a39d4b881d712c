/**
 * springdoc-openapi integration: errors-plus's error responses merged into the document springdoc
 * serves, matched by handler method through the error catalogue
 * ({@link io.errorsplus.dispatch.spring.springdoc.ErrorsPlusSpringdocAutoConfiguration}).
 */
package io.errorsplus.dispatch.spring.springdoc;
