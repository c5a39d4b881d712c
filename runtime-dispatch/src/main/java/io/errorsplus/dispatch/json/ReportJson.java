package io.errorsplus.dispatch.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
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

  /** The field names, quoted and encoded once. */
  private static final SerializedString[] NAMES = new SerializedString[ReportField.values().length];
  /** For {@link Encoder}: one generator writes report after report, with nothing between them. */
  private static final JsonFactory STREAM = Json.FACTORY.copy();

  static {
    for (ReportField f : ReportField.values()) {
      NAMES[f.ordinal()] = new SerializedString(f.jsonName());
    }
    STREAM.setRootValueSeparator(null);
  }

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
      g.writeFieldName(NAMES[field.ordinal()]);
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

  /**
   * The same bytes as {@link #utf8}, from one generator and buffer kept for report after report:
   * the volume path (a Kafka record value per report), where creating a generator per report
   * was a fifth of the encoding time. Calls are serialised.
   */
  public static final class Encoder {

    /** A buffer grown past this for an unusually large report is dropped afterwards. */
    private static final int KEEP_AT_MOST = 256 * 1024;

    private final MessageTemplate template;
    private ByteArrayBuilder out;
    private JsonGenerator generator;

    public Encoder(MessageTemplate template) {
      this.template = template;
    }

    public synchronized byte[] encode(ErrorReport report) {
      try {
        if (generator == null) {
          out = new ByteArrayBuilder(8 * 1024);
          generator = STREAM.createGenerator(out);
        }
        out.reset();
        write(generator, report, template, Map.of());
        generator.flush();
        byte[] bytes = out.toByteArray();
        if (bytes.length > KEEP_AT_MOST) {
          generator = null; // start small again next time
        }
        return bytes;
      } catch (IOException | RuntimeException e) {
        generator = null; // its state is unknown now; the next report gets a fresh one
        if (e instanceof RuntimeException r) {
          throw r;
        }
        throw new UncheckedIOException((IOException) e);
      }
    }
  }
}
