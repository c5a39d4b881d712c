package io.errorsplus.dispatch.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorsplus.dispatch.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void escapedTextReadsBackIdenticallyWithJacksonAndTheRuntimesReader() throws Exception {
    String tricky = "plain start \" quote \\ backslash \n\r\t\b\f \u0001 \u2028\u2029 é 😀 end";
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("s", tricky);
    map.put("n", List.of(1, 2.5, true));
    map.put("null", null);
    String json = Json.text(map);
    assertThat(new ObjectMapper().readTree(json).get("s").asText()).isEqualTo(tricky);
    assertThat(Json.parse(json)).isEqualTo(withNull(tricky));
    assertThat(json).doesNotContain("\u2028").contains("\\u2028").contains("\\u0001");
  }

  private static Map<String, Object> withNull(String tricky) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("s", tricky);
    m.put("n", List.of(1L, new java.math.BigDecimal("2.5"), true));
    m.put("null", null);
    return m;
  }
}
