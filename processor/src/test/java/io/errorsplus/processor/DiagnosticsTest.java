package io.errorsplus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.errorsplus.processor.validate.Message;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every diagnostic of contract 2.6, on the line of the value that causes it. */
class DiagnosticsTest {

  private static JavaFileObject file(List<JavaFileObject> sources, String simpleName) {
    return sources.stream().filter(f -> f.getName().endsWith("/" + simpleName + ".java"))
        .findFirst().orElseThrow();
  }

  @Test
  void declarationErrorsAreAllReportedOnTheirValueAndNothingIsWritten(@TempDir Path dir) {
    List<JavaFileObject> sources = ProcessorRun.sources("bad/declarations");
    // compile-testing hides the class output of a failed compilation; the copy shows whether
    // the processor wrote anything.
    Path copy = dir.resolve("openapi.json");
    Compilation compilation = ProcessorRun.compile(sources, "-Aerrorsplus.output=" + copy);
    assertThat(compilation).failed();

    assertThat(compilation).hadErrorContaining(Message.STATUS_OUT_OF_RANGE.format(302))
        .inFile(file(sources, "BadStatus")).onLineContaining("status = 302");
    assertThat(compilation).hadErrorContaining(Message.BLANK_MESSAGE.format())
        .inFile(file(sources, "BlankMessage")).onLineContaining("message = \"  \"");
    assertThat(compilation).hadErrorContaining(Message.EXAMPLE_NEEDS_ONE_BODY.format("Both", "both"))
        .inFile(file(sources, "BadExamples")).onLineContaining("name = \"Both\"");
    assertThat(compilation).hadErrorContaining(Message.EXAMPLE_NEEDS_ONE_BODY.format("Neither", "neither"))
        .inFile(file(sources, "BadExamples")).onLineContaining("name = \"Neither\"");
    assertThat(compilation).hadErrorContaining("@Example \"Broken\" json is not valid JSON")
        .inFile(file(sources, "BadExamples")).onLineContaining("json = \"{\\\"detail\\\": \"");
    assertThat(compilation).hadErrorContaining(Message.DUPLICATE_EXAMPLE_NAME.format("Same", "@ErrorDto"))
        .inFile(file(sources, "BadExamples")).onLineContaining("detail = \"two\"");
    assertThat(compilation).hadErrorContaining(Message.EXAMPLE_BLANK_NAME.format())
        .inFile(file(sources, "BadExamples")).onLineContaining("nameless");

    JavaFileObject resource = file(sources, "BadResource");
    assertThat(compilation).hadErrorContaining(Message.NOT_AN_ERROR_DTO.format("bad.NotADto"))
        .inFile(resource).onLineContaining("value = NotADto.class");
    assertThat(compilation).hadErrorContaining(Message.STATUS_OUT_OF_RANGE.format(600))
        .inFile(resource).onLineContaining("status = 600");
    assertThat(compilation).hadErrorContaining(Message.INVALID_MEDIA_TYPE.format("not a media type"))
        .inFile(resource).onLineContaining("mediaType = \"not a media type\"");
    assertThat(compilation).hadErrorContaining(Message.DUPLICATE_EXAMPLE_NAME.format("Twice", "@ErrorResponse"))
        .inFile(resource).onLineContaining("detail = \"b\"");

    // Each problem once, although BadResource and the dto declarations both lead to them.
    assertThat(compilation.errors()).hasSize(11);
    assertThat(compilation.errors()).noneMatch(d -> d.getMessage(null).contains("errors-plus failed"));
    assertThat(copy).doesNotExist();
  }

