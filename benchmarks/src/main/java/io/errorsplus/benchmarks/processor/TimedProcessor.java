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
 * processor's own cost, without what javac spends on running rounds at all. Wall time, and the
 * thread's CPU time, which other processes on a shared machine do not inflate.
 */
final class TimedProcessor implements Processor {

  private final Processor delegate;
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private long nanos;
  private long cpuNanos;
  private int rounds;

  TimedProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  long nanos() {
    return nanos;
  }

  long cpuNanos() {
    return cpuNanos;
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
    long cpu = THREADS.getCurrentThreadCpuTime();
    delegate.init(processingEnv);
    nanos += System.nanoTime() - start;
    cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    long start = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    try {
      return delegate.process(annotations, roundEnv);
    } finally {
      nanos += System.nanoTime() - start;
      cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
      rounds++;
    }
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
