package io.errorsplus.dispatch.provider.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.errorsplus.dispatch.DeliveryException;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.ReportField;
import io.errorsplus.dispatch.testing.SampleReports;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mails as GreenMail, a real SMTP server, receives them (plain SMTP to a loopback relay). */
class EmailProviderSmtpTest {

  private GreenMail greenMail;

  @BeforeEach
  void startServer() {
    greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    greenMail.start();
  }

  @AfterEach
  void stopServer() {
    greenMail.stop();
  }

  private EmailProvider.Builder provider() {
    return EmailProvider.builder()
        .smtpServer("127.0.0.1").smtpPort(greenMail.getSmtp().getPort())
        .startTls(false) // GreenMail's SMTP has no STARTTLS; TLS is covered by EmailProviderTlsTest
        .from("alerts@example.com").to("oncall@example.com");
  }

  private MimeMessage onlyMessage() {
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(1);
    return received[0];
  }

  @Test
  void singleReportBecomesOneMultipartAlternativeMailWithSubjectFieldsAndTraceback() throws Exception {
    provider().build().send(SampleReports.valueError().build());

    MimeMessage m = onlyMessage();
    assertThat(m.getSubject()).isEqualTo("[api-plant-manager] 500 ValueError at GET /items/{id}");
    assertThat(m.getFrom()).containsExactly(new InternetAddress("alerts@example.com"));
    assertThat(m.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    assertThat(m.getContentType()).startsWith("multipart/alternative");
    Parts parts = Parts.of(m);
    assertThat(parts.textType).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
    assertThat(parts.htmlType).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
    assertThat(parts.text)
        .contains("500 ValueError at GET /items/{id}")
        .contains("app_name: api-plant-manager")
        .contains("full_url: http://host/items/7?x=1")
        .contains("error_details: plant 7 has no valid watering schedule")
        .contains("duration: 0.012 s")
        .contains("timestamp: 2026-11-18T11:06:40Z")
        .contains("User-Agent: curl/8")
        .contains("    at com.example.plants.Schedule.<init>(Schedule.java:41)".replace("    at", "    \tat"));
    assertThat(parts.html)
        .contains("<th style=\"text-align:left;")
        .contains(">error_details</th>")
        .contains("plant 7 has no valid watering schedule")
        .containsPattern("<pre[^>]*>com\\.example\\.plants\\.ValueError: plant 7 has no valid watering schedule\n"
            + "\tat com\\.example\\.plants\\.Schedule\\.&lt;init&gt;\\(Schedule\\.java:41\\)");
  }

  @Test
  void everyRecipientGetsTheMail() throws Exception {
    provider().to("backend@example.com", "lead@example.org").to("cto@example.net").build()
        .send(SampleReports.valueError().build());

    MimeMessage[] received = greenMail.getReceivedMessages(); // GreenMail keeps one copy per mailbox
    assertThat(received).hasSize(4);
    assertThat(received[0].getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
        .containsExactly("oncall@example.com", "backend@example.com", "lead@example.org", "cto@example.net");
    for (String domain : List.of("example.com", "example.org", "example.net")) {
      assertThat(greenMail.getReceivedMessagesForDomain(domain)).isNotEmpty();
    }
  }

  @Test
  void crlfInReportValuesCannotInjectHeaders() throws Exception {
    ErrorReport hostile = SampleReports.valueError()
        .appName("api\r\nBcc: thief@evil.example")
        .errorType("ValueError\r\nBcc: thief@evil.example\r\nX-Injected: yes")
        .endpoint("/items/{id}\nCc: thief@evil.example\u0000\u202e")
        .build();

    provider().build().send(hostile);

    MimeMessage m = onlyMessage();
    assertThat(m.getHeader("Bcc")).isNull();
    assertThat(m.getHeader("Cc")).isNull();
    assertThat(m.getHeader("X-Injected")).isNull();
    assertThat(m.getAllRecipients()).extracting(Object::toString).containsExactly("oncall@example.com");
    assertThat(greenMail.getReceivedMessagesForDomain("evil.example")).isEmpty();
    List<String> headerNames = new ArrayList<>();
    for (Header h : Collections.list(m.getAllHeaders())) {
      headerNames.add(h.getName());
    }
    assertThat(headerNames).doesNotContain("Bcc", "Cc", "X-Injected");
    assertThat(m.getSubject())
        .isEqualTo("[api Bcc: thief@evil.example] 500 ValueError Bcc: thief@evil.example X-Injected: yes"
            + " at GET /items/{id} Cc: thief@evil.example")
        .doesNotContain("\r", "\n", "\u0000", "\u202e");
  }

  @Test
  void everyValueIsHtmlEscaped() throws Exception {
    ErrorReport hostile = SampleReports.valueError()
        .errorDetails("<script>alert(\"x\")</script> & 'quoted'")
        .header("X-Evil", "\"><img src=x onerror=alert(1)>")
        .endpoint("/items/<b>{id}</b>")
        .build();

    provider().template(MessageTemplate.all().withConstant("env", "<prod & co>")).build().send(hostile);

    Parts parts = Parts.of(onlyMessage());
    assertThat(parts.html)
        .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;")
        .contains("X-Evil: &quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
        .contains("/items/&lt;b&gt;{id}&lt;/b&gt;")
        .contains("&lt;prod &amp; co&gt;")
        .doesNotContain("<script", "<img", "<b>{id}");
    // the plain-text part shows the values as they are
    assertThat(parts.text).contains("<script>alert(\"x\")</script> & 'quoted'");
  }

  @Test
  void templateChoosesTheFieldsShown() throws Exception {
    provider().template(MessageTemplate.all().without(ReportField.TRACEBACK, ReportField.HEADERS))
        .build().send(SampleReports.valueError().build());

    Parts parts = Parts.of(onlyMessage());
    assertThat(parts.text).contains("error_details:").doesNotContain("traceback", "User-Agent: curl/8");
    assertThat(parts.html).doesNotContain("<pre", "Schedule.java", ">headers<");
  }

  @Test
  void digestOfSevenReportsWithThreeFingerprintsIsOneMailWithThreeEntriesAndCounts() throws Exception {
    long t = SampleReports.T0;
    List<ErrorReport> batch = List.of(
        SampleReports.of("fp-a", "ValueError", "GET", "/items/{id}", t),
        SampleReports.of("fp-b", "KeyError", "POST", "/items", t + 1_000),
        SampleReports.of("fp-a", "ValueError", "GET", "/items/{id}", t + 2_000),
        SampleReports.of("fp-c", "TimeoutError", "GET", "/plants", t + 3_000),
        SampleReports.of("fp-b", "KeyError", "POST", "/items", t + 4_000),
        // a repeat summary from de-duplication counts as many as it says
        SampleReports.of("fp-a", "ValueError", "GET", "/items/{id}", t + 5_000).toBuilder().occurrences(2).build(),
        SampleReports.of("fp-a", "ValueError", "GET", "/items/{id}", t + 30_000));

    provider().build().sendBatch(batch);

    MimeMessage m = onlyMessage();
    assertThat(m.getSubject()).isEqualTo("[api-plant-manager] 8 errors (3 distinct) in the last 60 s");
    Parts parts = Parts.of(m);
    assertThat(parts.text).contains(
        "1. 5 x 500 ValueError at GET /items/{id}\n   first 2026-11-18T11:06:40Z, last 2026-11-18T11:07:10Z\n",
        "2. 2 x 500 KeyError at POST /items\n   first 2026-11-18T11:06:41Z, last 2026-11-18T11:06:44Z\n",
        "3. 1 x 500 TimeoutError at GET /plants\n   first 2026-11-18T11:06:43Z, last 2026-11-18T11:06:43Z\n");
    // one sample with full details per distinct error
    assertThat(parts.html.split("<h3 ", -1)).hasSize(4);
    assertThat(parts.html.split("<pre ", -1)).hasSize(4);
    assertThat(parts.html)
        .contains("<a href=\"#error-1\">500 ValueError at GET /items/{id}</a>")
        .contains("<a href=\"#error-2\">500 KeyError at POST /items</a>")
        .contains("<a href=\"#error-3\">500 TimeoutError at GET /plants</a>")
        .contains("(5 times)</span>", "(2 times)</span>", "(1 time)</span>");
  }

  @Test
  void digestWithManyDistinctErrorsListsAllButDetailsOnlyTheFirst() throws Exception {
    List<ErrorReport> batch = new ArrayList<>();
    int distinct = ReportMailWriter.MAX_DETAILED_ERRORS + 5;
    for (int i = 0; i < distinct; i++) {
      batch.add(SampleReports.of("fp-" + i, "Error" + i, "GET", "/r" + i, SampleReports.T0 + i));
    }

    provider().build().sendBatch(batch);

    Parts parts = Parts.of(onlyMessage());
    assertThat(parts.text).contains(distinct + ". 1 x 500 Error" + (distinct - 1) + " at GET /r" + (distinct - 1))
        .contains("Details of the other 5 distinct errors are left out");
    assertThat(parts.html.split("<h3 ", -1)).hasSize(ReportMailWriter.MAX_DETAILED_ERRORS + 1);
    assertThat(parts.html).contains("500 Error" + (distinct - 1) + " at GET /r" + (distinct - 1))
        .doesNotContain("href=\"#error-" + distinct + "\"");
  }

  @Test
  void digestReplayedLongAfterSaysSinceWhenNotInTheLastWindow() throws Exception {
    long t = SampleReports.T0;
    provider().build().sendBatch(List.of(
        SampleReports.of("fp-a", "ValueError", "GET", "/items/{id}", t),
        SampleReports.of("fp-a", "ValueError", "GET", "/items/{id}", t + 3_600_000)));

    assertThat(onlyMessage().getSubject())
        .isEqualTo("[api-plant-manager] 2 errors (1 distinct) since 2026-11-18 11:06 UTC");
  }

  @Test
  void batchOfOneIsASingleReportMailAndSubjectPrefixReplacesTheAppName() throws Exception {
    provider().subjectPrefix("[prod] errors").build().sendBatch(List.of(SampleReports.valueError().build()));

    assertThat(onlyMessage().getSubject()).isEqualTo("[prod] errors 500 ValueError at GET /items/{id}");
  }

  @Test
  void repeatSummarySaysHowOftenInTheSubject() throws Exception {
    provider().build().send(SampleReports.valueError().occurrences(3).build());

    assertThat(onlyMessage().getSubject()).isEqualTo("[api-plant-manager] 500 ValueError at GET /items/{id} (3 times)");
  }

  @Test
  void longSubjectIsCappedOnOneLine() throws Exception {
    provider().build().send(SampleReports.valueError().endpoint("/" + "very-long-segment/".repeat(40)).build());

    String subject = onlyMessage().getSubject();
    assertThat(subject).hasSize(SubjectLine.MAX_LENGTH).endsWith("\u2026").startsWith("[api-plant-manager] 500");
  }

  @Test
  void serverDownThrowsRetryableThenDeliversOnceItIsUp() throws Exception {
    greenMail.stop();
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    EmailProvider email = EmailProvider.builder().smtpServer("127.0.0.1").smtpPort(port).startTls(false)
        .connectTimeout(Duration.ofSeconds(2)).from("alerts@example.com").to("oncall@example.com").build();

    assertThatThrownBy(() -> email.send(SampleReports.valueError().build()))
        .isInstanceOfSatisfying(DeliveryException.class,
            e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RETRYABLE))
        .hasMessageContaining("127.0.0.1:" + port);

    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    email.send(SampleReports.valueError().build());
    assertThat(onlyMessage().getSubject()).contains("ValueError");
  }

  @Test
  void serverThatNeverAnswersFailsWithinTheReadTimeout() throws Exception {
    try (ScriptedSmtpServer silent = ScriptedSmtpServer.silent()) {
      EmailProvider email = EmailProvider.builder().smtpServer("127.0.0.1").smtpPort(silent.port()).startTls(false)
          .readTimeout(Duration.ofMillis(300)).connectTimeout(Duration.ofMillis(300))
          .from("alerts@example.com").to("oncall@example.com").build();

      // Without a read timeout Jakarta Mail would wait for the greeting forever.
      assertTimeoutPreemptively(Duration.ofSeconds(8), () ->
          assertThatThrownBy(() -> email.send(SampleReports.valueError().build()))
              .isInstanceOfSatisfying(DeliveryException.class,
                  e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RETRYABLE)));
      assertThat(silent.connections.get()).isEqualTo(1);
    }
  }

  /** The text and HTML alternatives of a received mail. */
  record Parts(String text, String textType, String html, String htmlType) {
    static Parts of(MimeMessage m) throws Exception {
      MimeMultipart mp = (MimeMultipart) m.getContent();
      assertThat(mp.getCount()).isEqualTo(2);
      // SMTP carries lines ending in CRLF; compare with the LF the writer produced
      return new Parts(lf(mp.getBodyPart(0).getContent()), mp.getBodyPart(0).getContentType(),
          lf(mp.getBodyPart(1).getContent()), mp.getBodyPart(1).getContentType());
    }

    private static String lf(Object content) {
      return ((String) content).replace("\r\n", "\n");
    }
  }
}
