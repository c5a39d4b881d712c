package io.errorsplus.dispatch.provider.email;

import io.errorsplus.dispatch.DeliveryOptions;
import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.ErrorReport;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends error reports as e-mail over SMTP: by default one digest mail per minute that lists each
 * distinct error with its count, first and last time, and the details of one sample of each.
 *
 * <pre>{@code
 * EmailProvider email = EmailProvider.builder()
 *     .smtpServer("smtp.example.com").smtpPort(587)
 *     .username("alerts@example.com").password(secret)
 *     .from("alerts@example.com").to("oncall@example.com", "backend@example.com")
 *     .build();
 * }</pre>
 *
 * <p>Secure by default: STARTTLS is required (a server that does not offer it is refused rather than
 * sent the password in clear), the server's certificate is checked against the JDK's trust store
 * (or the one given with {@link Builder#trustStore}) and must name the host, and connecting,
 * reading and writing each time out after 10 s. The password is never logged nor shown by
 * {@link #toString()}.
 *
 * <p>Failures: an SMTP refusal of the credentials, of the sender or of every recipient disables
 * the provider (reports stay in the dispatcher's spool); a refusal of one message rejects that
 * report; everything else (no connection, timeouts, 4xx replies, TLS failures) is retried. A
 * recipient refused while others accept the mail is logged and the mail counts as delivered.
 *
 * <p>Needs {@code jakarta.mail:jakarta.mail-api} and {@code org.eclipse.angus:angus-mail} on the
 * class path.
 */
public final class EmailProvider implements ErrorProvider {

  private static final Logger LOG = LoggerFactory.getLogger(EmailProvider.class);

  /** The default digest window: one mail a minute at most, however many errors. */
  public static final Duration DEFAULT_DIGEST_WINDOW = Duration.ofSeconds(60);
  /** The default connect, read and write timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private final String name;
  private final String host;
  private final int port;
  private final boolean ssl;
  private final boolean startTls;
  private final String username;
  private final String password;
  private final InternetAddress from;
  private final InternetAddress[] to;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration digestWindow;
  private final DeliveryOptions deliveryOptions;
  private final ReportMailWriter writer;
  private final Properties sessionProperties;
  private final Session session;
  /**
   * Reused across mails (connected and closed for each): it remembers the local host name it
   * greets with, a lookup that can be slow and is not bound by the SMTP timeouts.
   */
  private Transport transport;

  private EmailProvider(EmailSettings<?> b, InternetAddress from, InternetAddress[] to, SSLSocketFactory socketFactory) {
    this.name = b.name;
    this.host = b.smtpServer;
    this.ssl = b.ssl;
    this.startTls = b.startTls && !b.ssl;
    this.port = b.smtpPort != 0 ? b.smtpPort : (ssl ? 465 : startTls ? 587 : 25);
    this.username = b.username;
    this.password = b.password;
    this.from = from;
    this.to = to;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.digestWindow = b.digestWindow;
    DeliveryOptions.Builder options = DeliveryOptions.defaults().toBuilder().digestWindow(b.digestWindow);
    if (b.digestWindow.isZero()) {
      options.deduplicationWindow(b.deduplicationWindow);
    } else {
      // The digest already groups repeats with their counts; de-duplicating first would only hide
      // occurrences from it.
      options.deduplicationWindow(Duration.ZERO).maxDigestSize(b.maxDigestSize);
    }
    this.deliveryOptions = options.build();
    this.writer = new ReportMailWriter(b.template, b.subjectPrefix, b.digestWindow);
    this.sessionProperties = sessionProperties(socketFactory);
    this.session = Session.getInstance(sessionProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Sends one mail about this report. */
  @Override
  public void send(ErrorReport report) throws Exception {
    Objects.requireNonNull(report, "report is required");
    deliver(writer.single(report));
  }

  /**
   * Sends ONE mail for all these reports, grouped by fingerprint: each distinct error with its
   * count (the sum of {@link ErrorReport#occurrences()}), first and last time, and the details of
   * its latest report. A batch of one report is sent as a single-report mail.
   */
  @Override
  public void sendBatch(List<ErrorReport> reports) throws Exception {
    Objects.requireNonNull(reports, "reports is required");
    if (reports.isEmpty()) {
      return;
    }
    ErrorDigest digest = ErrorDigest.of(reports);
    if (digest.totalErrors() == 1) {
      deliver(writer.single(reports.get(0)));
    } else {
      deliver(writer.digest(digest));
    }
  }

  /**
   * Digest on (window 60 s unless changed) with de-duplication off, since the digest already counts
   * repeats; with the digest off, de-duplication is on (60 s unless changed).
   */
  @Override
  public DeliveryOptions deliveryOptions() {
    return deliveryOptions;
  }

  @Override
  public String name() {
    return name;
  }

  /** Nothing to release: each mail opens and closes its own connection. */
  @Override
  public void close() {}

  /** The Jakarta Mail session properties in use; for diagnostics and tests. Holds no password. */
  Properties sessionProperties() {
    Properties copy = new Properties();
    copy.putAll(sessionProperties);
    return copy;
  }

  /** The connection settings, never the password. */
  @Override
  public String toString() {
    return "EmailProvider{name=" + name + ", server=" + host + ":" + port
        + ", tls=" + (ssl ? "SMTPS" : startTls ? "STARTTLS required" : "none")
        + (username != null ? ", username=" + username + ", password=[hidden]" : "")
        + ", from=" + from + ", to=" + Arrays.toString(to)
        + ", timeouts=" + connectTimeout.toMillis() + "/" + readTimeout.toMillis() + "/" + writeTimeout.toMillis() + " ms"
        + ", digestWindow=" + digestWindow + "}";
  }

  private synchronized void deliver(ReportMailWriter.Mail mail) throws Exception {
    MimeMessage message = toMessage(mail);
    String server = host + ":" + port;
    if (transport == null) {
      transport = session.getTransport("smtp");
    }
    try {
      // A connection per mail: mails are rare (one a minute in digest mode), and a kept-open
      // connection would be dropped by the server's idle timeout between them anyway.
      transport.connect(host, port, username, password);
      transport.sendMessage(message, message.getAllRecipients());
    } catch (SendFailedException e) {
      Address[] sent = e.getValidSentAddresses();
      if (sent != null && sent.length > 0) {
        LOG.warn("{}: mail delivered to {} but refused for {}: {}", name, Arrays.toString(sent),
            Arrays.toString(e.getInvalidAddresses()), e.getMessage());
        return;
      }
      throw SmtpFailure.classify(e, server, username, from.toString());
    } catch (MessagingException e) {
      throw SmtpFailure.classify(e, server, username, from.toString());
    } finally {
      try {
        transport.close(); // a no-op when the connection never opened
      } catch (MessagingException e) {
        LOG.debug("{}: closing the SMTP connection failed: {}", name, e.toString());
      }
    }
  }

  private MimeMessage toMessage(ReportMailWriter.Mail mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(from);
    message.setRecipients(Message.RecipientType.TO, to);
    message.setSubject(mail.subject(), "UTF-8");
    message.setSentDate(new Date());
    // RFC 3834: machine-sent mail; out-of-office replies are not sent back to it.
    message.setHeader("Auto-Submitted", "auto-generated");

    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), "UTF-8", "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text); // the preferred part goes last
    alternative.addBodyPart(html);
    message.setContent(alternative);
    message.saveChanges();
    return message;
  }

  private Properties sessionProperties(SSLSocketFactory socketFactory) {
    Properties p = new Properties();
    p.setProperty("mail.transport.protocol", "smtp");
    p.setProperty("mail.smtp.host", host);
    p.setProperty("mail.smtp.port", Integer.toString(port));
    p.setProperty("mail.smtp.auth", Boolean.toString(username != null));
    // Jakarta Mail waits forever by default; a stuck server must not stall the worker.
    p.setProperty("mail.smtp.connectiontimeout", Long.toString(connectTimeout.toMillis()));
    p.setProperty("mail.smtp.timeout", Long.toString(readTimeout.toMillis()));
    p.setProperty("mail.smtp.writetimeout", Long.toString(writeTimeout.toMillis()));
    p.setProperty("mail.smtp.ssl.enable", Boolean.toString(ssl));
    p.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
    p.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls));
    p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    p.setProperty("mail.smtp.ssl.protocols", "TLSv1.3 TLSv1.2");
    // One refused recipient must not cost the others their mail.
    p.setProperty("mail.smtp.sendpartial", "true");
    p.setProperty("mail.smtp.from", from.getAddress());
    if (socketFactory != null) {
      p.put("mail.smtp.ssl.socketFactory", socketFactory); // an instance: put, not setProperty
    }
    return p;
  }

  /**
   * Configures an {@link EmailProvider}; {@code smtpServer}, {@code from} and {@code to} are
   * required. The setters and their validation live in {@code EmailSettings}.
   */
  public static final class Builder extends EmailSettings<Builder> {

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** Validates everything; throws {@link IllegalArgumentException} naming the problem and the fix. */
    public EmailProvider build() {
      EmailSettings.Validated v = validated();
      return new EmailProvider(this, v.from(), v.to(), v.socketFactory());
    }
  }
}
