package io.errorsplus.it.shop;

import static io.errorsplus.it.shop.Shop.url;
import static org.assertj.core.api.Assertions.assertThat;

import io.errorsplus.dispatch.ErrorReport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code server-errors} and {@code off} policies ({@code undocumented} and {@code all} are
 * covered by the other tests), each on its own application with the same three failures.
 */
class CapturePoliciesTest {

  @Test
  void serverErrorsReportsOnlyFiveHundreds() throws Exception {
    try (Shop shop = Shop.start(Map.of("errors-plus.capture", "server-errors"))) {
      List<String> reported = answerThreeFailures(shop, 404, 409);
      assertThat(reported).containsExactly("/items/1");
    }
  }

  @Test
  void offReportsNothingAndAnswerFalseLeavesDocumentedExceptionsToTheApplication()
      throws Exception {
    try (Shop shop = Shop.start(Map.of("errors-plus.capture", "off", "errors-plus.answer", "false"))) {
      // Without errors-plus's answers the catch-all advice takes the documented exceptions too.
      List<String> reported = answerThreeFailures(shop, 500, 500);
      assertThat(reported).isEmpty();
    }
  }

  /** A documented 404, an undeclared 409 and a 500; which of them were reported. */
  private static List<String> answerThreeFailures(Shop shop, int documented, int undeclared)
      throws Exception {
    assertThat(shop.get("/items/0").status()).isEqualTo(documented);
    assertThat(shop.get("/items/2").status()).isEqualTo(undeclared);
    assertThat(shop.get("/items/1").status()).isEqualTo(500);
    // The filter captures once the answer is written; a request after these three has then
    // been answered, so their captures are queued and flush delivers them.
    assertThat(shop.get("/items/7").status()).isEqualTo(200);
    assertThat(shop.dispatcher().flush(Duration.ofSeconds(10))).isTrue();
    return shop.recorder.reports().stream().map(ErrorReport::fullUrl)
        .map(u -> u.substring(u.indexOf("/items"))).toList();
  }
}
