package io.errorsplus.dispatch.scrub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorsplus.dispatch.ErrorReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportScrubberTest {

  private static final String F = "[Filtered]";
  private final ReportScrubber scrubber = new ReportScrubber(ScrubbingOptions.defaults());

  @ParameterizedTest
  @ValueSource(strings = {"Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-Api-Key",
      "X-Auth-Token", "authorization", "X-Session-Id", "X-Client-Secret", "X-CSRF-Token", "X-Credentials"})
  void secretHeadersAreFiltered(String header) {
    ErrorReport r = scrubber.scrub(ErrorReport.builder().header(header, "s3cr3t").header("Accept", "text/html").build());
    assertThat(r.headers()).containsEntry(header, F).containsEntry("Accept", "text/html");
  }

  @ParameterizedTest
  @ValueSource(strings = {"token", "access_token", "client_secret", "password", "PASSWD", "api_key", "apikey",
      "apiKey", "API Key", "api-key", "sessionid", "credentials"})
  void secretQueryParametersAreFiltered(String name) {
    ErrorReport r = scrubber.scrub(ErrorReport.builder().queryParam(name, "s3cr3t").queryParam("page", "2").build());
    assertThat(r.queryParams()).containsEntry(name, F).containsEntry("page", "2");
  }

  @Test
  void secretsInTheFullUrlAreFiltered() {
    assertThat(scrubber.scrubUrl("https://h/items?page=2&access_token=abc&api%5Fkey=k#top"))
        .isEqualTo("https://h/items?page=2&access_token=" + F + "&api%5Fkey=" + F + "#top");
    assertThat(scrubber.scrubUrl("https://bob:hunter2@h:8443/x")).isEqualTo("https://bob:" + F + "@h:8443/x");
    assertThat(scrubber.scrubUrl("/relative?password=x")).isEqualTo("/relative?password=" + F);
    assertThat(scrubber.scrubUrl("http://h/plain")).isEqualTo("http://h/plain");
  }

  @Test
  void jsonBodiesAreMaskedRecursively() throws Exception {
    String body = "{\"user\":{\"name\":\"ann\",\"password\":\"hunter2\"},\"items\":[{\"apiKey\":\"k\",\"n\":1}],"
        + "\"Token\":123,\"refresh_token\":{\"nested\":\"gone\"},\"ok\":[1,2.5,true,null]}";
    String out = scrubber.scrubBody("application/json; charset=utf-8", body);
    JsonNode json = new ObjectMapper().readTree(out);
    assertThat(json.at("/user/name").asText()).isEqualTo("ann");
    assertThat(json.at("/user/password").asText()).isEqualTo(F);
    assertThat(json.at("/items/0/apiKey").asText()).isEqualTo(F);
    assertThat(json.at("/items/0/n").asInt()).isEqualTo(1);
    assertThat(json.at("/Token").asText()).isEqualTo(F);
    assertThat(json.at("/refresh_token").asText()).isEqualTo(F);
    assertThat(json.at("/ok").toString()).isEqualTo("[1,2.5,true,null]");
    assertThat(out).doesNotContain("hunter2").doesNotContain("gone");
  }

  @Test
  void jsonThatDoesNotParseIsMaskedBestEffort() {
    String out = scrubber.scrubBody("application/json", "{\"password\": \"hunter2\", \"token\":42, \"name\":\"ann\", \"secret\":\"cut of");
    assertThat(out).doesNotContain("hunter2").doesNotContain("42").doesNotContain("cut of")
        .contains("\"name\":\"ann\"").contains("\"password\": \"" + F + "\"");
  }

  @Test
  void longBrokenJsonIsMaskedWithoutExhaustingTheStack() {
    String broken = "{\"password\":\"hunter2\",\"note\":\"" + "a\\\"b".repeat(50_000); // unterminated
    String out = scrubber.scrubBody("application/json", broken);
    assertThat(out).startsWith("{\"password\":\"" + F + "\"").contains("…[truncated,").doesNotContain("hunter2");
  }

  @Test
  void problemJsonCountsAsJson() {
    assertThat(scrubber.scrubBody("application/problem+json", "{\"password\":\"x\"}"))
        .isEqualTo("{\"password\":\"" + F + "\"}");
  }

  @Test
  void formBodiesAreMasked() {
    assertThat(scrubber.scrubBody("application/x-www-form-urlencoded", "user=ann&password=hunter2&api_key=k&x"))
        .isEqualTo("user=ann&password=" + F + "&api_key=" + F + "&x");
  }

  @Test
  void otherBodiesAreSummarised() {
    assertThat(scrubber.scrubBody("text/plain", "password=hunter2")).isEqualTo("[text/plain, 16 bytes]");
    assertThat(scrubber.scrubBody("application/octet-stream", "é")).isEqualTo("[application/octet-stream, 2 bytes]");
    assertThat(scrubber.scrubBody(null, "abc")).isEqualTo("[unknown content type, 3 bytes]");
    assertThat(scrubber.scrubBody("text/plain", null)).isNull();
  }

  @Test
  void bodiesAreTruncatedAtTheConfiguredSizeWithAMarker() {
    String big = "{\"data\":\"" + "x".repeat(20_000) + "\"}";
    String out = scrubber.scrubBody("application/json", big);
    assertThat(out).endsWith("…[truncated, 20011 bytes in total]");
    assertThat(out.length()).isLessThan(8 * 1024 + 60);

    ReportScrubber small = new ReportScrubber(ScrubbingOptions.builder().maxBodyBytes(10).build());
    assertThat(small.scrubBody("application/x-www-form-urlencoded", "a=123456789012345"))
        .isEqualTo("a=12345678…[truncated, 17 bytes in total]");
  }

  @Test
  void aBodyTooLargeToParseIsCutThenMaskedBestEffort() {
    String huge = "{\"password\":\"hunter2\",\"data\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    String out = scrubber.scrubBody("application/json", huge);
    assertThat(out).startsWith("{\"password\":\"" + F + "\",\"data\":\"xxx")
        .endsWith("…[truncated, " + huge.length() + " bytes in total]").doesNotContain("hunter2");
    assertThat(out.split("truncated", -1)).hasSize(2); // one marker
  }

  @Test
  void clientIpIsTheDirectPeerUnlessItIsATrustedProxy() {
    ErrorReport spoofed = ErrorReport.builder().clientIp("203.0.113.9").header("X-Forwarded-For", "1.2.3.4").build();
    assertThat(scrubber.scrub(spoofed).clientIp()).isEqualTo("203.0.113.9");

    ReportScrubber behindProxy = new ReportScrubber(ScrubbingOptions.builder().trustedProxies("10.0.0.0/8", "fd00::/8").build());
    assertThat(behindProxy.scrub(spoofed).clientIp()).isEqualTo("203.0.113.9"); // peer not trusted: header ignored

    ErrorReport viaProxies = ErrorReport.builder().clientIp("10.0.0.2")
        .header("X-Forwarded-For", "6.6.6.6, 198.51.100.7, 10.1.1.1").build();
    assertThat(behindProxy.scrub(viaProxies).clientIp()).isEqualTo("198.51.100.7"); // right-most untrusted hop

    ErrorReport forwarded = ErrorReport.builder().clientIp("[fd00::1]:443")
        .header("Forwarded", "for=6.6.6.6, for=\"[2001:db8::7]:4711\";proto=https, for=10.0.0.5").build();
    assertThat(behindProxy.scrub(forwarded).clientIp()).isEqualTo("2001:db8::7");

    ErrorReport allTrusted = ErrorReport.builder().clientIp("10.0.0.2").header("X-Forwarded-For", "10.9.9.9, 10.0.0.3").build();
    assertThat(behindProxy.scrub(allTrusted).clientIp()).isEqualTo("10.9.9.9");

    ErrorReport noHeader = ErrorReport.builder().clientIp("10.0.0.2").build();
    assertThat(behindProxy.scrub(noHeader).clientIp()).isEqualTo("10.0.0.2");
  }

  @Test
  void aBadTrustedProxyIsRefusedWithTheFix() {
    assertThatThrownBy(() -> ScrubbingOptions.builder().trustedProxies("proxy.internal"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.0.0.0/8").hasMessageContaining("not resolved");
    assertThatThrownBy(() -> ScrubbingOptions.builder().trustedProxies("10.0.0.0/33"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prefix length");
  }

  @Test
  void userRulesExtendTheBuiltInOnes() {
    ReportScrubber custom = new ReportScrubber(ScrubbingOptions.builder()
        .secretKey(name -> name.equalsIgnoreCase("iban"))
        .secretHeader("X-Tenant-Signature")
        .rule(r -> r.toBuilder().errorDetails(r.errorDetails().replaceAll("[\\w.]+@[\\w.]+", "[email]")).build())
        .build());
    ErrorReport r = custom.scrub(ErrorReport.builder()
        .header("X-Tenant-Signature", "sig").queryParam("IBAN", "DE00")
        .requestBody("application/json", "{\"iban\":\"DE00\",\"password\":\"p\"}")
        .errorDetails("no account for ann@example.com").build());
    assertThat(r.headers()).containsEntry("X-Tenant-Signature", F);
    assertThat(r.queryParams()).containsEntry("IBAN", F);
    assertThat(r.requestBody()).isEqualTo("{\"iban\":\"" + F + "\",\"password\":\"" + F + "\"}");
    assertThat(r.errorDetails()).isEqualTo("no account for [email]");
  }
}
