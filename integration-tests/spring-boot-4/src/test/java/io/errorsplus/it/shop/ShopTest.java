package io.errorsplus.it.shop;

import static io.errorsplus.it.shop.Shop.url;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.scrub.ReportScrubber;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One Spring Boot 4 application with the default properties (capture {@code undocumented},
 * answers on), a recording provider bean, a provider that always throws and one that hangs.
 */
class ShopTest {

  static final CountDownLatch RELEASE = new CountDownLatch(1);
  static final AtomicInteger HANGING = new AtomicInteger();
  static final AtomicInteger THROWN = new AtomicInteger();
  static Shop shop;

  @BeforeAll
  static void start() throws Exception {
    ErrorProvider throwing = new ErrorProvider() {
      @Override public void send(ErrorReport report) {
        THROWN.incrementAndGet();
        throw new IllegalStateException("this channel is broken");
      }
      @Override public String name() { return "throwing"; }
    };
    ErrorProvider hanging = new ErrorProvider() {
      @Override public void send(ErrorReport report) throws InterruptedException {
        HANGING.incrementAndGet();
        RELEASE.await(); // a channel that never answers, until the test ends
      }
      @Override public String name() { return "hanging"; }
    };
    shop = Shop.start(Map.of("spring.application.name", "shop-it"), throwing, hanging);
  }

  @AfterAll
  static void stop() {
    RELEASE.countDown();
    shop.close();
  }

