package io.errorsplus.dispatch.provider.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.ReportField;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The record value must be exactly {@code report.toJson(template)} in UTF-8, for any text. */
class ReportJsonEncoderTest {

  /** Characters that take every path: ASCII, escapes, control, 2- and 3-byte, U+2028/9, surrogates. */
  private static final char[] ALPHABET = {
      'a', 'Z', '0', ' ', '"', '\\', '/', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u001f', '\u007f',
      'é', '\u07ff', '\u0800', '✓', '\u2028', '\u2029', '\uffff', '\ud83d', '\ude00', '\udc00', '\ud800'};

  @Test
  void matchesToJsonForEveryKindOfCharacter() {
    Random random = new Random(42);
    for (int i = 0; i < 2_000; i++) {
      ErrorReport report = ErrorReport.builder()
          .appName(text(random)).endpoint(text(random)).fullUrl(text(random)).method("GET")
          .statusCode(random.nextInt(600)).duration(Duration.ofNanos(random.nextInt(Integer.MAX_VALUE)))
          .header(text(random), text(random)).header("User-Agent", text(random)).queryParam(text(random), text(random))
          .requestBody("text/plain", random.nextBoolean() ? null : text(random))
          .clientIp(text(random)).errorDetails(text(random)).errorType(text(random)).traceback(text(random))
          .timestamp(random.nextLong()).guidError(text(random)).exceptionClass(text(random))
          .operationId(random.nextBoolean() ? null : text(random)).documented(random.nextBoolean())
          .errorCode(text(random)).fingerprint(text(random)).occurrences(1 + random.nextInt(1000))
          .build();
      MessageTemplate template = switch (i % 3) {
        case 0 -> MessageTemplate.all();
        case 1 -> MessageTemplate.all().without(ReportField.TRACEBACK).withConstant(text(random) + "x", text(random));
        default -> MessageTemplate.of(ReportField.DURATION, ReportField.HEADERS).withConstant("n", random.nextDouble())
            .withConstant("ok", true).withConstant("count", 7L);
      };
      byte[] expected = report.toJson(template).getBytes(StandardCharsets.UTF_8);
      assertThat(new ReportJsonEncoder(template).encode(report)).as("report %d", i).isEqualTo(expected);
    }
  }

  @Test
  void largeValuesAndBufferReuseStayExact() {
    ReportJsonEncoder encoder = new ReportJsonEncoder(MessageTemplate.all());
    ErrorReport big = ErrorReport.builder().traceback("\u00e9\"x".repeat(200_000)).build();
    ErrorReport small = ErrorReport.builder().error(new IllegalStateException("boom")).build();
    ErrorReport plain = ErrorReport.builder().errorDetails("plain ascii run ".repeat(5_000) + "\"end\"").build();
    for (ErrorReport r : new ErrorReport[] {small, big, plain, small, big, plain}) {
      assertThat(encoder.encode(r)).isEqualTo(r.toJson(MessageTemplate.all()).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String text(Random random) {
    int n = random.nextInt(40);
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return s.toString();
  }
}
