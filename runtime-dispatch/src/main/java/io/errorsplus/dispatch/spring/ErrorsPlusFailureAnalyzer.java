package io.errorsplus.dispatch.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a wrong {@code errors-plus.*} property into Spring Boot's "APPLICATION FAILED TO START"
 * report: the property, what is wrong and how to fix it. Registered in
 * {@code META-INF/spring.factories}.
 */
public final class ErrorsPlusFailureAnalyzer
    extends AbstractFailureAnalyzer<ErrorsPlusConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, ErrorsPlusConfigurationException cause) {
    return new FailureAnalysis(
        "The property '" + cause.property() + "' is not valid: " + cause.problem(),
        cause.action(), cause);
  }
}
