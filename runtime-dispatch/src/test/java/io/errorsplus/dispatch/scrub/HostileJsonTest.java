package io.errorsplus.dispatch.scrub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Request bodies written by an attacker: the scrubber must read them as the application's own
 * JSON parser (Jackson) does, within bounds, and never let a secret through, whatever path it
 * takes (parsed and masked, or the best-effort path).
 */
class HostileJsonTest {

  private static final String F = "[Filtered]";
  private static final ObjectMapper JACKSON = new ObjectMapper();
  /** Large enough that truncation never hides what is asserted. */
  private final ReportScrubber scrubber =
      new ReportScrubber(ScrubbingOptions.builder().maxBodyBytes(4 * 1024 * 1024).build());

  private String json(String body) {
    return scrubber.scrubBody("application/json", body);
  }

  @Test
  void duplicateSecretKeysAreAllMasked() throws Exception {
    String out = json("{\"password\":\"a\",\"password\":\"b\",\"user\":{\"token\":\"c\",\"token\":\"d\"}}");

    assertThat(out).isEqualTo("{\"password\":\"" + F + "\",\"password\":\"" + F + "\",\"user\":{\"token\":\"" + F
        + "\",\"token\":\"" + F + "\"}}");
    // Whichever duplicate the application's parser keeps, it is masked.
    assertThat(JACKSON.readTree(out).path("password").asText()).isEqualTo(F);
  }

  @Test
  void escapedSecretKeysAreRecognisedAsTheParserDecodesThem() {
    assertThat(json("{\"pass\\u0077ord\":\"hunter2\"}")).doesNotContain("hunter2").contains(F);
    assertThat(json("{\"pass\\u0077ord\":\"hunter2\", broken")).doesNotContain("hunter2");
  }

  @Test
  void deepNestingWithinTheBoundIsParsedAndBeyondItTakesTheBestEffortPath() throws Exception {
    String inside = "[".repeat(200) + "{\"password\":\"hunter2\",\"n\":1}" + "]".repeat(200);
    String parsed = json(inside);
    assertThat(parsed).doesNotContain("hunter2");
    assertThat(JACKSON.readTree(parsed).at("/0".repeat(200) + "/password").asText()).isEqualTo(F);

    String deep = "{\"password\":\"hunter2\",\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    String out = json(deep); // no StackOverflowError: streaming, then a linear scan
    assertThat(out).doesNotContain("hunter2").startsWith("{\"password\":\"" + F + "\"");
  }

  @Test
  void hugeNumbersAreKeptExactlyWithinTheBoundAndBeyondItTheSecretsAreStillMasked() throws Exception {
    String digits = "9".repeat(900) + ".5e-7";
    String out = json("{\"n\":" + digits + ",\"password\":\"hunter2\"}");
    assertThat(out).isEqualTo("{\"n\":" + digits + ",\"password\":\"" + F + "\"}");

    String tooLong = "1".repeat(50_000);
    String masked = json("{\"n\":" + tooLong + ",\"password\":\"hunter2\",\"api_key\":123}");
    assertThat(masked).doesNotContain("hunter2").doesNotContain(":123").contains("\"password\":\"" + F + "\"");
  }

  @Test
  void hugeStringsDoNotHideTheSecretsNextToThem() {
    String big = "x".repeat(900_000);
    String out = json("{\"note\":\"" + big + "\",\"password\":\"hunter2\"}");
    assertThat(out).doesNotContain("hunter2").endsWith("\"password\":\"" + F + "\"}");

    String tooBig = "y".repeat(1_100_000); // over the parser's string bound and the parse limit
    String cut = json("{\"password\":\"hunter2\",\"note\":\"" + tooBig + "\"}");
    assertThat(cut).doesNotContain("hunter2");
  }

  @Test
  void invalidJsonTakesTheBestEffortPath() {
    // Single quotes, a bare word, an object under a secret key, a trailing comma, text after the value.
    String out = json("{'password': 'hunter2', \"token\": bare-word, \"secret\": {\"inner\": \"s3\"}, \"ok\": 1,}");
    assertThat(out).doesNotContain("hunter2").doesNotContain("bare-word").doesNotContain("s3").contains("\"ok\": 1");
    assertThat(json("{\"a\":1} {\"password\":\"hunter2\"}")).doesNotContain("hunter2");
    assertThat(json("01")).isEqualTo("01"); // not JSON (a leading zero), kept as text: nothing secret in it
    assertThat(json("{\"password\":\"hunter2\",\"n\":01}")).doesNotContain("hunter2");
  }

  @Test
  void aNonSecretValueHoldingSecretKeysInBrokenJsonIsScannedInside() {
    String out = json("{\"user\": {\"name\": \"ann\", \"password\": \"hunter2\"}, oops");
    assertThat(out).doesNotContain("hunter2").contains("\"name\": \"ann\"");
  }

  @Test
  void jsonInAFormFieldIsMaskedLikeABody() {
    String body = "name=ann&data=" + java.net.URLEncoder.encode("{\"password\":\"hunter2\",\"x\":1}",
        StandardCharsets.UTF_8) + "&token=abc";
    String out = scrubber.scrubBody("application/x-www-form-urlencoded", body);
    String decoded = URLDecoder.decode(out, StandardCharsets.UTF_8);

    assertThat(decoded).doesNotContain("hunter2").doesNotContain("abc")
        .contains("data={\"password\":\"" + F + "\",\"x\":1}").startsWith("name=ann&");
  }

  @Test
  void jsonInAQueryParameterIsMasked() {
    var report = io.errorsplus.dispatch.ErrorReport.builder()
        .queryParam("filter", "{\"session\":\"s3cr3t\",\"q\":\"pumps\"}")
        .fullUrl("http://host/items?filter=" + java.net.URLEncoder.encode("{\"session\":\"s3cr3t\"}", StandardCharsets.UTF_8))
        .build();
    var scrubbed = scrubber.scrub(report);
    assertThat(scrubbed.queryParams().get("filter")).doesNotContain("s3cr3t").contains("\"q\":\"pumps\"");
    assertThat(URLDecoder.decode(scrubbed.fullUrl(), StandardCharsets.UTF_8)).doesNotContain("s3cr3t");
  }

  @Test
  void whatParsesIsRewrittenAsValidJsonTheApplicationReadsTheSame() throws Exception {
    String body = "{\"a\":[1,-0,2.50,1e400,true,null,\"\\u2028\\n\\\"\"],\"b\":{\"c\":\"é😀\"}}";
    JsonNode in = JACKSON.readTree(body);
    JsonNode out = JACKSON.readTree(json(body));
    assertThat(out).isEqualTo(in);
  }
}
