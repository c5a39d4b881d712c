package io.errorsplus.dispatch.provider.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.errorsplus.dispatch.DeliveryException;
import io.errorsplus.dispatch.testing.SampleReports;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What SMTP refusals mean for the dispatcher. GreenMail accepts every sender and recipient, so a
 * scripted SMTP peer gives the replies real relays give (550 unknown user, 552 too large, 451 try
 * later).
 */
class EmailProviderRefusalTest {

  private static EmailProvider provider(ScriptedSmtpServer server) {
    return EmailProvider.builder().smtpServer("127.0.0.1").smtpPort(server.port()).startTls(false)
        .from("alerts@example.com").to("oncall@example.com", "gone@example.com").build();
  }

  @Test
  void oneRecipientRefusedStillDeliversToTheOthers() throws Exception {
    try (ScriptedSmtpServer server = ScriptedSmtpServer.replying(
        Map.of("gone@example.com", "550 5.1.1 no such user"), "250 OK queued")) {
      provider(server).send(SampleReports.valueError().build()); // returns normally: delivered
      assertThat(server.messagesAccepted.get()).isEqualTo(1);
    }
  }

  @Test
  void everyRecipientRefusedDisablesTheProvider() throws Exception {
    try (ScriptedSmtpServer server = ScriptedSmtpServer.replying(Map.of(
        "oncall@example.com", "550 5.1.1 no such user", "gone@example.com", "550 5.1.1 no such user"), "250 OK")) {
      assertThatThrownBy(() -> provider(server).send(SampleReports.valueError().build()))
          .isInstanceOfSatisfying(DeliveryException.class,
              e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.DISABLED))
          .hasMessageContaining("refused every recipient")
          .hasMessageContaining("no such user")
          .hasMessageContaining("check to(...)");
      assertThat(server.messagesAccepted.get()).isZero();
    }
  }

  @Test
  void senderRefusedDisablesTheProvider() throws Exception {
    try (ScriptedSmtpServer server = ScriptedSmtpServer.replying(
        Map.of("MAIL FROM", "553 5.7.1 sender not owned by user"), "250 OK")) {
      assertThatThrownBy(() -> provider(server).send(SampleReports.valueError().build()))
          .isInstanceOfSatisfying(DeliveryException.class,
              e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.DISABLED))
          .hasMessageContaining("refused the sender alerts@example.com")
          .hasMessageContaining("553 5.7.1 sender not owned by user");
    }
  }

  @Test
  void aRecipientTemporarilyUnavailableIsRetried() throws Exception {
    try (ScriptedSmtpServer server = ScriptedSmtpServer.replying(Map.of(
        "oncall@example.com", "451 4.3.0 mailbox busy", "gone@example.com", "550 5.1.1 no such user"), "250 OK")) {
      assertThatThrownBy(() -> provider(server).send(SampleReports.valueError().build()))
          .isInstanceOfSatisfying(DeliveryException.class,
              e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RETRYABLE));
    }
  }

  @Test
  void messageRefusedAfterDataRejectsOnlyThisReport() throws Exception {
    try (ScriptedSmtpServer server = ScriptedSmtpServer.replying(Map.of(), "552 5.3.4 message too big")) {
      assertThatThrownBy(() -> provider(server).send(SampleReports.valueError().build()))
          .isInstanceOfSatisfying(DeliveryException.class,
              e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.REJECTED))
          .hasMessageContaining("refused this message")
          .hasMessageContaining("552 5.3.4 message too big");
    }
  }

  @Test
  void temporaryFailureAfterDataIsRetried() throws Exception {
    try (ScriptedSmtpServer server = ScriptedSmtpServer.replying(Map.of(), "451 4.7.1 greylisted, try later")) {
      assertThatThrownBy(() -> provider(server).send(SampleReports.valueError().build()))
          .isInstanceOfSatisfying(DeliveryException.class,
              e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RETRYABLE))
          .hasMessageContaining("greylisted");
    }
  }
}
