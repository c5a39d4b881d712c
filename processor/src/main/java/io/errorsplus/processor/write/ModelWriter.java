package io.errorsplus.processor.write;

import io.errorsplus.processor.model.ApiModel;
import java.io.IOException;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Writes one resource from the validated model when processing is over. (Java sources are
 * written in earlier rounds; see {@link CatalogWriter}.)
 */
public interface ModelWriter {

  /** Writes this output through the environment's filer. */
  void write(ApiModel model, ProcessingEnvironment env) throws IOException;
}
