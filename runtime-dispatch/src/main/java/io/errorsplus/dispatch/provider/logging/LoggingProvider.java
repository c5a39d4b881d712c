package io.errorsplus.dispatch.provider.logging;

import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Writes each report to SLF4J: one readable line followed by the report as JSON. The default
 * provider of a dispatcher that has no other.
 *
 * <pre>{@code
 * new LoggingProvider();                                   // ERROR, logger "errors-plus.reports", every field
 * LoggingProvider.builder().level(Level.WARN)
 *     .template(MessageTemplate.all().without(ReportField.TRACEBACK)).build();
 * }</pre>
 *
 * <p>A line looks like
 * {@code 500 IllegalStateException at GET /items/{id}: stock is empty [guid_error=…] {"app_name":…}}.
 */
public final class LoggingProvider implements ErrorProvider {

  /** The default logger name. */
  public static final String DEFAULT_LOGGER = "errors-plus.reports";

  private final Logger logger;
  private final Level level;
  private final MessageTemplate template;

  /** ERROR level, logger {@value #DEFAULT_LOGGER}, every field. */
  public LoggingProvider() {
    this(builder());
  }

  /** ERROR level, logger {@value #DEFAULT_LOGGER}, the given fields. */
  public LoggingProvider(MessageTemplate template) {
    this(builder().template(template));
  }

  private LoggingProvider(Builder b) {
    this.logger = LoggerFactory.getLogger(b.loggerName);
    this.level = b.level;
    this.template = b.template;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void send(ErrorReport report) {
    if (!logger.isEnabledForLevel(level)) {
      return;
    }
    logger.atLevel(level).log(line(report));
  }

  /** The text logged for a report. */
  String line(ErrorReport report) {
    StringBuilder out = new StringBuilder(512);
    out.append(report.statusCode()).append(' ').append(report.errorType())
        .append(" at ").append(report.method()).append(' ').append(report.endpoint());
    if (report.errorDetails() != null) {
      out.append(": ").append(report.errorDetails());
    }
    if (report.occurrences() > 1) {
      out.append(" (x").append(report.occurrences()).append(')');
    }
    out.append(" [guid_error=").append(report.guidError()).append("] ");
    out.append(report.toJson(template));
    return out.toString();
  }

  @Override
  public String name() {
    return "logging";
  }

  /** Configures a {@link LoggingProvider}. */
  public static final class Builder {
    private String loggerName = DEFAULT_LOGGER;
    private Level level = Level.ERROR;
    private MessageTemplate template = MessageTemplate.all();

    private Builder() {}

    public Builder loggerName(String loggerName) {
      Objects.requireNonNull(loggerName, "loggerName is required");
      if (loggerName.isBlank()) {
        throw new IllegalArgumentException("loggerName must not be blank");
      }
      this.loggerName = loggerName;
      return this;
    }

    /** The level reports are logged at; default ERROR. */
    public Builder level(Level level) {
      this.level = Objects.requireNonNull(level, "level is required");
      return this;
    }

    /** The fields in the JSON part; default all. */
    public Builder template(MessageTemplate template) {
      this.template = Objects.requireNonNull(template, "template is required");
      return this;
    }

    public LoggingProvider build() {
      return new LoggingProvider(this);
    }
  }
}
