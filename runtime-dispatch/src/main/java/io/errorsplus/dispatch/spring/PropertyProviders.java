package io.errorsplus.dispatch.spring;

import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.ReportField;
import io.errorsplus.dispatch.provider.discord.DiscordProvider;
import io.errorsplus.dispatch.provider.email.EmailProvider;
import io.errorsplus.dispatch.provider.file.JsonLinesFileProvider;
import io.errorsplus.dispatch.provider.kafka.KafkaProvider;
import io.errorsplus.dispatch.provider.logging.LoggingProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.util.ClassUtils;

/**
 * The providers that {@code errors-plus.*} properties configure. Each is validated here, so a
 * mistake fails start-up naming its property; none connects to its channel here, so a channel
 * that is down never does.
 */
final class PropertyProviders {

  private final ErrorsPlusProperties properties;
  private final ClassLoader classLoader;

  PropertyProviders(ErrorsPlusProperties properties, ClassLoader classLoader) {
    this.properties = properties;
    this.classLoader = classLoader;
  }

  /**
   * The configured providers.
   *
   * @param otherProviders how many providers the application declares as beans (the logging
   *     provider is on by default only when there are none at all)
   */
  List<ErrorProvider> build(int otherProviders) {
    MessageTemplate template = template();
    List<ErrorProvider> providers = new ArrayList<>();
    if (properties.file().path() != null) {
      providers.add(new JsonLinesFileProvider(properties.file().path(), template));
    }
    ErrorsPlusProperties.Kafka kafka = properties.kafka();
    if (kafka.bootstrapServers() != null || kafka.topic() != null) {
      providers.add(kafka(kafka, template));
    }
    if (properties.discord().webhookUrl() != null) {
      providers.add(discord(properties.discord().webhookUrl(), template));
    }
    if (properties.email().configured()) {
      providers.add(email(properties.email(), template));
    }
    Boolean logging = properties.logging().enabled();
    if (logging != null ? logging : providers.isEmpty() && otherProviders == 0) {
      providers.add(new LoggingProvider(template));
    }
    return providers;
  }

  /** {@code errors-plus.capture} as a policy. */
  static io.errorsplus.dispatch.CapturePolicy capture(String value) {
    try {
      return io.errorsplus.dispatch.CapturePolicy.parse(value);
    } catch (IllegalArgumentException e) {
      throw new ErrorsPlusConfigurationException("errors-plus.capture",
          "'" + value + "' is not a capture policy.",
          "Set errors-plus.capture to one of all, undocumented (the default), server-errors, off.",
          e);
    }
  }

  MessageTemplate template() {
    List<ReportField> excluded = new ArrayList<>();
    for (String name : properties.template().exclude()) {
      String normal = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
      ReportField field = Arrays.stream(ReportField.values())
          .filter(f -> f.jsonName().equals(normal)).findFirst()
          .orElseThrow(() -> new ErrorsPlusConfigurationException("errors-plus.template.exclude",
              "'" + name + "' is not a report field.",
              "Use the JSON names of report fields: " + Arrays.stream(ReportField.values())
                  .map(ReportField::jsonName).collect(Collectors.joining(", ")) + ".", null));
      excluded.add(field);
    }
    return MessageTemplate.all().without(excluded.toArray(ReportField[]::new));
  }

