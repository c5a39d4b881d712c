package io.errorsplus.dispatch.provider.email;

import io.errorsplus.dispatch.DeliveryOptions;
import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
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

  private EmailProvider(Builder b, InternetAddress from, InternetAddress[] to, SSLSocketFactory socketFactory) {
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
   * Builds an {@link EmailProvider}; {@link #build()} validates everything and says what to fix.
   * Required: {@link #smtpServer}, {@link #from}, at least one {@link #to}.
   */
  public static final class Builder {
    private String name = "EmailProvider";
    private String smtpServer;
    private int smtpPort;
    private String username;
    private String password;
    private String from;
    private final List<String> to = new ArrayList<>();
    private boolean startTls = true;
    private boolean ssl;
    private Duration connectTimeout = DEFAULT_TIMEOUT;
    private Duration readTimeout = DEFAULT_TIMEOUT;
    private Duration writeTimeout = DEFAULT_TIMEOUT;
    private MessageTemplate template = MessageTemplate.all();
    private String subjectPrefix;
    private Duration digestWindow = DEFAULT_DIGEST_WINDOW;
    private Duration deduplicationWindow = Duration.ofSeconds(60);
    private int maxDigestSize = DeliveryOptions.defaults().maxDigestSize();
    private KeyStore trustStore;
    private SSLSocketFactory sslSocketFactory;

    private Builder() {}

    /** The SMTP host name, {@code smtp.example.com}. */
    public Builder smtpServer(String host) {
      this.smtpServer = Objects.requireNonNull(host, "smtpServer is required").strip();
      return this;
    }

    /** Default 587 (STARTTLS), 465 with {@link #ssl(boolean) ssl(true)}, 25 with no TLS at all. */
    public Builder smtpPort(int port) {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("smtpPort must be 1..65535, not " + port);
      }
      this.smtpPort = port;
      return this;
    }

    /** The SMTP login; set together with {@link #password}. Without it, no authentication. */
    public Builder username(String username) {
      this.username = Objects.requireNonNull(username, "username is required");
      return this;
    }

    /** The SMTP password; only ever sent to the server, never logged. */
    public Builder password(String password) {
      this.password = Objects.requireNonNull(password, "password is required");
      return this;
    }

    /** The sender address, {@code alerts@example.com} or {@code "Alerts <alerts@example.com>"}. */
    public Builder from(String address) {
      this.from = Objects.requireNonNull(address, "from is required");
      return this;
    }

    /** Adds recipients; call again to add more. */
    public Builder to(String... addresses) {
      Objects.requireNonNull(addresses, "to is required");
      for (String a : addresses) {
        to.add(Objects.requireNonNull(a, "a to address is null; give an address like oncall@example.com"));
      }
      return this;
    }

    /**
     * Default true: the connection must be upgraded with STARTTLS before anything else is sent; a
     * server that does not offer it is refused. {@code false} together with {@code ssl(false)}
     * means no TLS at all, which is only allowed without credentials or to a loopback relay.
     */
    public Builder startTls(boolean startTls) {
      this.startTls = startTls;
      return this;
    }

    /** SMTPS: TLS from the first byte (usually port 465); STARTTLS does not apply then. */
    public Builder ssl(boolean ssl) {
      this.ssl = ssl;
      return this;
    }

    /** Default 10 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout(timeout, "connectTimeout");
      return this;
    }

    /** How long to wait for each server reply; default 10 s. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout(timeout, "readTimeout");
      return this;
    }

    /** How long one write to the server may block; default 10 s. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = timeout(timeout, "writeTimeout");
      return this;
    }

    /** The fields shown in the mail; default {@link MessageTemplate#all()}. */
    public Builder template(MessageTemplate template) {
      this.template = Objects.requireNonNull(template, "template is required");
      return this;
    }

    /** Replaces the subject's default prefix {@code [<app_name>]}, e.g. {@code "[prod] errors"}. */
    public Builder subjectPrefix(String prefix) {
      Objects.requireNonNull(prefix, "subjectPrefix is required");
      if (prefix.isBlank() || prefix.length() > 60 || !SubjectLine.of(prefix).equals(prefix)) {
        throw new IllegalArgumentException("subjectPrefix must be 1 to 60 printable characters on one line "
            + "without leading, trailing or repeated spaces, not \"" + SubjectLine.of(prefix) + "\"");
      }
      this.subjectPrefix = prefix;
      return this;
    }

    /**
     * How long reports are collected into one digest mail; default 60 s. {@link Duration#ZERO}: one
     * mail per report (with de-duplication, see {@link #deduplicationWindow}).
     */
    public Builder digestWindow(Duration window) {
      Objects.requireNonNull(window, "digestWindow is required");
      if (window.isNegative()) {
        throw new IllegalArgumentException("digestWindow must be zero (off) or positive, not " + window);
      }
      this.digestWindow = window;
      return this;
    }

    /** The most reports in one digest mail; default 100. */
    public Builder maxDigestSize(int maxDigestSize) {
      if (maxDigestSize < 2) {
        throw new IllegalArgumentException("maxDigestSize must be at least 2, not " + maxDigestSize);
      }
      this.maxDigestSize = maxDigestSize;
      return this;
    }

    /**
     * Only when the digest is off: repeats of an error within this window are sent as one summary
     * mail; default 60 s, {@link Duration#ZERO} sends every report.
     */
    public Builder deduplicationWindow(Duration window) {
      Objects.requireNonNull(window, "deduplicationWindow is required");
      if (window.isNegative()) {
        throw new IllegalArgumentException("deduplicationWindow must be zero (off) or positive, not " + window);
      }
      this.deduplicationWindow = window;
      return this;
    }

    /**
     * Trusts the certificates in this key store (a private CA, a self-signed relay) instead of the
     * JDK's; the server's certificate must still name the host.
     */
    public Builder trustStore(KeyStore trustStore) {
      this.trustStore = Objects.requireNonNull(trustStore, "trustStore is required");
      return this;
    }

    /** Full control over TLS sockets (client certificates, pinning); the host is still checked. */
    public Builder sslSocketFactory(SSLSocketFactory factory) {
      this.sslSocketFactory = Objects.requireNonNull(factory, "sslSocketFactory is required");
      return this;
    }

    /** The provider's name (worker thread, stats, spool folder); default {@code EmailProvider}. */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name is required");
      if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
        throw new IllegalArgumentException("name must be 1 to 64 letters, digits, '.', '_' or '-', not \"" + name + "\"");
      }
      this.name = name;
      return this;
    }

    public EmailProvider build() {
      if (smtpServer == null || smtpServer.isEmpty()) {
        throw new IllegalArgumentException("smtpServer is required: call smtpServer(\"smtp.example.com\")");
      }
      // One colon is "host:port"; IPv6 literals have several.
      if (smtpServer.contains("://") || !smtpServer.matches("[^\\s/?#@]+")
          || smtpServer.indexOf(':') >= 0 && smtpServer.indexOf(':') == smtpServer.lastIndexOf(':')) {
        throw new IllegalArgumentException("smtpServer must be a host name like smtp.example.com (no scheme, "
            + "port or path; the port goes to smtpPort), not \"" + smtpServer + "\"");
      }
      if ((username == null) != (password == null)) {
        throw new IllegalArgumentException(username == null
            ? "password is set but username is not: set both for SMTP authentication, or neither"
            : "username is set but password is not: set both for SMTP authentication, or neither");
      }
      if (username != null && !ssl && !startTls && !isLoopback(smtpServer)) {
        throw new IllegalArgumentException("the password would cross the network unencrypted: keep startTls(true) "
            + "or use ssl(true); plain SMTP with credentials is only allowed to a loopback relay");
      }
      if (from == null) {
        throw new IllegalArgumentException("from is required: call from(\"alerts@example.com\")");
      }
      InternetAddress sender = address(from, "from");
      if (to.isEmpty()) {
        throw new IllegalArgumentException("at least one recipient is required: call to(\"oncall@example.com\")");
      }
      InternetAddress[] recipients = new InternetAddress[to.size()];
      for (int i = 0; i < recipients.length; i++) {
        recipients[i] = address(to.get(i), "to");
      }
      if (trustStore != null && sslSocketFactory != null) {
        throw new IllegalArgumentException("set either trustStore or sslSocketFactory, not both");
      }
      SSLSocketFactory factory = sslSocketFactory;
      if (trustStore != null) {
        factory = socketFactoryTrusting(trustStore);
      }
      return new EmailProvider(this, sender, recipients, factory);
    }

    private static InternetAddress address(String text, String what) {
      try {
        InternetAddress a = new InternetAddress(text, true);
        a.validate();
        if (a.isGroup() || a.getAddress().indexOf('@') < 1) {
          throw new AddressException("not a single mailbox with a domain", text);
        }
        return a;
      } catch (AddressException e) {
        throw new IllegalArgumentException(what + " address \"" + text.replaceAll("\\p{Cntrl}", "?")
            + "\" is not a valid e-mail address (" + e.getMessage() + "); give one like oncall@example.com", e);
      }
    }

    private static SSLSocketFactory socketFactoryTrusting(KeyStore trustStore) {
      try {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trustStore);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context.getSocketFactory();
      } catch (GeneralSecurityException e) {
        throw new IllegalArgumentException("trustStore cannot be used to check server certificates: " + e, e);
      }
    }

    private static boolean isLoopback(String host) {
      return host.equalsIgnoreCase("localhost") || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")
          || host.equals("::1") || host.equals("[::1]");
    }

    private static Duration timeout(Duration d, String what) {
      Objects.requireNonNull(d, what + " is required");
      if (d.isNegative() || d.isZero() || d.toMillis() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(what + " must be positive and finite (1 ms to 24 days), not " + d);
      }
      return d;
    }

    @Override
    public String toString() {
      return "EmailProvider.Builder{server=" + smtpServer + ":" + smtpPort + ", username=" + username
          + (password != null ? ", password=[hidden]" : "") + ", from=" + from + ", to=" + to + "}";
    }
  }
}
