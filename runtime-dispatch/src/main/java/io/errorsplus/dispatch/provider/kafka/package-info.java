/**
 * Error reports to a Kafka topic: {@link io.errorsplus.dispatch.provider.kafka.KafkaProvider}, the
 * scale path where many service instances feed one topic and a consumer aggregates.
 *
 * <pre>{@code
 * ErrorDispatcher.builder().appName("api").provider(new KafkaProvider("localhost:9092", "errors")).build();
 * }</pre>
 *
 * <p>Needs {@code org.apache.kafka:kafka-clients} on the classpath (an optional dependency of this
 * module).
 */
package io.errorsplus.dispatch.provider.kafka;
