package io.errorsplus.processor;

import com.google.auto.service.AutoService;
import io.errorsplus.processor.model.ApiModel;
import io.errorsplus.processor.model.ProcessorOptions;
import io.errorsplus.processor.read.ApiReader;
import io.errorsplus.processor.read.OptionsReader;
import io.errorsplus.processor.validate.Diagnostics;
import io.errorsplus.processor.validate.Message;
import io.errorsplus.processor.write.ModelWriter;
import io.errorsplus.processor.write.OpenApiWriter;
import io.errorsplus.processor.write.RegistryWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
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
 * it) and writes the document once when processing is over, unless an error was reported. The
 * optional registry source ({@code -Aerrorsplus.registryClass}) is written after the first round. It claims no
 * annotation, so other processors see everything.
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
  private boolean sourcesWritten;
  private boolean written;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    diagnostics = new Diagnostics(processingEnv.getMessager());
    options = OptionsReader.read(processingEnv.getOptions(), diagnostics);
    reader = new ApiReader(processingEnv, options, diagnostics);
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
      if (!sourcesWritten && !round.processingOver()) {
        sourcesWritten = true;
        write(round, true);
      }
      if (round.processingOver() && !written) {
        written = true;
        write(round, false);
      }
    } catch (Exception | LinkageError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      diagnostics.report(Message.INTERNAL_ERROR, "the compilation", trace);
    }
    return false;
  }

  /** Runs the source writers or the resource writers, unless an error was reported. */
  private void write(RoundEnvironment round, boolean sources) throws IOException {
    if (diagnostics.hasErrors() || round.errorRaised()) {
      return;
    }
    if (!reader.sawAnything()) {
      // Nothing errors-plus in this compilation (a module's test compile, say): no empty document
      // or registry that would shadow the real ones on the class path.
      return;
    }
    ApiModel model = null;
    for (ModelWriter writer : writers()) {
      if (writer.writesSources() == sources) {
        if (model == null) {
          model = ApiModel.build(options, reader.endpoints(), reader.applicationPath(),
              reader.schemas(), reader.errorDtos());
        }
        writer.write(model, processingEnv);
      }
    }
  }

  /** How many method bodies the throw analysis read, each once however many endpoints reach it. */
  int methodsAnalysed() {
    return reader.methodsAnalysed();
  }

  private List<ModelWriter> writers() {
    if (options.registryClass().isPresent()) {
      return List.of(new OpenApiWriter(), new RegistryWriter());
    }
    return List.of(new OpenApiWriter());
  }
}
