package io.errorsplus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.errorsplus.processor.validate.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The optional generated registry: compiled with the sources and usable at run time. */
class RegistryTest {

  /** Loads classes from the compilation's class output. */
  private static final class OutputClassLoader extends ClassLoader {
    private final Compilation compilation;

    OutputClassLoader(Compilation compilation) {
      super(RegistryTest.class.getClassLoader());
      this.compilation = compilation;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      Optional<JavaFileObject> file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
          name.replace('.', '/') + ".class");
      if (file.isEmpty()) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = file.get().openInputStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void aCompilationWithoutErrorsPlusGeneratesNoRegistry() {
    // A module's test compile runs the same processor path: a registry there would shadow the
    // main one on the test class path.
    Compilation compilation = ProcessorRun.compile(java.util.List.of(
            com.google.testing.compile.JavaFileObjects.forSourceString("shop.Plain", "package shop; class Plain {}")),
        "-Aerrorsplus.registryClass=shop.generated.ErrorsPlusRegistry");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
    assertThat(compilation.generatedFiles()).noneMatch(f -> f.getName().contains("errors-plus"));
  }

  @Test
  void registryMapsEveryDtoToStatusCodeAndMessage() throws Exception {
    Compilation compilation = ProcessorRun.compile("good/merge",
        "-Aerrorsplus.registryClass=shop.generated.ErrorsPlusRegistry");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.generated.ErrorsPlusRegistry")
        .contentsAsUtf8String().contains("@Generated(\"io.errorsplus.processor.ErrorsPlusProcessor\")");

    ClassLoader loader = new OutputClassLoader(compilation);
    Class<?> registry = loader.loadClass("shop.generated.ErrorsPlusRegistry");
    Method find = registry.getMethod("find", Class.class);

    Object archived = ((Optional<?>) find.invoke(null, loader.loadClass("shop.merge.Archived"))).orElseThrow();
    assertThat(archived.toString())
        .isEqualTo("Entry[type=shop.merge.Archived, status=404, code=ARCHIVED, message=Item archived]");
    assertThat((Optional<?>) find.invoke(null, String.class)).isEmpty();
    assertThat(((Map<?, ?>) registry.getMethod("all").invoke(null)).keySet().stream().map(Object::toString))
        .containsExactly("shop.merge.Archived", "shop.merge.Conflict", "shop.merge.NotFound");
  }

  @Test
  void registryClassMustBeAQualifiedName() {
    Compilation compilation = ProcessorRun.compile("good/slice", "-Aerrorsplus.registryClass=not a name");
    assertThat(compilation).hadErrorContaining(Message.INVALID_OPTION.format("errorsplus.registryClass",
        "not a name", "a qualified class name, e.g. com.acme.api.ErrorsPlusRegistry"));
  }
}
