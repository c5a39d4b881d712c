package io.errorsplus.dispatch.provider.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.errorsplus.dispatch.DeliveryException;
import io.errorsplus.dispatch.testing.SampleReports;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * TLS and authentication against real servers: GreenMail (plain SMTP with AUTH, and SMTPS with its
 * bundled certificate) and, because GreenMail 2.1 has no STARTTLS, {@link TlsFront} which upgrades
 * a real SMTP conversation with STARTTLS and hands it to GreenMail.
 */
class EmailProviderTlsTest {

  private static final String USER = "alerts@example.com";
  private static final String SECRET = "s3cr3t-Pa55word";

  private GreenMail greenMail;

  @BeforeEach
  void startServer() {
    greenMail = new GreenMail(new ServerSetup[] {
        new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
        new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort()})
        .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, USER, SECRET));
    greenMail.start();
  }

  @AfterEach
  void stopServer() {
    greenMail.stop();
  }

  private EmailProvider.Builder provider(int port) {
    return EmailProvider.builder().smtpServer("127.0.0.1").smtpPort(port)
        .username(USER).password(SECRET).from(USER).to("oncall@example.com");
  }

  @Test
  void startTlsUpgradesBeforeAuthenticatingAndDelivers() throws Exception {
    try (TlsFront front = new TlsFront(TlsFront.Mode.STARTTLS, TestCertificates.localhostServerContext(),
        greenMail.getSmtp().getPort())) {
      provider(front.port()).trustStore(TestCertificates.localhostTrustStore()).build()
          .send(SampleReports.valueError().build());

      assertThat(greenMail.getReceivedMessages()).hasSize(1);
      assertThat(front.handshakes).hasSize(1).allMatch(p -> p.equals("TLSv1.3") || p.equals("TLSv1.2"));
      // nothing but the greeting and the upgrade went over the wire in clear: no AUTH, no MAIL
      assertThat(front.plaintextCommands).hasSize(2);
      assertThat(front.plaintextCommands.get(0)).startsWith("EHLO ");
      assertThat(front.plaintextCommands.get(1)).isEqualTo("STARTTLS");
    }
  }

  @Test
  void startTlsIsRequiredByDefaultSoAServerWithoutItIsRefused() throws Exception {
    // GreenMail's plain SMTP port offers AUTH but no STARTTLS
    EmailProvider email = provider(greenMail.getSmtp().getPort()).build();

    assertThatThrownBy(() -> email.send(SampleReports.valueError().build()))
        .isInstanceOfSatisfying(DeliveryException.class,
            e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RETRYABLE))
        .hasMessageContaining("STARTTLS");
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void serverCertificateIsNotTrustedUnlessConfigured() throws Exception {
    try (TlsFront front = new TlsFront(TlsFront.Mode.STARTTLS, TestCertificates.localhostServerContext(),
        greenMail.getSmtp().getPort())) {
      EmailProvider email = provider(front.port()).build(); // the JDK's trust store only

      assertThatThrownBy(() -> email.send(SampleReports.valueError().build()))
          .isInstanceOf(DeliveryException.class);
      assertThat(front.handshakes).isEmpty();
      assertThat(greenMail.getReceivedMessages()).isEmpty();
    }
  }

  @Test
  void smtpsWithExplicitlyTrustedCertificateDelivers() throws Exception {
    try (TlsFront front = new TlsFront(TlsFront.Mode.IMPLICIT, TestCertificates.localhostServerContext(),
        greenMail.getSmtp().getPort())) {
      provider(front.port()).ssl(true).trustStore(TestCertificates.localhostTrustStore()).build()
          .send(SampleReports.valueError().build());

      assertThat(greenMail.getReceivedMessages()).hasSize(1);
      assertThat(front.handshakes).hasSize(1);
      assertThat(front.plaintextCommands).isEmpty();
    }
  }

  @Test
  void greenMailSmtpsCertificateIsRefusedByDefaultAndStillRefusedWhenTrustedBecauseItNamesNoHost() throws Exception {
    int smtps = greenMail.getSmtps().getPort();
    EmailProvider untrusted = provider(smtps).ssl(true).build();
    assertThatThrownBy(() -> untrusted.send(SampleReports.valueError().build()))
        .isInstanceOf(DeliveryException.class)
        .hasStackTraceContaining("PKIX path building failed");

    // Trusting the certificate does not switch off the host name check: GreenMail's test
    // certificate is issued to "GreenMail selfsigned Test Certificate", not to 127.0.0.1.
    EmailProvider trusted = provider(smtps).ssl(true).trustStore(TestCertificates.greenMailTrustStore()).build();
    assertThatThrownBy(() -> trusted.send(SampleReports.valueError().build()))
        .isInstanceOf(DeliveryException.class)
        .hasStackTraceContaining("127.0.0.1");
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void wrongPasswordDisablesTheProviderWithAClearMessageThatNeverContainsThePassword() throws Exception {
    String wrong = "Wr0ng-" + SECRET;
    try (TlsFront front = new TlsFront(TlsFront.Mode.STARTTLS, TestCertificates.localhostServerContext(),
        greenMail.getSmtp().getPort())) {
      EmailProvider email = provider(front.port()).password(wrong)
          .trustStore(TestCertificates.localhostTrustStore()).build();

      Throwable thrown = null;
      try {
        email.send(SampleReports.valueError().build());
      } catch (Exception e) {
        thrown = e;
      }

      assertThat(thrown).isInstanceOfSatisfying(DeliveryException.class,
          e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.DISABLED));
      assertThat(thrown.getMessage()).contains("refused the credentials of user '" + USER + "'")
          .contains("535").contains("fix username/password");
      StringWriter trace = new StringWriter();
      thrown.printStackTrace(new PrintWriter(trace));
      assertThat(trace.toString()).doesNotContain(wrong);
      assertThat(email.toString()).doesNotContain(wrong).contains("password=[hidden]");
      assertThat(greenMail.getReceivedMessages()).isEmpty();
    }
  }
}