  @Test
  void warningsKeepTheDocument() {
    List<JavaFileObject> sources = ProcessorRun.sources("bad/warnings");
    Compilation compilation = ProcessorRun.compile(sources);
    assertThat(compilation).succeeded();

    assertThat(compilation).hadWarningContaining(Message.ERRORS_ON_NON_ENDPOINT.format("WarnResource.helper()"))
        .inFile(file(sources, "WarnResource")).onLineContaining("@Errors(Retry.class)");
    assertThat(compilation).hadWarningContaining(Message.ERRORS_ON_NON_ENDPOINT.format("Plain.run()"))
        .inFile(file(sources, "Plain")).onLineContaining("@Errors(internalServerError500 = true)");
    assertThat(compilation).hadWarningContaining(
            Message.EXAMPLE_PROPERTY_NOT_DECLARED.format("Extra", "extra", "Detail"))
        .inFile(file(sources, "Retry")).onLineContaining("\\\"extra\\\": true");
    assertThat(compilation).hadWarningContaining(
            Message.EXAMPLE_PROPERTY_MISSING.format("NoDetail", "detail", "ErrorBody"))
        .inFile(file(sources, "WarnResource")).onLineContaining("json = \"{\\\"code\\\": \\\"X\\\"}\"");
    assertThat(compilation).hadWarningContaining(
            Message.EXAMPLE_WRONG_VALUE.format("WrongType", "\"three\"", "/attempts", "an integer"))
        .inFile(file(sources, "Busy")).onLineContaining("name = \"WrongType\"");
    assertThat(compilation).hadWarningContaining(
            Message.EXAMPLE_WRONG_VALUE.format("NotAnObject", "an array", "the top", "an object (Detail)"))
        .inFile(file(sources, "Busy")).onLineContaining("name = \"NotAnObject\"");
    assertThat(compilation.warnings().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING && d.getSource() != null)).hasSize(7);

