package io.errorsplus.dispatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestBodiesTest {

  @Test
  void keepsJsonAndFormsOnly() {
    assertThat(RequestBodies.keeps("application/json; charset=UTF-8")).isTrue();
    assertThat(RequestBodies.keeps("application/merge-patch+json")).isTrue();
    assertThat(RequestBodies.keeps("application/x-www-form-urlencoded")).isTrue();
    assertThat(RequestBodies.keeps("multipart/form-data; boundary=x")).isFalse();
    assertThat(RequestBodies.keeps("application/octet-stream")).isFalse();
    assertThat(RequestBodies.keeps(null)).isFalse();
  }

  @Test
  void recorderPassesEverythingAndKeepsABoundedPrefix() throws Exception {
    byte[] body = "{\"name\":\"pump\",\"password\":\"s3cret\"}".getBytes(StandardCharsets.UTF_8);
    RequestBodies.Recorder recorder = RequestBodies.record(new ByteArrayInputStream(body), 10);
    byte[] seen = recorder.readAllBytes();
    assertThat(seen).isEqualTo(body);
    assertThat(recorder.bytesRead()).isEqualTo(body.length);
    assertThat(recorder.text(StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"p");
  }
}
