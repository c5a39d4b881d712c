package io.errorsplus.dispatch.spring;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code errors-plus.*} properties of a Spring Boot application.
 *
 * <pre>
 * errors-plus.app-name=api-plant-manager
 * errors-plus.kafka.bootstrap-servers=localhost:9092
 * errors-plus.kafka.topic=errors
 * </pre>
 *
 * @param enabled whether errors-plus captures and answers anything; {@code false} turns it off
 * @param appName the {@code app_name} of every report; default {@code spring.application.name},
 *     else {@code app}
 * @param capture which failed requests are reported: {@code all} (every exception and every 5xx),
 *     {@code undocumented} (every 5xx, and every exception not documented for its operation),
 *     {@code server-errors} (5xx only) or {@code off}
 * @param answer whether documented exceptions are answered with their documented status and body,
 *     and request-validation failures with the operation's documented validation status
 * @param spoolDirectory the folder where reports that could not be delivered wait for the next
 *     attempt; default a folder under {@code java.io.tmpdir}
 * @param closeTimeout how long closing the dispatcher with the application context may take to
 *     deliver what is queued before it spools the rest
 * @param neverBlock whether a capture drops a report (counted) instead of writing its spool record
 *     on the request thread when every queue is full
 * @param template which report fields every provider shows
 * @param scrubbing what is removed from reports before they leave the process
 * @param logging the provider that writes reports to the application's log
 * @param file the provider that appends reports to a JSON Lines file
 * @param kafka the provider that sends reports to a Kafka topic
 * @param discord the provider that posts reports to a Discord channel's webhook
 * @param email the provider that mails reports (with digests of repeats)
 * @param springdoc the merge of the error documentation into springdoc's document
 */
@ConfigurationProperties("errors-plus")
public record ErrorsPlusProperties(
    @DefaultValue("true") boolean enabled,
    String appName,
    @DefaultValue("undocumented") String capture,
    @DefaultValue("true") boolean answer,
    Path spoolDirectory,
    @DefaultValue("5s") Duration closeTimeout,
    @DefaultValue("false") boolean neverBlock,
    @DefaultValue Template template,
    @DefaultValue Scrubbing scrubbing,
    @DefaultValue Logging logging,
    @DefaultValue File file,
    @DefaultValue Kafka kafka,
    @DefaultValue Discord discord,
    @DefaultValue Email email,
    @DefaultValue Springdoc springdoc) {

  /**
   * Which report fields the providers show.
   *
   * @param exclude report fields, by their JSON names ({@code traceback}, {@code headers}…), left
   *     out of every provider's messages
   */
  public record Template(List<String> exclude) {
    public Template {
      exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }
  }

  /**
   * What is removed from reports before they leave the process; secrets (Authorization, Cookie,
   * API keys, password fields) always are.
   *
   * @param trustedProxies proxies (IP literals or CIDR blocks such as {@code 10.0.0.0/8}) whose
   *     {@code Forwarded}/{@code X-Forwarded-For} headers are believed for {@code client_ip}
   * @param secretHeaders header names whose values are always filtered, beyond the built-in ones
   * @param maxBodyBytes the most bytes of a request body a report keeps (and the request wrapper
   *     copies)
   */
  public record Scrubbing(List<String> trustedProxies, List<String> secretHeaders,
      @DefaultValue("8192") int maxBodyBytes) {
    public Scrubbing {
      trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
      secretHeaders = secretHeaders == null ? List.of() : List.copyOf(secretHeaders);
    }
  }

  /**
   * The logging provider.
   *
   * @param enabled whether reports are written to the log (logger {@code errors-plus.reports});
   *     default: when no other provider is configured
   */
  public record Logging(Boolean enabled) {}

  /**
   * The JSON Lines file provider.
   *
   * @param path the file reports are appended to, one JSON object a line; unset: no file provider
   */
  public record File(Path path) {}

  /**
   * The Kafka provider (needs {@code org.apache.kafka:kafka-clients}).
   *
   * @param bootstrapServers the brokers, {@code host:port[,host:port…]}
   * @param topic the topic reports are sent to
   * @param properties further Kafka producer properties ({@code security.protocol},
   *     {@code sasl.jaas.config}…)
   */
  public record Kafka(String bootstrapServers, String topic, Map<String, String> properties) {
    public Kafka {
      properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    @Override
    public String toString() {
      // Producer properties may hold credentials (sasl.jaas.config): names only.
      return "Kafka[bootstrapServers=" + bootstrapServers + ", topic=" + topic + ", properties="
          + properties.keySet() + "]";
    }
  }

  /**
   * The Discord provider.
   *
   * @param webhookUrl the channel's webhook URL, {@code https://discord.com/api/webhooks/<id>/<token>}
   */
  public record Discord(String webhookUrl) {
    @Override
    public String toString() {
      // The URL's last segment is the webhook's secret token.
      return "Discord[webhookUrl=" + (webhookUrl == null ? null : "(set)") + "]";
    }
  }

  /**
   * The e-mail provider (needs {@code org.eclipse.angus:angus-mail}).
   *
   * @param smtpServer the SMTP host name
   * @param smtpPort the SMTP port
   * @param username the SMTP user; set with {@code password}, or neither
   * @param password the SMTP password
   * @param from the sender address
   * @param to the recipient addresses
   * @param startTls whether the connection is upgraded with STARTTLS
   * @param ssl whether the connection uses TLS from the start (SMTPS, usually port 465)
   */
  public record Email(String smtpServer, @DefaultValue("587") int smtpPort, String username,
      String password, String from, List<String> to, @DefaultValue("true") boolean startTls,
      @DefaultValue("false") boolean ssl) {
    public Email {
      to = to == null ? List.of() : List.copyOf(to);
    }

    /** Whether any property of the e-mail provider is set (it is then configured). */
    boolean configured() {
      return smtpServer != null || from != null || !to.isEmpty() || username != null;
    }

    @Override
    public String toString() {
      // The password never reaches a log through this record.
      return "Email[smtpServer=" + smtpServer + ", smtpPort=" + smtpPort + ", from=" + from
          + ", to=" + to + "]";
    }
  }

  /**
   * The springdoc-openapi merge.
   *
   * @param enabled whether the generated error responses are merged into springdoc's document
   */
  public record Springdoc(@DefaultValue("true") boolean enabled) {}
}
