package io.errorsplus.benchmarks.processor;

import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Wraps a processor and adds up the time spent inside its {@code init} and {@code process}: the
 * processor's own cost, without what javac spends on running rounds at all.
 */
final class TimedProcessor implements Processor {

  private final Processor delegate;
  private long nanos;
  private int rounds;

  TimedProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  long nanos() {
    return nanos;
  }

  int rounds() {
    return rounds;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public void init(ProcessingEnvironment processingEnv) {
    long start = System.nanoTime();
    delegate.init(processingEnv);
    nanos += System.nanoTime() - start;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    long start = System.nanoTime();
    try {
      return delegate.process(annotations, roundEnv);
    } finally {
      nanos += System.nanoTime() - start;
      rounds++;
    }
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