  @Test
  void documentedExceptionIsAnsweredWithItsStatusAndDetailBodyDespiteTheCatchAllAdvice()
      throws Exception {
    Shop.Response r = shop.get("/items/0");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.contentType()).startsWith("application/json");
    assertThat(r.json()).isEqualTo(json("{\"detail\":\"Item 0 does not exist\",\"code\":\"ITEM_NOT_FOUND\"}"));
  }

  @Test
  void customBodyComesFromTheDtosBodyMethod() throws Exception {
    Shop.Response r = shop.post("/items", "application/json", "{\"name\":\"dup\",\"stock\":1}");
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json()).isEqualTo(json("{\"existing\":\"dup\",\"hint\":\"choose another name\"}"));
  }

  @Test
  void undocumentedExceptionStaysWithTheCatchAllAdviceAndIsCaptured() throws Exception {
    Shop.Response r = shop.get("/items/1");
    assertThat(r.status()).isEqualTo(500);
    assertThat(r.json().get("caughtBy").asText()).isEqualTo("catch-all");
    ErrorReport report = shop.report("GET /items/1", url("/items/1"));
    assertThat(report.statusCode()).isEqualTo(500);
    assertThat(report.errorType()).isEqualTo("IllegalStateException");
    assertThat(report.endpoint()).isEqualTo("/items/{id}");
    assertThat(report.appName()).isEqualTo("shop-it");
  }

  @Test
  void validationFailuresGetTheDocumentedValidationStatus() throws Exception {
    Shop.Response malformed = shop.post("/items", "application/json", "{\"name\": ");
    assertThat(malformed.status()).isEqualTo(422);
    assertThat(malformed.json().get("detail").asText()).isEqualTo("Malformed or unreadable request body");

    Shop.Response invalid = shop.post("/items", "application/json", "{\"name\":\"\",\"stock\":-1}");
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.json().get("detail").asText()).contains("name: ").contains("stock: ");

    Shop.Response mistyped = shop.get("/items/abc");
    assertThat(mistyped.status()).isEqualTo(422);
    assertThat(mistyped.json().get("detail").asText()).isEqualTo("'id' must be of type long");

    Shop.Response constrained = shop.get("/items/0/stock");
    assertThat(constrained.status()).isEqualTo(422);
    assertThat(constrained.json().get("detail").asText()).startsWith("id: ");
    assertThat(shop.get("/items/2/stock").body()).isEqualTo("3");

    Shop.Response missing = shop.get("/items/search");
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.json().get("detail").asText()).isEqualTo("Required parameter 'q' is missing");
  }

  @Test
  void applicationHandlerForTheOwnOrADocumentedSupertypeWinsAndIsStillCaptured() throws Exception {
    Shop.Response own = shop.get("/items/5/locked?n=1");
    assertThat(own.status()).isEqualTo(503);
    assertThat(own.json().get("handledBy").asText()).isEqualTo("controller");
    Shop.Response supertype = shop.get("/items/5/reserved");
    assertThat(supertype.status()).isEqualTo(503);
    assertThat(supertype.json().get("handledBy").asText()).isEqualTo("controller");
    // A 503 is a server error: reported under every policy but off, with the status answered.
    ErrorReport report = shop.report("the locked item", url("/items/5/locked?n=1"));
    assertThat(report.statusCode()).isEqualTo(503);
    assertThat(report.errorType()).isEqualTo("ItemLockedException");
    assertThat(report.operationId()).isEqualTo("locked");
    assertThat(report.documented()).isTrue();
  }

  @Test
  void reportCarriesTheRequestScrubbedWithTheCatalogueFields() throws Exception {
    Shop.Response r = shop.get("/items/2?q=find&api_key=s3cret",
        "Authorization", "Bearer top-secret", "X-Trace", "t-1", "User-Agent", "it-client/1");
    assertThat(r.status()).isEqualTo(409); // answered by type, though not declared for GET
    ErrorReport report = shop.report("the undeclared 409",
        rep -> rep.fullUrl() != null && rep.fullUrl().contains("/items/2?q=find"));
    assertThat(report.method()).isEqualTo("GET");
    assertThat(report.endpoint()).isEqualTo("/items/{id}");
    assertThat(report.statusCode()).isEqualTo(409);
    assertThat(report.operationId()).isEqualTo("get");
    assertThat(report.documented()).isFalse();
    assertThat(report.errorType()).isEqualTo("ItemConflictException");
    assertThat(report.headers()).containsEntry("X-Trace", "t-1");
    assertThat(report.headers().get("Authorization")).isEqualTo(ReportScrubber.FILTERED);
    assertThat(report.queryParams()).containsEntry("q", "find")
        .containsEntry("api_key", ReportScrubber.FILTERED);
    assertThat(report.fullUrl()).doesNotContain("s3cret");
    assertThat(report.userAgent()).isEqualTo("it-client/1");
    assertThat(report.clientIp()).isEqualTo("127.0.0.1");
    assertThat(report.duration()).isPositive();
  }

  @Test
  void jsonBodyIsReportedAsTheApplicationReadItWithSecretsScrubbed() throws Exception {
    String body = "{\"name\":\"crash\",\"stock\":3,\"password\":\"hunter2\"}";
    Shop.Response r = shop.post("/items?trace=body", "application/json", body);
    assertThat(r.status()).isEqualTo(500);
    ErrorReport report = shop.report("the crashed create", url("/items?trace=body"));
    assertThat(report.requestBody()).contains("\"name\":\"crash\"").contains("\"stock\":3")
        .doesNotContain("hunter2");
    assertThat(report.errorDetails()).isEqualTo("crashed on crash");
    assertThat(report.operationId()).isEqualTo("create");
  }

  @Test
  void formBodiesAreReportedAndBinaryBodiesNeverKept() throws Exception {
    Shop.Response form = shop.post("/items/form?kind=form", "application/x-www-form-urlencoded",
        "name=crash&password=pw1");
    assertThat(form.status()).isEqualTo(500);
    ErrorReport formReport = shop.report("the form post", url("/items/form?kind=form"));
    assertThat(formReport.requestBody()).contains("name=crash").doesNotContain("pw1");
    assertThat(formReport.operationId()).isEqualTo("fromForm");

    // POST /items reads only JSON: a binary body gets Spring's 415, which the catch-all advice
    // answers 500, so it is reported, without its body.
    Shop.Response binary = shop.post("/items?kind=binary", "application/octet-stream", "\u0001raw");
    assertThat(binary.status()).isEqualTo(500);
    ErrorReport binaryReport = shop.report("the binary post", url("/items?kind=binary"));
    assertThat(binaryReport.requestBody()).isNull();
  }

  @Test
  void undocumentedPolicyLeavesDocumentedAnswersOut()
      throws Exception {
    assertThat(shop.get("/items/0?policy=documented").status()).isEqualTo(404);
    assertThat(shop.post("/items?policy=validation", "application/json", "{").status())
        .isEqualTo(422);
    // Reports are delivered in capture order: once this one is in, the earlier ones would be.
    assertThat(shop.get("/items/1?policy=sentinel").status()).isEqualTo(500);
    shop.report("the sentinel", url("/items/1?policy=sentinel"));
    assertThat(shop.find(url("/items/0?policy=documented"))).isEmpty();
    // A validation failure is undocumented for its operation (it is no @ErrorDto) and an
    // exception: reported, with the status answered.
    assertThat(shop.find(url("/items?policy=validation")).orElseThrow().statusCode())
        .isEqualTo(422);
  }

  @Test
  void asyncHandlersAreAnsweredAndCaptured() throws Exception {
    Shop.Response later = shop.get("/items/0/later");
    assertThat(later.status()).isEqualTo(404);
    assertThat(later.json().get("code").asText()).isEqualTo("ITEM_NOT_FOUND");
    assertThat(shop.get("/items/3/later").json().get("name").asText()).isEqualTo("later3");

    Shop.Response future = shop.get("/items/4/future");
    assertThat(future.status()).isEqualTo(500);
    ErrorReport report = shop.report("the failed future", url("/items/4/future"));
    assertThat(report.statusCode()).isEqualTo(500);
    assertThat(report.errorDetails()).isEqualTo("future failed for 4");
    assertThat(report.endpoint()).isEqualTo("/items/{id}/future");
    assertThat(report.operationId()).isEqualTo("future");
  }

  @Test
  void failingAndHangingProvidersChangeNeitherAnswersNorTheirTiming() throws Exception {
    assertThat(shop.get("/items/1?provider=first").status()).isEqualTo(500);
    io.errorsplus.dispatch.Await.until("the hanging provider holds a report",
        () -> HANGING.get() > 0 && THROWN.get() > 0);
    long start = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      Shop.Response r = shop.get("/items/1?provider=" + i);
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.json().get("caughtBy").asText()).isEqualTo("catch-all");
      assertThat(shop.get("/items/0?provider=" + i).status()).isEqualTo(404);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    // The hanging provider has not returned (it waits for RELEASE) while all 40 answers came.
    assertThat(RELEASE.await(0, TimeUnit.MILLISECONDS)).isFalse();
    assertThat(elapsed).isLessThan(Duration.ofSeconds(10));
    shop.report("a report after the hang", url("/items/1?provider=19"));
  }

  @Test
  void normalRequestsAreUntouched() throws Exception {
    Shop.Response r = shop.get("/items/7");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json()).isEqualTo(json("{\"name\":\"item7\",\"stock\":1}"));
    Shop.Response created = shop.post("/items", "application/json", "{\"name\":\"new\",\"stock\":2}");
    assertThat(created.status()).isEqualTo(200);
    assertThat(created.json()).isEqualTo(json("{\"name\":\"new\",\"stock\":2}"));
  }

  static JsonNode json(String text) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
  }
}
