package io.errorsplus.dispatch.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiMergeCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new OpenApiMergeCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void mergesJsonFiles() throws IOException {
    Path target = dir.resolve("out/merged.json");

    int code = run(OpenApiDocs.copy("base-30.json", dir).toString(),
        OpenApiDocs.copy("errors-30.json", dir).toString(), target.toString());

    assertThat(code).isZero();
    assertThat(err()).contains("warning: errors-plus operation GET /reports (operationId reports)"
        + " is not in the base document");
    String text = Files.readString(target);
    OpenApiDocs.assertValid(text);
    JsonNode merged = Json.mapper().readTree(text);
    assertThat(merged.at("/openapi").asText()).isEqualTo("3.0.3");
    assertThat(merged.at("/paths/~1items~1{itemId}/get/responses/404/description").asText())
        .isEqualTo("Item not found");
    assertThat(merged.at("/paths/~1items~1{itemId}/get/responses/500/description").asText())
        .isEqualTo("Internal Server Error");
  }

  @Test
  void mergesIntoAYamlOpenApi31Base() throws IOException {
    Path target = dir.resolve("merged.yaml");

    int code = run(OpenApiDocs.copy("base-31.yaml", dir).toString(),
        OpenApiDocs.copy("errors-31.json", dir).toString(), target.toString());

    assertThat(code).as(err()).isZero();
    String text = Files.readString(target);
    OpenApiDocs.assertValid(text);
    JsonNode merged = Yaml.mapper().readTree(text);
    assertThat(merged.at("/openapi").asText()).isEqualTo("3.1.0");
    assertThat(merged.at("/components/schemas/ErrorBody/type").asText()).isEqualTo("object");
    assertThat(merged.at("/components/schemas/Item/properties/name/type/1").asText())
        .as("the base's 3.1 type arrays survive").isEqualTo("null");
    assertThat(merged.at("/paths/~1items/post/responses/409/content/application~1json/schema/$ref")
        .asText()).isEqualTo("#/components/schemas/QuotaBody");
    assertThat(merged.at("/paths/~1items/post/responses/400/description").asText())
        .isEqualTo("Bad Request");
  }

  @Test
  void theContextPathOption() throws IOException {
    Path target = dir.resolve("petclinic.json");
    String base = OpenApiDocs.copy("petclinic-31.json", dir).toString();
    String errors = OpenApiDocs.copy("petclinic-errors.json", dir).toString();

    assertThat(run("--context-path=/petclinic", base, errors, target.toString())).isZero();
    assertThat(err()).isEmpty();
    assertThat(Json.mapper().readTree(Files.readString(target))
        .at("/paths/~1owners~1{ownerId}/get/responses/404/description").asText())
        .isEqualTo("Owner not found");
  }

  @Test
  void strictFailsOnAMissingOperationAndWritesNothing() throws IOException {
    Path target = dir.resolve("merged.json");

    int code = run("--strict", OpenApiDocs.copy("base-30.json", dir).toString(),
        OpenApiDocs.copy("errors-30.json", dir).toString(), target.toString());

    assertThat(code).isEqualTo(OpenApiMergeCommand.FAILED);
    assertThat(err()).contains("GET /reports").contains("--strict");
    assertThat(target).doesNotExist();
  }

  @Test
  void badArguments() throws IOException {
    assertThat(run()).isEqualTo(OpenApiMergeCommand.USAGE);
    assertThat(err()).contains("expected BASE ERRORS OUT, got 0 file arguments").contains("usage:");

    String base = OpenApiDocs.copy("base-30.json", dir).toString();
    String errors = OpenApiDocs.copy("errors-30.json", dir).toString();
    err.reset();
    assertThat(run("--prefx=/api", base, errors, "out.json")).isEqualTo(OpenApiMergeCommand.USAGE);
    assertThat(err()).contains("unknown option --prefx=/api");
    err.reset();
    assertThat(run(base, errors, dir.resolve("out.txt").toString()))
        .isEqualTo(OpenApiMergeCommand.USAGE);
    assertThat(err()).contains("out.txt: the name must end with .json, .yaml or .yml");
  }

  @Test
  void unreadableFilesAreNamed() throws IOException {
    Path errors = OpenApiDocs.copy("errors-30.json", dir);
    Path out = dir.resolve("out.json");

    assertThat(run(dir.resolve("missing.json").toString(), errors.toString(), out.toString()))
        .isEqualTo(OpenApiMergeCommand.FAILED);
    assertThat(err()).contains("cannot read BASE " + dir.resolve("missing.json") + ": no such file");

    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"openapi\": \"3.1.0\",");
    err.reset();
    assertThat(run(OpenApiDocs.copy("base-30.json", dir).toString(), broken.toString(),
        out.toString())).isEqualTo(OpenApiMergeCommand.FAILED);
    assertThat(err()).contains("cannot read ERRORS " + broken);

    Path notOpenApi = Files.writeString(dir.resolve("other.yaml"), "swagger: \"2.0\"\n");
    err.reset();
    assertThat(run(notOpenApi.toString(), errors.toString(), out.toString()))
        .isEqualTo(OpenApiMergeCommand.FAILED);
    assertThat(err()).contains("cannot read BASE " + notOpenApi + ": it is not an OpenAPI 3 document");
    assertThat(out).doesNotExist();
  }

  @Test
  void theCommandLineExitCodes() throws Exception {
    Path base = OpenApiDocs.copy("base-30.json", dir);
    Path errors = OpenApiDocs.copy("errors-30.json", dir);
    Path target = dir.resolve("merged.yaml");

    Process ok = java(base.toString(), errors.toString(), target.toString());
    assertThat(ok.exitValue()).isZero();
    OpenApiDocs.assertValid(Files.readString(target));
    assertThat(new String(ok.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("GET /reports");

    Process missing = java(dir.resolve("nope.json").toString(), errors.toString(),
        target.toString());
    assertThat(missing.exitValue()).isEqualTo(1);
    assertThat(new String(missing.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("nope.json");

    assertThat(java(base.toString()).exitValue()).isEqualTo(2);
  }

  /** {@code java -cp <test class path> …OpenApiMerge args}, finished. */
  private static Process java(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), OpenApiMerge.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("OpenApiMerge finished").isTrue();
    return process;
  }
}
