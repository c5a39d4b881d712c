package io.errorsplus.dispatch.spring;

import io.errorsplus.dispatch.web.ErrorAnswers;
import io.errorsplus.dispatch.web.RequestReporter;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * The Spring MVC (servlet) part: the capture filter and the answering exception resolver.
 * WebFlux is not supported yet.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
class ErrorsPlusWebMvcConfiguration {

  /** Just after Spring Boot's character-encoding filter, so the start time is the earliest. */
  static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

  @Bean
  @ConditionalOnMissingBean(name = "errorsPlusCaptureFilter")
  FilterRegistrationBean<CaptureFilter> errorsPlusCaptureFilter(RequestReporter reporter,
      ErrorsPlusProperties properties) {
    FilterRegistrationBean<CaptureFilter> registration = new FilterRegistrationBean<>(
        new CaptureFilter(reporter, properties.scrubbing().maxBodyBytes()));
    registration.setName("errorsPlusCaptureFilter");
    registration.setOrder(FILTER_ORDER);
    // Async handlers are finished by an AsyncListener and errors by the request that raised them,
    // so only the request dispatch is filtered.
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }

  @Bean
  @ConditionalOnMissingBean
  ErrorsPlusExceptionResolver errorsPlusExceptionResolver(ErrorAnswers answers,
      ApplicationContext context, ObjectProvider<RequestMappingHandlerAdapter> adapter) {
    return new ErrorsPlusExceptionResolver(answers, new ApplicationHandlers(context,
        answers.catalog()), new AnswerWriter(adapter));
  }
}
