package io.errorsplus.dispatch.provider.kafka;

import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.json.ReportJson;

/**
 * A record's value: {@link ErrorReport#toJson(MessageTemplate)} written by jackson-core straight
 * to UTF-8, without the intermediate {@code String} (the same bytes, since {@code toJson} decodes
 * these). Thread-safe.
 */
final class ReportJsonEncoder {

  private final MessageTemplate template;

  ReportJsonEncoder(MessageTemplate template) {
    this.template = template;
  }

  byte[] encode(ErrorReport report) {
    return ReportJson.utf8(report, template);
  }
}
