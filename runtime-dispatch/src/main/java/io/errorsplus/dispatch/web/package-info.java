/**
 * Internal: the answering and reporting rules shared by the Spring Boot and JAX-RS integrations,
 * tested without a server. Not a public API; it may change in any release.
 */
package io.errorsplus.dispatch.web;
