package io.errorsplus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.errorsplus.dispatch.catalog.DocumentedError;
import io.errorsplus.dispatch.catalog.DocumentedOperation;
import io.errorsplus.dispatch.catalog.ErrorCatalog;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 5,000 dtos and 5,000 endpoints: the generated catalogue compiles, loads and answers. */
class CatalogScaleTest {

  private static final int DTOS = 5_000;
  private static final int RESOURCES = 500;
  private static final int ENDPOINTS_PER_RESOURCE = 10;

  @Test
  void fiveThousandDtosAndEndpoints(@TempDir Path folder) throws Exception {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < DTOS; i++) {
      boolean body = i % 8 == 0; // 625 typed bodies: two pages of them
      sources.add(JavaFileObjects.forSourceString("big.Problem" + i, "package big;\n"
          + "@io.errorsplus.ErrorDto(status = " + (400 + i % 100) + ", message = \"Problem number "
          + i + "\", code = \"PROBLEM_" + i + "\"" + (body ? ", body = Problem" + i + ".Body.class" : "")
          + ")\npublic class Problem" + i + " extends RuntimeException {\n"
          + "  private static final long serialVersionUID = 1L;\n"
          + (body ? "  public record Body(String detail, int number) {}\n"
              + "  public Body body() { return new Body(getMessage(), " + i + "); }\n" : "")
          + "}\n"));
    }
    for (int r = 0; r < RESOURCES; r++) {
      StringBuilder resource = new StringBuilder("package big;\n@jakarta.ws.rs.Path(\"r" + r + "\")\n"
          + "public class Resource" + r + " {\n");
      for (int e = 0; e < ENDPOINTS_PER_RESOURCE; e++) {
        int dto = (r * ENDPOINTS_PER_RESOURCE + e) % DTOS;
        resource.append("  @jakarta.ws.rs.GET @jakarta.ws.rs.Path(\"e").append(e).append("/{id}\")\n")
            .append("  @io.errorsplus.Errors(Problem").append(dto).append(".class)\n")
            .append("  public String e").append(e).append("(@jakarta.ws.rs.PathParam(\"id\") long id) {")
            .append(" return \"\"; }\n");
      }
      sources.add(JavaFileObjects.forSourceString("big.Resource" + r, resource.append("}\n").toString()));
    }

    Compilation compilation = CatalogRun.compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    // every class of the catalogue far below the JVM's 65,535 constants per class
    List<JavaFileObject> catalogClasses = compilation.generatedFiles().stream()
        .filter(f -> f.toUri().getPath().contains("/big/ErrorsPlusCatalog")
            && f.getKind() == JavaFileObject.Kind.CLASS)
        .toList();
    assertThat(catalogClasses).hasSizeGreaterThan(30); // Errors0-9, Operations0-24, Bodies0-1
    for (JavaFileObject file : catalogClasses) {
      // 3,000 to 3,600 measured
      assertThat(constantPoolCount(file)).as(file.getName()).isLessThan(8_000);
    }

    try (URLClassLoader loader = CatalogRun.loader(CatalogRun.writeClassOutput(compilation, folder))) {
      ErrorCatalog catalog = ErrorCatalog.load(loader);
      assertThat(catalog.errors()).hasSize(DTOS);
      assertThat(catalog.operations()).hasSize(RESOURCES * ENDPOINTS_PER_RESOURCE);

      Class<?> last = loader.loadClass("big.Problem" + (DTOS - 8));
      Throwable error = (Throwable) last.getConstructor().newInstance();
      DocumentedError documented = catalog.find(error).orElseThrow();
      assertThat(documented.code()).isEqualTo("PROBLEM_" + (DTOS - 8));
      Object body = documented.body(error, "/r499/e0/1");
      assertThat(body.getClass().getName()).isEqualTo("big.Problem" + (DTOS - 8) + "$Body");
      assertThat(body.toString()).contains("number=" + (DTOS - 8));

      Class<?> resource = loader.loadClass("big.Resource" + (RESOURCES - 1));
      DocumentedOperation operation =
          catalog.operation(resource.getMethod("e9", long.class)).orElseThrow();
      assertThat(operation.path()).isEqualTo("/r" + (RESOURCES - 1) + "/e9/{id}");
      assertThat(operation.documents(documented)).isFalse();
      assertThat(operation.documents(catalog.find(loader.loadClass("big.Problem4999")).orElseThrow()))
          .isTrue();
    }
  }

  /** {@code constant_pool_count} of a class file (JVMS 4.1). */
  private static int constantPoolCount(JavaFileObject file) throws IOException {
    try (InputStream in = file.openInputStream(); DataInputStream data = new DataInputStream(in)) {
      data.readInt(); // magic
      data.readUnsignedShort(); // minor
      data.readUnsignedShort(); // major
      return data.readUnsignedShort();
    }
  }
}
