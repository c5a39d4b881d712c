package io.errorsplus.dispatch.provider.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.errorsplus.dispatch.Await;
import io.errorsplus.dispatch.DeliveryOptions;
import io.errorsplus.dispatch.ErrorDispatcher;
import io.errorsplus.dispatch.ProviderStats;
import io.errorsplus.dispatch.testing.SampleReports;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider behind the real {@link ErrorDispatcher}: digests, outage and recovery, failures in the log. */
class EmailProviderDispatcherTest {

  @TempDir Path spool;
  private GreenMail greenMail;

  @AfterEach
  void stopServer() {
    if (greenMail != null) {
      greenMail.stop();
    }
  }

  private static EmailProvider.Builder email(int port) {
    return EmailProvider.builder().smtpServer("127.0.0.1").smtpPort(port).startTls(false)
        .from("alerts@example.com").to("oncall@example.com");
  }

  private ErrorDispatcher dispatcher(EmailProvider email, DeliveryOptions options) {
    return ErrorDispatcher.builder().appName("api-plant-manager").provider(email, options)
        .spoolDirectory(spool).shutdownHook(false).build();
  }

  @Test
  void flushSendsTheOpenDigestAsOneMailWithCountsPerDistinctError() throws Exception {
    greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    greenMail.start();
    EmailProvider email = email(greenMail.getSmtp().getPort()).build();

    try (ErrorDispatcher dispatcher = dispatcher(email, email.deliveryOptions())) {
      long t = System.currentTimeMillis();
      String[][] errors = {
          {"fp-a", "ValueError", "/items/{id}"}, {"fp-b", "KeyError", "/items"}, {"fp-a", "ValueError", "/items/{id}"},
          {"fp-c", "TimeoutError", "/plants"}, {"fp-a", "ValueError", "/items/{id}"}, {"fp-b", "KeyError", "/items"},
          {"fp-a", "ValueError", "/items/{id}"}};
      for (String[] e : errors) {
        dispatcher.capture(SampleReports.of(e[0], e[1], "GET", e[2], t++));
      }
      // the digest window is 60 s: nothing is sent before the flush
      assertThat(greenMail.getReceivedMessages()).isEmpty();
      assertThat(dispatcher.flush(Duration.ofSeconds(20))).isTrue();

      MimeMessage[] received = greenMail.getReceivedMessages();
      assertThat(received).hasSize(1);
      assertThat(received[0].getSubject()).isEqualTo("[api-plant-manager] 7 errors (3 distinct) in the last 60 s");
      String text = ((String) ((MimeMultipart) received[0].getContent()).getBodyPart(0).getContent())
          .replace("\r\n", "\n");
      assertThat(text).contains("1. 4 x 500 ValueError at GET /items/{id}\n", "2. 2 x 500 KeyError at GET /items\n",
          "3. 1 x 500 TimeoutError at GET /plants\n");
      assertThat(dispatcher.stats().provider(email.name()).delivered()).isEqualTo(7);
    }
  }

  @Test
  void withTheDigestOffRepeatsAreFoldedIntoOneSummaryMail() throws Exception {
    greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    greenMail.start();
    EmailProvider email = email(greenMail.getSmtp().getPort()).digestWindow(Duration.ZERO).build();

    try (ErrorDispatcher dispatcher = dispatcher(email, email.deliveryOptions())) {
      for (int i = 0; i < 5; i++) {
        dispatcher.capture(SampleReports.of("fp-a", "ValueError", "GET", "/items/{id}", System.currentTimeMillis()));
      }
      assertThat(dispatcher.flush(Duration.ofSeconds(20))).isTrue();

      // the first at once, the four repeats as one summary: two mails, not five
      MimeMessage[] received = greenMail.getReceivedMessages();
      assertThat(received).hasSize(2);
      assertThat(received[0].getSubject()).isEqualTo("[api-plant-manager] 500 ValueError at GET /items/{id}");
      assertThat(received[1].getSubject()).matches("\\[api-plant-manager] 500 ValueError at GET /items/\\{id} \\(\\d times\\)");
    }
  }

  @Test
  void reportsCapturedWhileTheServerIsDownAreMailedAfterItComesBackNothingLost() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    EmailProvider email = email(port).connectTimeout(Duration.ofSeconds(2)).build();
    DeliveryOptions quickRetries = email.deliveryOptions().toBuilder()
        .maxAttempts(2).backoff(Duration.ofMillis(50), Duration.ofMillis(300)).build();

    try (ErrorDispatcher dispatcher = dispatcher(email, quickRetries)) {
      long t = System.currentTimeMillis();
      dispatcher.capture(SampleReports.of("fp-a", "ValueError", "GET", "/items/{id}", t));
      dispatcher.capture(SampleReports.of("fp-a", "ValueError", "GET", "/items/{id}", t + 1));
      dispatcher.capture(SampleReports.of("fp-b", "KeyError", "POST", "/items", t + 2));
      dispatcher.flush(Duration.ofSeconds(20)); // the digest goes out, fails twice, lands in the spool
      ProviderStats down = dispatcher.stats().provider(email.name());
      assertThat(down.spooled()).isEqualTo(3);
      assertThat(down.delivered()).isZero();
      assertThat(down.lastFailureMessage()).contains("127.0.0.1:" + port);

      greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      greenMail.start();

      Await.until("the spooled digest is mailed", Duration.ofSeconds(30), () -> greenMail.getReceivedMessages().length >= 1);
      Await.until("the replay is counted", Duration.ofSeconds(30), () -> dispatcher.stats().provider(email.name()).replayed() == 3);
      MimeMessage[] received = greenMail.getReceivedMessages();
      assertThat(received).hasSize(1);
      assertThat(received[0].getSubject()).startsWith("[api-plant-manager] 3 errors (2 distinct)");
      assertThat(dispatcher.stats().provider(email.name()).dropped()).isZero();
    }
  }

  @Test
  void aRefusedPasswordDisablesTheProviderAndNeverReachesTheLog() throws Exception {
    String user = "alerts@example.com";
    String secret = "Very-Secret-Password-42";
    greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
        .withConfiguration(GreenMailConfiguration.aConfig().withUser(user, user, "the-right-one"));
    greenMail.start();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    try (TlsFront front = new TlsFront(TlsFront.Mode.STARTTLS, TestCertificates.localhostServerContext(),
        greenMail.getSmtp().getPort())) {
      EmailProvider email = email(front.port()).startTls(true).username(user).password(secret)
          .trustStore(TestCertificates.localhostTrustStore()).build();
      System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8)); // slf4j-simple writes here
      try (ErrorDispatcher dispatcher = dispatcher(email, email.deliveryOptions())) {
        dispatcher.capture(SampleReports.valueError().build());
        dispatcher.flush(Duration.ofSeconds(20));

        ProviderStats stats = dispatcher.stats().provider(email.name());
        assertThat(stats.disabled()).isTrue();
        assertThat(stats.spooled()).isEqualTo(1); // kept, not dropped
        assertThat(stats.lastFailureMessage()).contains("refused the credentials").doesNotContain(secret);
      }
    } finally {
      System.setErr(stderr);
    }
    String logged = log.toString(StandardCharsets.UTF_8);
    assertThat(logged).contains("refused the credentials").doesNotContain(secret);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

}
