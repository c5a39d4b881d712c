package io.errorsplus.benchmarks.processor;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor that claims the same annotations as the errors-plus processor and does nothing: it
 * measures what javac itself spends on running annotation-processing rounds (re-entering every
 * source for the final round), a cost any processor on the path brings.
 */
final class IdleProcessor extends AbstractProcessor {

  private final Set<String> annotationTypes;

  IdleProcessor(Set<String> annotationTypes) {
    this.annotationTypes = Set.copyOf(annotationTypes);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return annotationTypes;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    return false;
  }
}
