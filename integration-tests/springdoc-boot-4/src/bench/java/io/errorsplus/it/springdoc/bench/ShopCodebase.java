package io.errorsplus.it.springdoc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic Spring MVC application for the springdoc benchmark: {@code controllers} controllers
 * of five endpoints each (list, get, create, update, delete) with request and response records,
 * a pool of {@code @ErrorDto} exceptions (every fifth with a body record), class-level and
 * method-level {@code @Errors}, a reusable set and the flags.
 */
final class ShopCodebase {

  static final String PACKAGE = "bench.shop";
  static final String APPLICATION = PACKAGE + ".BenchApplication";

  private ShopCodebase() {}

  /** Writes the sources under {@code root}; returns the files. */
  static List<Path> write(Path root, int controllers) throws IOException {
    Path dir = root.resolve(PACKAGE.replace('.', '/'));
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    files.add(write(dir, "BenchApplication", """
        package %s;
        @org.springframework.boot.autoconfigure.SpringBootApplication
        public class BenchApplication {}
        """.formatted(PACKAGE)));
    files.add(write(dir, "Secured", """
        package %s;
        @io.errorsplus.Errors(unauthorized401 = true, forbidden403 = true)
        @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)
        public @interface Secured {}
        """.formatted(PACKAGE)));
    int dtos = Math.max(10, controllers / 4);
    for (int d = 0; d < dtos; d++) {
      int status = new int[] {404, 409, 410, 429, 503}[d % 5];
      boolean body = d % 5 == 3;
      if (body) {
        files.add(write(dir, "Problem" + d + "Body", """
            package %s;
            public record Problem%dBody(String detail, int retryAfter, java.util.List<String> plans) {}
            """.formatted(PACKAGE, d)));
      }
      files.add(write(dir, "Problem" + d + "Exception", """
          package %s;
          @io.errorsplus.ErrorDto(status = %d, message = "Problem %d", code = "PROBLEM_%d"%s)
          public class Problem%dException extends RuntimeException {%s}
          """.formatted(PACKAGE, status, d, d, body ? ", body = Problem" + d + "Body.class" : "", d,
          body ? "\n  public Problem" + d + "Body body() { return new Problem" + d
              + "Body(getMessage(), 30, java.util.List.of()); }\n" : "")));
    }
    for (int c = 0; c < controllers; c++) {
      String name = "Thing" + c;
      files.add(write(dir, name, """
          package %s;
          public record %s(Long id, String name, String description, java.time.Instant created,
              java.util.List<String> tags, Integer quantity, java.math.BigDecimal price) {}
          """.formatted(PACKAGE, name)));
      files.add(write(dir, name + "Request", """
          package %s;
          public record %sRequest(String name, String description, java.util.List<String> tags,
              Integer quantity) {}
          """.formatted(PACKAGE, name)));
      int a = c % dtos;
      int b = (c * 7 + 3) % dtos;
      files.add(write(dir, name + "Controller", """
          package %1$s;

          import io.errorsplus.Errors;
          import java.util.List;
          import org.springframework.web.bind.annotation.*;

          @RestController
          @RequestMapping("/things%2$d")
          @Errors(Problem%3$dException.class)
          public class %4$sController {

            @GetMapping
            public List<%4$s> list(@RequestParam(required = false) String q) { return List.of(); }

            @GetMapping("/{id}")
            @Errors(Problem%5$dException.class)
            public %4$s get(@PathVariable("id") long id) { return null; }

            @PostMapping
            @Secured
            public %4$s create(@RequestBody %4$sRequest request) { return null; }

            @PutMapping("/{id}")
            @Secured
            @Errors(value = Problem%5$dException.class, internalServerError500 = true)
            public %4$s update(@PathVariable("id") long id, @RequestBody %4$sRequest request) {
              return null;
            }

            @DeleteMapping("/{id}")
            public void delete(@PathVariable("id") long id) {}
          }
          """.formatted(PACKAGE, c, a, name, b)));
    }
    return files;
  }

  private static Path write(Path dir, String type, String source) throws IOException {
    Path file = dir.resolve(type + ".java");
    Files.writeString(file, source);
    return file;
  }
}
