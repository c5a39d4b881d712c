package io.errorsplus.benchmarks.catalog;

import io.errorsplus.dispatch.catalog.DocumentedError;
import io.errorsplus.dispatch.catalog.DocumentedOperation;
import io.errorsplus.dispatch.catalog.ErrorCatalog;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What an integration pays per failed request for the catalogue's answers, on a generated
 * catalogue of 1,000 dtos and 2,000 endpoints (half of them declared on interfaces): {@code find}
 * of a dto, of a subclass of one, and of an exception that is none; {@code operation} of a handler
 * {@code Method} (class and interface methods). Each invocation looks up 1,024 targets picked at
 * random, so the score is per look-up and no single entry stays hot.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CatalogLookupBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error"})
@State(Scope.Benchmark)
public class CatalogLookupBenchmark {

  static final int DTOS = 1_000;
  static final int RESOURCES = 200;
  private static final int BATCH = 1_024;

  private Path folder;
  private CompiledCatalog compiled;
  private ErrorCatalog catalog;
  private Throwable[] dtos;
  private Throwable[] subclasses;
  private Throwable[] undocumented;
  private Method[] handlers;

  @Setup(Level.Trial)
  public void compile() throws Exception {
    folder = Files.createTempDirectory("errors-plus-catalog-bench");
    compiled = CompiledCatalog.compile(folder, DTOS, RESOURCES);
    catalog = compiled.catalog;
    Random random = new Random(42);
    dtos = pick(compiled.dtoErrors, random).toArray(Throwable[]::new);
    subclasses = pick(compiled.subclassErrors, random).toArray(Throwable[]::new);
    List<Throwable> plain = List.of(new IllegalStateException(), new IllegalArgumentException(),
        new NullPointerException(), new UnsupportedOperationException(), new RuntimeException());
    undocumented = pick(plain, random).toArray(Throwable[]::new);
    handlers = pick(compiled.handlers, random).toArray(Method[]::new);
    // every answer is right before anything is timed
    for (int i = 0; i < BATCH; i++) {
      DocumentedError dto = catalog.find(dtos[i]).orElseThrow();
      if (dto.type() != dtos[i].getClass()
          || catalog.find(subclasses[i]).orElseThrow().type() != subclasses[i].getClass().getSuperclass()
          || catalog.find(undocumented[i]).isPresent()
          || !catalog.operation(handlers[i]).orElseThrow().path().contains("/" + handlers[i].getName() + "/")) {
        throw new IllegalStateException("wrong answer for look-up " + i);
      }
    }
  }

  private static <T> List<T> pick(List<T> from, Random random) {
    return Stream.generate(() -> from.get(random.nextInt(from.size()))).limit(BATCH).toList();
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    compiled.loader.close();
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void findDto(Blackhole bh) {
    for (Throwable error : dtos) {
      bh.consume(catalog.find(error));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void findSubclassOfDto(Blackhole bh) {
    for (Throwable error : subclasses) {
      bh.consume(catalog.find(error));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void findUndocumented(Blackhole bh) {
    for (Throwable error : undocumented) {
      bh.consume(catalog.find(error));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void operation(Blackhole bh) {
    for (Method handler : handlers) {
      Optional<DocumentedOperation> operation = catalog.operation(handler);
      bh.consume(operation);
    }
  }
}
