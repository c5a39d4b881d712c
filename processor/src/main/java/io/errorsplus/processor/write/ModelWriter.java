package io.errorsplus.processor.write;

import io.errorsplus.processor.model.ApiModel;
import java.io.IOException;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Writes one output from the validated model. Each output (the OpenAPI document, generated
 * sources) is one writer fed the same model, once.
 */
public interface ModelWriter {

  /**
   * Whether this writer writes Java sources. Those are written after the first round, so javac
   * compiles and processes them like any other source (a source written when processing is over
   * draws a warning and is not processed); resources are written when processing is over.
   */
  default boolean writesSources() {
    return false;
  }

  /** Writes this output through the environment's filer. */
  void write(ApiModel model, ProcessingEnvironment env) throws IOException;
}