  private ErrorProvider kafka(ErrorsPlusProperties.Kafka kafka, MessageTemplate template) {
    require("org.apache.kafka.clients.producer.Producer", "errors-plus.kafka.bootstrap-servers",
        "the Kafka provider needs the Kafka client on the class path.",
        "Add the dependency org.apache.kafka:kafka-clients, or remove the errors-plus.kafka.* "
            + "properties.");
    if (kafka.bootstrapServers() == null) {
      throw new ErrorsPlusConfigurationException("errors-plus.kafka.bootstrap-servers",
          "it is not set, but errors-plus.kafka.topic is.",
          "Set errors-plus.kafka.bootstrap-servers=host:port[,host:port...], e.g. localhost:9092.",
          null);
    }
    if (kafka.topic() == null) {
      throw new ErrorsPlusConfigurationException("errors-plus.kafka.topic",
          "it is not set, but errors-plus.kafka.bootstrap-servers is.",
          "Set errors-plus.kafka.topic to the topic reports go to, e.g. errors.", null);
    }
    try {
      return KafkaProvider.builder().bootstrapServers(kafka.bootstrapServers())
          .topic(kafka.topic()).properties(kafka.properties()).template(template).build();
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      String property = message.startsWith("topic") ? "errors-plus.kafka.topic"
          : message.startsWith("bootstrapServers") ? "errors-plus.kafka.bootstrap-servers"
          : "errors-plus.kafka.properties";
      throw new ErrorsPlusConfigurationException(property, message,
          "Correct " + property + " as the message says.", e);
    }
  }

  private static ErrorProvider discord(String webhookUrl, MessageTemplate template) {
    try {
      return new DiscordProvider(webhookUrl, template);
    } catch (IllegalArgumentException e) {
      // The message never repeats the URL: its last segment is the webhook's secret token.
      throw new ErrorsPlusConfigurationException("errors-plus.discord.webhook-url", e.getMessage(),
          "Set errors-plus.discord.webhook-url to the URL Discord shows under the channel's "
              + "Integrations > Webhooks > Copy Webhook URL "
              + "(https://discord.com/api/webhooks/<id>/<token>).", e);
    }
  }

  private ErrorProvider email(ErrorsPlusProperties.Email email, MessageTemplate template) {
    require("jakarta.mail.Session", "errors-plus.email.smtp-server",
        "the e-mail provider needs Jakarta Mail on the class path.",
        "Add the dependency org.eclipse.angus:angus-mail, or remove the errors-plus.email.* "
            + "properties.");
    if (email.smtpServer() == null) {
      throw new ErrorsPlusConfigurationException("errors-plus.email.smtp-server",
          "it is not set, but other errors-plus.email.* properties are.",
          "Set errors-plus.email.smtp-server to your SMTP host, e.g. smtp.example.com.", null);
    }
    if (email.from() == null) {
      throw new ErrorsPlusConfigurationException("errors-plus.email.from",
          "the e-mail provider needs a sender address.",
          "Set errors-plus.email.from, e.g. errors-plus.email.from=alerts@example.com.", null);
    }
    if (email.to().isEmpty()) {
      throw new ErrorsPlusConfigurationException("errors-plus.email.to",
          "the e-mail provider needs at least one recipient.",
          "Set errors-plus.email.to to one or more addresses separated by commas, e.g. "
              + "errors-plus.email.to=oncall@example.com.", null);
    }
    try {
      EmailProvider.Builder builder = EmailProvider.builder().smtpServer(email.smtpServer())
          .smtpPort(email.smtpPort()).from(email.from()).to(email.to().toArray(String[]::new))
          .startTls(email.startTls()).ssl(email.ssl()).template(template);
      if (email.username() != null) {
        builder.username(email.username());
      }
      if (email.password() != null) {
        builder.password(email.password());
      }
      return builder.build();
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      String property = message.startsWith("smtpPort") ? "errors-plus.email.smtp-port"
          : message.startsWith("smtpServer") ? "errors-plus.email.smtp-server"
          : message.startsWith("from") ? "errors-plus.email.from"
          : message.startsWith("to") ? "errors-plus.email.to"
          : message.contains("unencrypted") ? "errors-plus.email.start-tls"
          : "errors-plus.email.username";
      throw new ErrorsPlusConfigurationException(property, message,
          "Correct " + property + " as the message says.", e);
    }
  }

  private void require(String className, String property, String problem, String action) {
    if (!ClassUtils.isPresent(className, classLoader)) {
      throw new ErrorsPlusConfigurationException(property, problem, action, null);
    }
  }
}
