package io.errorsplus.dispatch.provider.email;

import static io.errorsplus.dispatch.provider.email.EmailProvider.DEFAULT_DIGEST_WINDOW;
import static io.errorsplus.dispatch.provider.email.EmailProvider.DEFAULT_TIMEOUT;

import io.errorsplus.dispatch.DeliveryOptions;
import io.errorsplus.dispatch.MessageTemplate;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * The settings of an {@link EmailProvider.Builder} and their validation: each setter checks its
 * value, {@link #validated()} what needs several (credentials only over TLS, say).
 *
 * @param <B> the builder type the setters return
 */
abstract class EmailSettings<B extends EmailSettings<B>> {

  String name = "EmailProvider";
  String smtpServer;
  int smtpPort;
  String username;
  String password;
  String from;
  final List<String> to = new ArrayList<>();
  boolean startTls = true;
  boolean ssl;
  Duration connectTimeout = DEFAULT_TIMEOUT;
  Duration readTimeout = DEFAULT_TIMEOUT;
  Duration writeTimeout = DEFAULT_TIMEOUT;
  MessageTemplate template = MessageTemplate.all();
  String subjectPrefix;
  Duration digestWindow = DEFAULT_DIGEST_WINDOW;
  Duration deduplicationWindow = Duration.ofSeconds(60);
  int maxDigestSize = DeliveryOptions.defaults().maxDigestSize();
  KeyStore trustStore;
  SSLSocketFactory sslSocketFactory;

  /** The SMTP host name, {@code smtp.example.com}. */
  public B smtpServer(String host) {
    this.smtpServer = Objects.requireNonNull(host, "smtpServer is required").strip();
    return self();
  }

  /** Default 587 (STARTTLS), 465 with {@code ssl(true)}, 25 with no TLS at all. */
  public B smtpPort(int port) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("smtpPort must be 1..65535, not " + port);
    }
    this.smtpPort = port;
    return self();
  }

  /** The SMTP login; set together with {@code password}. Without it, no authentication. */
  public B username(String username) {
    this.username = Objects.requireNonNull(username, "username is required");
    return self();
  }

  /** The SMTP password; only ever sent to the server, never logged. */
  public B password(String password) {
    this.password = Objects.requireNonNull(password, "password is required");
    return self();
  }

  /** The sender address, {@code alerts@example.com} or {@code "Alerts <alerts@example.com>"}. */
  public B from(String address) {
    this.from = Objects.requireNonNull(address, "from is required");
    return self();
  }

  /** Adds recipients; call again to add more. */
  public B to(String... addresses) {
    Objects.requireNonNull(addresses, "to is required");
    for (String a : addresses) {
      to.add(Objects.requireNonNull(a, "a to address is null; give an address like oncall@example.com"));
    }
    return self();
  }

  /**
   * Default true: the connection must be upgraded with STARTTLS before anything else is sent; a
   * server that does not offer it is refused. {@code false} together with {@code ssl(false)}
   * means no TLS at all, which is only allowed without credentials or to a loopback relay.
   */
  public B startTls(boolean startTls) {
    this.startTls = startTls;
    return self();
  }

  /** SMTPS: TLS from the first byte (usually port 465); STARTTLS does not apply then. */
  public B ssl(boolean ssl) {
    this.ssl = ssl;
    return self();
  }

  /** Default 10 s. */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = timeout(timeout, "connectTimeout");
    return self();
  }

  /** How long to wait for each server reply; default 10 s. */
  public B readTimeout(Duration timeout) {
    this.readTimeout = timeout(timeout, "readTimeout");
    return self();
  }

  /** How long one write to the server may block; default 10 s. */
  public B writeTimeout(Duration timeout) {
    this.writeTimeout = timeout(timeout, "writeTimeout");
    return self();
  }

  /** The fields shown in the mail; default {@link MessageTemplate#all()}. */
  public B template(MessageTemplate template) {
    this.template = Objects.requireNonNull(template, "template is required");
    return self();
  }

  /** Replaces the subject's default prefix {@code [<app_name>]}, e.g. {@code "[prod] errors"}. */
  public B subjectPrefix(String prefix) {
    Objects.requireNonNull(prefix, "subjectPrefix is required");
    if (prefix.isBlank() || prefix.length() > 60 || !SubjectLine.of(prefix).equals(prefix)) {
      throw new IllegalArgumentException("subjectPrefix must be 1 to 60 printable characters on one line "
          + "without leading, trailing or repeated spaces, not \"" + SubjectLine.of(prefix) + "\"");
    }
    this.subjectPrefix = prefix;
    return self();
  }

  /**
   * How long reports are collected into one digest mail; default 60 s. {@link Duration#ZERO}: one
   * mail per report (with de-duplication, see {@code deduplicationWindow}).
   */
  public B digestWindow(Duration window) {
    Objects.requireNonNull(window, "digestWindow is required");
    if (window.isNegative()) {
      throw new IllegalArgumentException("digestWindow must be zero (off) or positive, not " + window);
    }
    this.digestWindow = window;
    return self();
  }

  /** The most reports in one digest mail; default 100. */
  public B maxDigestSize(int maxDigestSize) {
    if (maxDigestSize < 2) {
      throw new IllegalArgumentException("maxDigestSize must be at least 2, not " + maxDigestSize);
    }
    this.maxDigestSize = maxDigestSize;
    return self();
  }

  /**
   * Only when the digest is off: repeats of an error within this window are sent as one summary
   * mail; default 60 s, {@link Duration#ZERO} sends every report.
   */
  public B deduplicationWindow(Duration window) {
    Objects.requireNonNull(window, "deduplicationWindow is required");
    if (window.isNegative()) {
      throw new IllegalArgumentException("deduplicationWindow must be zero (off) or positive, not " + window);
    }
    this.deduplicationWindow = window;
    return self();
  }

  /**
   * Trusts the certificates in this key store (a private CA, a self-signed relay) instead of the
   * JDK's; the server's certificate must still name the host.
   */
  public B trustStore(KeyStore trustStore) {
    this.trustStore = Objects.requireNonNull(trustStore, "trustStore is required");
    return self();
  }

  /** Full control over TLS sockets (client certificates, pinning); the host is still checked. */
  public B sslSocketFactory(SSLSocketFactory factory) {
    this.sslSocketFactory = Objects.requireNonNull(factory, "sslSocketFactory is required");
    return self();
  }

  /** The provider's name (worker thread, stats, spool folder); default {@code EmailProvider}. */
  public B name(String name) {
    Objects.requireNonNull(name, "name is required");
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw new IllegalArgumentException("name must be 1 to 64 letters, digits, '.', '_' or '-', not \"" + name + "\"");
    }
    this.name = name;
    return self();
  }

  abstract B self();

  /** The addresses and TLS socket factory, once everything is validated. */
  record Validated(InternetAddress from, InternetAddress[] to, SSLSocketFactory socketFactory) {}

  Validated validated() {
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
    return new Validated(sender, recipients, factory);
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