    ProcessorRun.assertGolden(ProcessorRun.document(compilation), "warnings");
  }

  @Test
  void invalidOptionValuesAreCompileErrors() {
    Compilation compilation = ProcessorRun.compile("good/slice",
        "-Aerrorsplus.bodyStyle=xml", "-Aerrorsplus.openapi=2.0", "-Aerrorsplus.throws=maybe",
        "-Aerrorsplus.validationStatus=418", "-Aerrorsplus.title= ", "-Aerrorsplus.version=\t",
        "-Aerrorsplus.basePath=/a b", "-Aerrorsplus.output= ", "-Aerrorsplus.undocumented=sometimes");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(Message.INVALID_OPTION.format("errorsplus.bodyStyle", "xml", "detail or problem"));
    assertThat(compilation).hadErrorContaining(Message.INVALID_OPTION.format("errorsplus.openapi", "2.0", "3.1 or 3.0"));
    assertThat(compilation).hadErrorContaining(Message.INVALID_OPTION.format("errorsplus.throws", "maybe", "document, warn or ignore"));
    assertThat(compilation).hadErrorContaining(Message.INVALID_OPTION.format("errorsplus.validationStatus", "418", "422 or 400"));
    assertThat(compilation).hadErrorContaining("option -Aerrorsplus.title=");
    assertThat(compilation).hadErrorContaining("option -Aerrorsplus.version=");
    assertThat(compilation).hadErrorContaining("option -Aerrorsplus.basePath=/a b");
    assertThat(compilation).hadErrorContaining("option -Aerrorsplus.output=");
    assertThat(compilation).hadErrorContaining(
        Message.INVALID_OPTION.format("errorsplus.undocumented", "sometimes", "warn, error or ignore"));
    assertThat(compilation.errors()).hasSize(9);
  }

  /** Found on spring-petclinic-rest: a URL was joined into every path (/http:/localhost:9966/...). */
  @Test
  void aUrlAsBasePathIsACompileErrorAskingForThePath(@TempDir Path dir) {
    Path copy = dir.resolve("openapi.json");
    Compilation compilation = ProcessorRun.compile("good/slice",
        "-Aerrorsplus.basePath=http://localhost:9966/petclinic", "-Aerrorsplus.output=" + copy);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(Message.INVALID_OPTION.format("errorsplus.basePath",
        "http://localhost:9966/petclinic", "the path only, without scheme and host, e.g. /petclinic"));
    assertThat(compilation.errors()).hasSize(1);
    assertThat(copy).doesNotExist();
  }

  /** javac only warns "not recognized" and the default is used: that must not pass silently. */
  @Test
  void aMisspeltOptionNameIsACompileErrorSuggestingTheNearestName() {
    Compilation compilation = ProcessorRun.compile("good/slice", "-Aerrorsplus.bodystyle=problem",
        "-Aerrorsplus.basepath=/v1", "-Aerrorsplus.undocumnted=error", "-Aother.tool.option=1");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(
        "option -Aerrorsplus.bodystyle is not an errors-plus option; did you mean errorsplus.bodyStyle?");
    assertThat(compilation).hadErrorContaining(Message.UNKNOWN_OPTION.format("errorsplus.basepath", "errorsplus.basePath"));
    assertThat(compilation).hadErrorContaining(
        Message.UNKNOWN_OPTION.format("errorsplus.undocumnted", "errorsplus.undocumented"));
    assertThat(compilation.errors()).hasSize(3); // another tool's option is not ours to judge
  }

  /** The catalogue's option is known; the removed registry option gets its own error only. */
  @Test
  void theCatalogueOptionIsKnownAndTheRemovedRegistryOptionIsNotCalledUnknown() {
    Compilation compilation = ProcessorRun.compile("good/slice", "-Aerrorsplus.catalogue=off",
        "-Aerrorsplus.registryClass=com.acme.Registry");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(Message.UNKNOWN_OPTION.format("errorsplus.catalogue", "errorsplus.catalog"));
    assertThat(compilation).hadErrorContaining(
        Message.REMOVED_OPTION.format("errorsplus.registryClass", "errorsplus.catalog"));
    assertThat(compilation.errors()).hasSize(2);
  }

  /** ECJ's environment (and any that is not javac's) has no syntax trees: one note, no crash. */
  @Test
  void withoutTheTreeApiTheThrowAnalysisIsSkippedWithOneNote() {
    ErrorsPlusProcessor delegate = new ErrorsPlusProcessor();
    javax.annotation.processing.AbstractProcessor notJavac = new javax.annotation.processing.AbstractProcessor() {
      @Override
      public synchronized void init(javax.annotation.processing.ProcessingEnvironment env) {
        super.init(env);
        // A proxy is not javac's environment: Trees.instance throws IllegalArgumentException, as on ECJ.
        delegate.init((javax.annotation.processing.ProcessingEnvironment) java.lang.reflect.Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {javax.annotation.processing.ProcessingEnvironment.class},
            (proxy, method, args) -> method.invoke(env, args)));
      }

      @Override
      public java.util.Set<String> getSupportedAnnotationTypes() {
        return delegate.getSupportedAnnotationTypes();
      }

      @Override
      public java.util.Set<String> getSupportedOptions() {
        return delegate.getSupportedOptions();
      }

      @Override
      public javax.lang.model.SourceVersion getSupportedSourceVersion() {
        return delegate.getSupportedSourceVersion();
      }

      @Override
      public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
          javax.annotation.processing.RoundEnvironment round) {
        return delegate.process(annotations, round);
      }
    };
    Compilation compilation = com.google.testing.compile.Compiler.javac().withProcessors(notJavac)
        .compile(ProcessorRun.sources("bad/undocumented"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.NOTE
            && d.getMessage(null).equals(Message.THROW_ANALYSIS_SKIPPED.format()))).hasSize(1);
    ProcessorRun.assertValidOpenApi(ProcessorRun.document(compilation));
  }

  @Test
  void unresolvableAnnotationTypesAreJavacsErrorNotACrash() {
    Compilation compilation = ProcessorRun.compile("bad/unresolved");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(compilation.errors())
        .allMatch(d -> d.getMessage(null).contains("cannot find symbol"), "only javac's errors");
  }

  /** Runs the processor in an environment whose type utilities fail, as a stand-in for any bug. */
  private static final class FailingTypesProcessor extends javax.annotation.processing.AbstractProcessor {
    private final ErrorsPlusProcessor delegate = new ErrorsPlusProcessor();

    @Override
    public synchronized void init(javax.annotation.processing.ProcessingEnvironment env) {
      super.init(env);
      javax.lang.model.util.Types failing = (javax.lang.model.util.Types) java.lang.reflect.Proxy.newProxyInstance(
          getClass().getClassLoader(), new Class<?>[] {javax.lang.model.util.Types.class}, (proxy, method, args) -> {
            if (method.getName().equals("isAssignable")) {
              throw new IllegalStateException("simulated failure");
            }
            try {
              return method.invoke(env.getTypeUtils(), args);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw e.getCause();
            }
          });
      delegate.init((javax.annotation.processing.ProcessingEnvironment) java.lang.reflect.Proxy.newProxyInstance(
          getClass().getClassLoader(), new Class<?>[] {javax.annotation.processing.ProcessingEnvironment.class},
          (proxy, method, args) -> method.getName().equals("getTypeUtils") ? failing : method.invoke(env, args)));
    }

    @Override
    public java.util.Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public javax.lang.model.SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
        javax.annotation.processing.RoundEnvironment round) {
      return delegate.process(annotations, round);
    }
  }

  @Test
  void anInternalFailureIsOneErrorOnTheElementNotACrash() {
    List<JavaFileObject> sources = ProcessorRun.sources("good/slice");
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new FailingTypesProcessor()).compile(sources);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("errors-plus failed on com.acme.OrderController")
        .inFile(file(sources, "OrderController")).onLineContaining("public class OrderController");
    assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: simulated failure");
  }
}
