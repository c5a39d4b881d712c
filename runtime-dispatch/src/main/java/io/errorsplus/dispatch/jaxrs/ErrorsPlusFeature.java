package io.errorsplus.dispatch.jaxrs;

import io.errorsplus.dispatch.CapturePolicy;
import io.errorsplus.dispatch.ErrorDispatcher;
import io.errorsplus.dispatch.catalog.ErrorCatalog;
import io.errorsplus.dispatch.web.ErrorAnswers;
import io.errorsplus.dispatch.web.RequestReporter;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Objects;

/**
 * errors-plus for a Jakarta REST (JAX-RS 3.1 or 4.0) application, Jersey or RESTEasy: documented
 * exceptions are answered as the generated catalogue documents them, and failed requests are
 * reported to an {@link ErrorDispatcher} with their route template and operation.
 *
 * <pre>{@code
 * resourceConfig.register(new ErrorsPlusFeature(dispatcher));          // Jersey
 * // or, any runtime: return it from Application.getSingletons()
 * ErrorsPlusFeature.builder(dispatcher)
 *     .capture(CapturePolicy.UNDOCUMENTED)   // which failed requests are reported (the default)
 *     .answer(true)                          // documented answers (the default)
 *     .build();
 * }</pre>
 *
 * <p>Answers: an application {@code ExceptionMapper} for the exception's own type (or any type
 * nearer to it than {@code RuntimeException}) wins, as JAX-RS's nearest-type rule says; a catch-all
 * mapper for {@code Throwable}, {@code Exception} or {@code RuntimeException} does not take a
 * documented exception away from its documented answer. Bean Validation failures and parameter
 * conversion failures of an operation that documents the validation flag get that operation's
 * documented status and the standard body. Everything else is answered as without the feature.
 */
public final class ErrorsPlusFeature implements Feature {

  private final ErrorDispatcher dispatcher;
  private final ErrorCatalog catalog;
  private final CapturePolicy capture;
  private final boolean answer;

  /**
   * The feature with the defaults: {@link CapturePolicy#UNDOCUMENTED}, documented answers on, and
   * every generated catalogue of the class path ({@link ErrorCatalog#load()}).
   *
   * @throws NullPointerException when {@code dispatcher} is null
   */
  public ErrorsPlusFeature(ErrorDispatcher dispatcher) {
    this(builder(dispatcher));
  }

  private ErrorsPlusFeature(Builder b) {
    this.dispatcher = b.dispatcher;
    this.catalog = b.catalog != null ? b.catalog : ErrorCatalog.load();
    this.capture = b.capture;
    this.answer = b.answer;
  }

  /**
   * A builder reporting to {@code dispatcher}.
   *
   * @throws NullPointerException when {@code dispatcher} is null
   */
  public static Builder builder(ErrorDispatcher dispatcher) {
    return new Builder(dispatcher);
  }

  /** The catalogue this feature answers and reports with. */
  public ErrorCatalog catalog() {
    return catalog;
  }

  @Override
  public boolean configure(FeatureContext context) {
    if (context.getConfiguration().isRegistered(CaptureFilter.class)) {
      return false; // registered twice (an instance and through getSingletons()): once is enough
    }
    RequestReporter reporter = new RequestReporter(dispatcher, catalog, capture);
    MappingRules rules = new MappingRules(new ErrorAnswers(catalog, answer), reporter.active());
    context.register(new CaptureFilter(reporter, dispatcher.scrubbing().maxBodyBytes()));
    context.register(new DocumentedErrorMappers.ForThrowable(rules));
    context.register(new DocumentedErrorMappers.ForException(rules));
    context.register(new DocumentedErrorMappers.ForRuntimeException(rules));
    if (Runtimes.hasBeanValidation()) {
      context.register(new ValidationFailureMapper(rules));
    }
    if (reporter.active() && Runtimes.isJersey(context)) {
      context.register(new JerseyExceptionListener());
    }
    return true;
  }

  @Override
  public String toString() {
    return "ErrorsPlusFeature[capture=" + capture + ", answer=" + answer + ", " + catalog + "]";
  }

  /** Settings of an {@link ErrorsPlusFeature}. */
  public static final class Builder {
    private final ErrorDispatcher dispatcher;
    private ErrorCatalog catalog;
    private CapturePolicy capture = CapturePolicy.UNDOCUMENTED;
    private boolean answer = true;

    private Builder(ErrorDispatcher dispatcher) {
      this.dispatcher = Objects.requireNonNull(dispatcher, "ErrorsPlusFeature needs an "
          + "ErrorDispatcher: pass the one the application builds with ErrorDispatcher.builder()");
    }

    /** Which failed requests are reported; default {@link CapturePolicy#UNDOCUMENTED}. */
    public Builder capture(CapturePolicy capture) {
      this.capture = Objects.requireNonNull(capture, "capture policy is required (OFF reports nothing)");
      return this;
    }

    /** Whether documented exceptions get their documented answers; default true. */
    public Builder answer(boolean answer) {
      this.answer = answer;
      return this;
    }

    /** The catalogue to use instead of every generated one on the class path. */
    public Builder catalog(ErrorCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog is required (ErrorCatalog.empty() documents nothing)");
      return this;
    }

    public ErrorsPlusFeature build() {
      return new ErrorsPlusFeature(this);
    }
  }
}
