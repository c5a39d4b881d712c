package io.errorsplus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class SliceTest {
  @Test
  void documentsJaxRsAndSpring() {
    Compilation compilation = ProcessorRun.compile("good/slice");
    assertThat(compilation).succeededWithoutWarnings();
    String doc = ProcessorRun.document(compilation);
    System.out.println(doc);
    ProcessorRun.assertGolden(doc, "slice");
  }
}
