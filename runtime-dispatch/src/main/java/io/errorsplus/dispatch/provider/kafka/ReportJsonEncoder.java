package io.errorsplus.dispatch.provider.kafka;

import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.json.ReportJson;

/**
 * A record's value: {@link ErrorReport#toJson(MessageTemplate)} written by jackson-core straight
 * to UTF-8, without the intermediate {@code String} (the same bytes, since {@code toJson} decodes
 * what {@link ReportJson} writes), reusing one generator; see BENCHMARKS.md. Calls are
 * serialised; the provider calls it from its single worker thread.
 */
final class ReportJsonEncoder {

  private final ReportJson.Encoder encoder;

  ReportJsonEncoder(MessageTemplate template) {
    this.encoder = new ReportJson.Encoder(template);
  }

  byte[] encode(ErrorReport report) {
    return encoder.encode(report);
  }
}
