package io.errorsplus.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseMergerTest {

  private static final TypeSchema BODY = new TypeSchema.Ref("ErrorBody");

  private static ExampleDoc example(String name, String detail) {
    return new ExampleDoc(name, "", JsonText.object("detail", detail));
  }

  private static ErrorContribution dto(String key, int status, String message, ExampleDoc... examples) {
    return new ErrorContribution(status, ErrorContribution.Kind.DTO, key, message, "application/json",
        BODY, List.of(examples));
  }

  private static ErrorContribution response(int status, String description, TypeSchema schema,
      ExampleDoc... examples) {
    return new ErrorContribution(status, ErrorContribution.Kind.RESPONSE, "response", description,
        "application/json", schema, List.of(examples));
  }

  @Test
  void equalExamplesAreSkippedAndDifferentOnesNumbered() {
    List<ResponseDoc> merged = ResponseMerger.merge(List.of(
        dto("a", 404, "A", example("E", "one")),
        dto("b", 404, "B", example("E", "one"), example("E", "two")),
        dto("c", 404, "C", example("E", "three"), example("E", "two"))));
    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).content().get("application/json").examples())
        .extracting(ExampleDoc::name).containsExactly("E", "E_2", "E_3");
    assertThat(merged.get(0).description()).isEqualTo("Not Found");
  }

  @Test
  void descriptionRules() {
    assertThat(ResponseMerger.merge(List.of(dto("a", 404, "A"), dto("a", 404, "A")))
        .get(0).description()).as("one contributor listed twice").isEqualTo("A");
    assertThat(ResponseMerger.merge(List.of(response(404, "First", BODY), dto("a", 404, "A"),
        response(404, "Last", BODY), response(404, "", BODY))).get(0).description())
        .as("the last explicit description").isEqualTo("Last");
    assertThat(ResponseMerger.merge(List.of(response(404, "", BODY), dto("a", 404, "A")))
        .get(0).description()).as("a response without description is no contributor").isEqualTo("A");
    assertThat(ResponseMerger.merge(List.of(response(499, "", BODY))).get(0).description())
        .isEqualTo("HTTP 499");
  }

  @Test
  void responsesSortedByStatusAndSchemasDistinctInOrder() {
    TypeSchema other = new TypeSchema.Ref("Other");
    List<ResponseDoc> merged = ResponseMerger.merge(List.of(
        dto("a", 500, "A"), response(400, "", other), dto("b", 400, "B"), response(400, "", other)));
    assertThat(merged).extracting(ResponseDoc::status).containsExactly(400, 500);
    assertThat(merged.get(0).content().get("application/json").schemas()).containsExactly(other, BODY);
  }

  @Test
  void memoReusesAStatusOnlyForTheSameContributionsInTheSameOrder() {
    ResponseMerger.Memo memo = new ResponseMerger.Memo();
    ErrorContribution a = dto("a", 404, "A", example("E", "one"));
    ErrorContribution b = dto("b", 404, "B", example("E", "two"));
    ErrorContribution gone = dto("g", 410, "Gone");
    List<ResponseDoc> first = memo.merge(List.of(a, gone));
    assertThat(first).isEqualTo(ResponseMerger.merge(List.of(a, gone)));

    List<ResponseDoc> again = memo.merge(List.of(gone, a, b));
    assertThat(again).isEqualTo(ResponseMerger.merge(List.of(gone, a, b)));
    assertThat(again.get(0).description()).as("404 from a and b: reason phrase").isEqualTo("Not Found");
    assertThat(again.get(1)).as("410 alone again: reused").isSameAs(first.get(1));

    List<ResponseDoc> reversed = memo.merge(List.of(b, a));
    assertThat(reversed.get(0).content().get("application/json").examples())
        .extracting(ExampleDoc::json).containsExactly(JsonText.object("detail", "two"), JsonText.object("detail", "one"));
    assertThat(memo.merge(List.of(dto("a", 404, "A2"))).get(0).description())
        .as("an equal-looking but different contribution is merged afresh").isEqualTo("A2");
  }
}
