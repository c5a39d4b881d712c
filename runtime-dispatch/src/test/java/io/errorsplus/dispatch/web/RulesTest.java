package io.errorsplus.dispatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorsplus.dispatch.CapturePolicy;
import org.junit.jupiter.api.Test;

class RulesTest {

  @Test
  void capturePolicies() {
    // failed, status, documented, matched
    assertThat(CapturePolicy.UNDOCUMENTED.captures(true, 404, true, true)).isFalse();
    assertThat(CapturePolicy.UNDOCUMENTED.captures(true, 404, false, true)).isTrue();
    assertThat(CapturePolicy.UNDOCUMENTED.captures(true, 404, false, false)).isFalse();
    assertThat(CapturePolicy.UNDOCUMENTED.captures(true, 500, true, true)).isTrue();
    assertThat(CapturePolicy.SERVER_ERRORS.captures(true, 404, false, true)).isFalse();
    assertThat(CapturePolicy.SERVER_ERRORS.captures(false, 503, false, true)).isTrue();
    assertThat(CapturePolicy.ALL.captures(true, 404, true, true)).isTrue();
    assertThat(CapturePolicy.ALL.captures(false, 404, false, true)).isFalse();
    assertThat(CapturePolicy.OFF.captures(true, 500, false, true)).isFalse();
  }

  @Test
  void parsePolicyNames() {
    assertThat(CapturePolicy.parse("server-errors")).isEqualTo(CapturePolicy.SERVER_ERRORS);
    assertThat(CapturePolicy.parse(" ALL ")).isEqualTo(CapturePolicy.ALL);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CapturePolicy.parse("sometimes"))
        .hasMessageContaining("'sometimes'").hasMessageContaining("undocumented");
  }
}
