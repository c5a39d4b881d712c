package io.errorsplus.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathTemplatesTest {

  @Test
  void joinsWithSingleSlashesAndNoTrailingSlash() {
    assertThat(PathTemplates.join("/api/", "/items//", "{id}/")).isEqualTo("/api/items/{id}");
    assertThat(PathTemplates.join("api", "items")).isEqualTo("/api/items");
    assertThat(PathTemplates.join("", "")).isEqualTo("/");
    assertThat(PathTemplates.join("/", "/")).isEqualTo("/");
  }

  @Test
  void stripsRegexTemplatesAndSpringCatchAll() {
    assertThat(PathTemplates.join("{id:\\d+}")).isEqualTo("/{id}");
    assertThat(PathTemplates.join("{ id : [a-z]{2,3} }/x")).isEqualTo("/{id}/x");
    assertThat(PathTemplates.join("files/{*rest}")).isEqualTo("/files/{rest}");
    assertThat(PathTemplates.join("a/{x}-{y:\\w+}.json")).isEqualTo("/a/{x}-{y}.json");
  }

  @Test
  void listsVariablesInOrder() {
    assertThat(PathTemplates.variables("/a/{x}/b/{y}")).isEqualTo(List.of("x", "y"));
    assertThat(PathTemplates.variables("/")).isEmpty();
  }
}
