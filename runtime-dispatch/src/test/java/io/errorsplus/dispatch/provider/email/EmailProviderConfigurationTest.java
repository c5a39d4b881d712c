package io.errorsplus.dispatch.provider.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.errorsplus.dispatch.DeliveryOptions;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Defaults, validation messages and secrecy of the configuration; no network. */
class EmailProviderConfigurationTest {

  private static EmailProvider.Builder contractExample() {
    return EmailProvider.builder().smtpServer("smtp.example.com").smtpPort(587)
        .username("alerts@example.com").password("hunter2-secret").from("alerts@example.com").to("oncall@example.com");
  }

  @Test
  void defaultsRequireStartTlsCheckTheHostAndTimeOutAfterTenSeconds() {
    Properties p = contractExample().build().sessionProperties();

    assertThat(p).containsEntry("mail.smtp.host", "smtp.example.com").containsEntry("mail.smtp.port", "587")
        .containsEntry("mail.smtp.auth", "true")
        .containsEntry("mail.smtp.starttls.enable", "true").containsEntry("mail.smtp.starttls.required", "true")
        .containsEntry("mail.smtp.ssl.enable", "false")
        .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
        .containsEntry("mail.smtp.connectiontimeout", "10000")
        .containsEntry("mail.smtp.timeout", "10000")
        .containsEntry("mail.smtp.writetimeout", "10000")
        .doesNotContainKey("mail.smtp.ssl.trust")
        .doesNotContainKey("mail.smtp.ssl.socketFactory");
    assertThat(p.values()).doesNotContain("hunter2-secret");
  }

  @Test
  void sslMeansSmtpsOnPort465WithoutStartTls() {
    Properties p = EmailProvider.builder().smtpServer("smtp.example.com").ssl(true)
        .from("alerts@example.com").to("oncall@example.com")
        .connectTimeout(Duration.ofSeconds(3)).readTimeout(Duration.ofSeconds(4)).writeTimeout(Duration.ofSeconds(5))
        .build().sessionProperties();

    assertThat(p).containsEntry("mail.smtp.port", "465").containsEntry("mail.smtp.ssl.enable", "true")
        .containsEntry("mail.smtp.starttls.enable", "false").containsEntry("mail.smtp.auth", "false")
        .containsEntry("mail.smtp.connectiontimeout", "3000").containsEntry("mail.smtp.timeout", "4000")
        .containsEntry("mail.smtp.writetimeout", "5000");
  }

  @Test
  void digestIsOnForSixtySecondsWithDeduplicationOffSoTheyDoNotFight() {
    DeliveryOptions options = contractExample().build().deliveryOptions();
    assertThat(options.digestWindow()).isEqualTo(Duration.ofSeconds(60));
    assertThat(options.deduplicationWindow()).isZero();

    DeliveryOptions noDigest = contractExample().digestWindow(Duration.ZERO).build().deliveryOptions();
    assertThat(noDigest.digestWindow()).isZero();
    assertThat(noDigest.deduplicationWindow()).isEqualTo(Duration.ofSeconds(60));

    DeliveryOptions custom = contractExample().digestWindow(Duration.ofMinutes(5)).maxDigestSize(20).build()
        .deliveryOptions();
    assertThat(custom.digestWindow()).isEqualTo(Duration.ofMinutes(5));
    assertThat(custom.maxDigestSize()).isEqualTo(20);
  }

  @Test
  void toStringShowsTheSettingsButNeverThePassword() {
    EmailProvider.Builder builder = contractExample();
    EmailProvider email = builder.build();

    assertThat(email.toString()).contains("smtp.example.com:587", "STARTTLS required", "alerts@example.com",
        "oncall@example.com", "password=[hidden]").doesNotContain("hunter2");
    assertThat(builder.toString()).doesNotContain("hunter2");
  }

  @Test
  void requiredFieldsAreNamedWithTheFix() {
    assertThatThrownBy(() -> EmailProvider.builder().from("a@example.com").to("b@example.com").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("smtpServer is required");
    assertThatThrownBy(() -> EmailProvider.builder().smtpServer("smtp.example.com").to("b@example.com").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from is required");
    assertThatThrownBy(() -> EmailProvider.builder().smtpServer("smtp.example.com").from("a@example.com").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one recipient");
    assertThatThrownBy(() -> contractExample().smtpPort(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("smtpPort must be 1..65535");
    assertThatThrownBy(() -> EmailProvider.builder().smtpServer("smtp.example.com").username("u")
        .from("a@example.com").to("b@example.com").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("username is set but password is not");
  }

  @Test
  void addressesAreCheckedStrictly() {
    assertThatThrownBy(() -> contractExample().to("not an address").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("to address \"not an address\" is not a valid e-mail address");
    assertThatThrownBy(() -> contractExample().to("oncall@example.com\r\nBcc: thief@evil.example").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to address");
    assertThatThrownBy(() -> contractExample().from("alerts").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from address \"alerts\"");
    assertThatThrownBy(() -> contractExample().to("team: a@example.com, b@example.com;").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to address");
    // display names are fine
    assertThat(contractExample().from("Alerts <alerts@example.com>").build().toString())
        .contains("Alerts <alerts@example.com>");
  }

  @Test
  void hostIsAHostNameNotAUrl() {
    for (String bad : new String[] {"smtp://smtp.example.com", "smtp.example.com:587", "smtp example.com", " "}) {
      assertThatThrownBy(() -> contractExample().smtpServer(bad).build())
          .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("smtpServer");
    }
  }

  @Test
  void credentialsOverPlainSmtpAreRefusedExceptToALoopbackRelay() {
    assertThatThrownBy(() -> contractExample().startTls(false).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unencrypted");
    assertThat(EmailProvider.builder().smtpServer("127.0.0.1").startTls(false).username("u").password("p")
        .from("alerts@example.com").to("oncall@example.com").build().sessionProperties())
        .containsEntry("mail.smtp.starttls.enable", "false").containsEntry("mail.smtp.port", "25");
  }

  @Test
  void timeoutsMustBePositive() {
    assertThatThrownBy(() -> contractExample().readTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout must be positive");
    assertThatThrownBy(() -> contractExample().connectTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout must be positive");
  }

  @Test
  void subjectPrefixMustBeOneCleanLine() {
    assertThatThrownBy(() -> contractExample().subjectPrefix("[prod]\r\nBcc: x@evil.example"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subjectPrefix");
    assertThatThrownBy(() -> contractExample().subjectPrefix(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subjectPrefix");
  }

  @Test
  void trustStoreAndSocketFactoryExcludeEachOther() throws Exception {
    assertThatThrownBy(() -> contractExample().trustStore(TestCertificates.greenMailTrustStore())
        .sslSocketFactory((javax.net.ssl.SSLSocketFactory) javax.net.ssl.SSLSocketFactory.getDefault()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("either trustStore or sslSocketFactory");
    assertThat(contractExample().trustStore(TestCertificates.greenMailTrustStore()).build().sessionProperties())
        .containsKey("mail.smtp.ssl.socketFactory");
  }
}
