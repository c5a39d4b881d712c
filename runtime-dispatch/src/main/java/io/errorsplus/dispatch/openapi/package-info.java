/**
 * Merging errors-plus's error responses into another OpenAPI document.
 *
 * <p>{@link io.errorsplus.dispatch.openapi.OpenApiMerge} merges files or swagger-models documents
 * (for swagger-maven-plugin, openapi-generator and hand-written documents); the springdoc
 * integration ({@code io.errorsplus.dispatch.spring.springdoc}) applies the same rule, kept in
 * {@link io.errorsplus.dispatch.openapi.ErrorResponseMerge}, to the document springdoc builds.
 * Needs swagger-core (an optional dependency of the runtime).
 */
package io.errorsplus.dispatch.openapi;
