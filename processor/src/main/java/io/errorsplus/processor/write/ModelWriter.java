package io.errorsplus.processor.write;

import io.errorsplus.processor.model.ApiModel;
import java.io.IOException;
import javax.annotation.processing.Filer;

/**
 * Writes one output from the validated model. Each output (the OpenAPI document, generated
 * sources) is one writer fed the same model, once, when processing is over.
 */
public interface ModelWriter {

  void write(ApiModel model, Filer filer) throws IOException;
}
