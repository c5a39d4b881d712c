package io.errorsplus.dispatch.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.ReportField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A report as one JSON object: the template's fields by JSON name, in {@link ReportField} order,
 * then its constants. Written straight to UTF-8 (what Kafka and files take);
 * {@link ErrorReport#toJson} decodes these bytes, so the two never differ. Internal.
 */
public final class ReportJson {

  private ReportJson() {}

  /** The report's JSON in UTF-8. */
  public static byte[] utf8(ErrorReport report, MessageTemplate template) {
    ByteArrayBuilder out = new ByteArrayBuilder(Json.FACTORY._getBufferRecycler(), 2048);
    try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
      write(g, report, template, Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte buffer does not fail
    }
    byte[] bytes = out.toByteArray();
    out.release();
    return bytes;
  }

  /**
   * Writes the report object; {@code extra} entries follow the constants (the spool's own
   * fields).
   */
  public static void write(JsonGenerator g, ErrorReport report, MessageTemplate template, Map<String, ?> extra)
      throws IOException {
    g.writeStartObject();
    for (ReportField field : template.fields()) {
      g.writeFieldName(field.jsonName());
      Json.write(g, report.get(field));
    }
    for (Map.Entry<String, Object> e : template.constants().entrySet()) {
      g.writeFieldName(e.getKey());
      Json.write(g, e.getValue());
    }
    for (Map.Entry<String, ?> e : extra.entrySet()) {
      g.writeFieldName(e.getKey());
      Json.write(g, e.getValue());
    }
    g.writeEndObject();
  }
}
