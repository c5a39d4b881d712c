package io.errorsplus.processor;

import com.google.auto.service.AutoService;
import io.errorsplus.processor.model.ApiModel;
import io.errorsplus.processor.model.ProcessorOptions;
import io.errorsplus.processor.read.ApiReader;
import io.errorsplus.processor.read.OptionsReader;
import io.errorsplus.processor.validate.Diagnostics;
import io.errorsplus.processor.validate.Message;
import io.errorsplus.processor.write.CatalogWriter;
import io.errorsplus.processor.write.OpenApiWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Writes {@code META-INF/errors-plus/openapi.json}: the error responses of every JAX-RS and
 * Spring MVC endpoint of the compilation, from {@code @Errors}, {@code @ErrorDto} and friends.
 *
 * <p>Reads each round (validating as it goes, reporting every problem on the value that causes
 * it) and writes the document once when processing is over, unless an error was reported. When
 * the runtime ({@code errors-plus-runtime-dispatch}) is on the class path it also generates the
 * error catalogue ({@link CatalogWriter}), a Java source and so written in a round before the
 * last. It claims no annotation, so other processors see everything.
 *
 * <pre>{@code
 * javac -processorpath errors-plus-processor.jar -Aerrorsplus.title="Plant API" ...
 * }</pre>
 */
@AutoService(Processor.class)
public final class ErrorsPlusProcessor extends AbstractProcessor {

  private Diagnostics diagnostics;
  private ProcessorOptions options;
  private ApiReader reader;
  private CatalogWriter catalogWriter;
  private boolean written;
  /** How many dtos and endpoints the catalogue classes written so far hold. */
  private int catalogued;
  private ApiModel model;
  private ModelInputs modelInputs;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    diagnostics = new Diagnostics(processingEnv.getMessager());
    options = OptionsReader.read(processingEnv.getOptions(), diagnostics);
    reader = new ApiReader(processingEnv, options, diagnostics);
    catalogWriter = new CatalogWriter(processingEnv);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // Every type: resources are found by their framework annotations, read by name.
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return OptionsReader.SUPPORTED;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      reader.readRound(round);
      if (!round.processingOver()) {
        writeCatalog(round);
      } else if (!written) {
        written = true;
        writeResources(round);
      }
    } catch (Exception | LinkageError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      diagnostics.report(Message.INTERNAL_ERROR, "the compilation", trace);
    }
    return false;
  }

  /**
   * Writes the catalogue of what is new in this round. A round whose types wait for a type that
   * is not generated yet writes nothing; the round that reads them writes it.
   */
  private void writeCatalog(RoundEnvironment round) throws IOException {
    if (!reader.catalogEnabled() || !canWrite(round) || reader.hasDeferred()) {
      return;
    }
    int read = reader.catalogDtos().size() + reader.catalogEndpoints().size();
    if (read == catalogued) {
      return; // nothing new (the round of the catalogue's own source, typically)
    }
    catalogued = read;
    catalogWriter.write(model(), reader.catalogDtos(), reader.catalogEndpoints(), reader::isCompiled);
  }

  /** How many method bodies the throw analysis read, each once however many endpoints reach it. */
  int methodsAnalysed() {
    return reader.methodsAnalysed();
  }

  /** Writes the document and the catalogue's registration, unless an error was reported. */
  private void writeResources(RoundEnvironment round) throws IOException {
    if (!canWrite(round)) {
      return;
    }
    new OpenApiWriter().write(model(), processingEnv);
    catalogWriter.writeServices();
  }

  private boolean canWrite(RoundEnvironment round) {
    // Nothing errors-plus in this compilation (a module's test compile, say): no empty document
    // or catalogue that would shadow the real ones on the class path.
    return !diagnostics.hasErrors() && !round.errorRaised() && reader.sawAnything();
  }

  /**
   * The model of what was read so far; built once for the catalogue and the document when no
   * round between them read anything new.
   */
  private ApiModel model() {
    ModelInputs inputs = new ModelInputs(reader.endpoints().size(), reader.errorDtos().size(),
        reader.applicationPath(), reader.schemas().schemas().size());
    if (model == null || !inputs.equals(modelInputs)) {
      model = ApiModel.build(options, reader.endpoints(), reader.applicationPath(), reader.schemas(),
          reader.errorDtos());
      modelInputs = inputs;
    }
    return model;
  }

  /**
   * What the model is built from, counted: rounds only ever add. {@code equals} and
   * {@code hashCode} by hand, as in {@code TypeSchema}: a cold build pays for a record's own.
   */
  private record ModelInputs(int endpoints, int dtos, Optional<String> applicationPath, int schemas) {
    @Override
    public boolean equals(Object o) {
      return o instanceof ModelInputs m && endpoints == m.endpoints && dtos == m.dtos
          && applicationPath.equals(m.applicationPath) && schemas == m.schemas;
    }

    @Override
    public int hashCode() {
      return Objects.hash(endpoints, dtos, applicationPath, schemas);
    }
  }
}
