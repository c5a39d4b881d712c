package io.errorsplus.dispatch.spool;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.ReportField;
import io.errorsplus.dispatch.json.Json;
import io.errorsplus.dispatch.json.ReportJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One spooled report as one JSON line: every report field (the traceback as text) plus what
 * {@link ErrorReport#toJson} does not carry exactly ({@code duration} in nanoseconds and the
 * body's media type), so that a replayed report is identical to the one that was spooled.
 */
final class SpoolRecordCodec {

  private static final String DURATION_NANOS = "_duration_nanos";
  private static final String CONTENT_TYPE = "_request_content_type";
  private static final String VERSION = "_spool_version";

  private SpoolRecordCodec() {}

  /** One line of UTF-8, ending in {@code \\n}. */
  static byte[] encode(ErrorReport report) {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put(DURATION_NANOS, report.duration() == null ? null : report.duration().toNanos());
    extra.put(CONTENT_TYPE, report.requestContentType());
    extra.put(VERSION, 1);
    ByteArrayBuilder out = new ByteArrayBuilder(Json.FACTORY._getBufferRecycler(), 4096);
    try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
      ReportJson.write(g, report, MessageTemplate.all(), extra); // compact: a newline in text is escaped
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte buffer does not fail
    }
    out.write('\n'); // one record is exactly one line
    byte[] line = out.toByteArray();
    out.release();
    return line;
  }

  /** @throws IllegalArgumentException when the line is not a spool record */
  @SuppressWarnings("unchecked")
  static ErrorReport decode(String line) {
    Object parsed = Json.parse(line);
    if (!(parsed instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("a spool record must be a JSON object");
    }
    Map<String, Object> m = (Map<String, Object>) parsed;
    ErrorReport.Builder b = ErrorReport.builder()
        .appName(str(m, ReportField.APP_NAME))
        .endpoint(str(m, ReportField.ENDPOINT))
        .fullUrl(str(m, ReportField.FULL_URL))
        .method(str(m, ReportField.METHOD))
        .statusCode(num(m.get(ReportField.STATUS_CODE.jsonName())).intValue())
        .headers(strings(m.get(ReportField.HEADERS.jsonName())))
        .queryParams(strings(m.get(ReportField.QUERY_PARAMS.jsonName())))
        .requestBody((String) m.get(CONTENT_TYPE), str(m, ReportField.REQUEST_BODY))
        .clientIp(str(m, ReportField.CLIENT_IP))
        .userAgent(str(m, ReportField.USER_AGENT))
        .errorDetails(str(m, ReportField.ERROR_DETAILS))
        .errorType(str(m, ReportField.ERROR_TYPE))
        .traceback(str(m, ReportField.TRACEBACK))
        .timestamp(num(m.get(ReportField.TIMESTAMP.jsonName())).longValue())
        .guidError(str(m, ReportField.GUID_ERROR))
        .exceptionClass(str(m, ReportField.EXCEPTION_CLASS))
        .operationId(str(m, ReportField.OPERATION_ID))
        .documented(Boolean.TRUE.equals(m.get(ReportField.DOCUMENTED.jsonName())))
        .errorCode(str(m, ReportField.ERROR_CODE))
        .fingerprint(str(m, ReportField.FINGERPRINT))
        .occurrences(Math.max(1, num(m.get(ReportField.OCCURRENCES.jsonName())).intValue()));
    Object nanos = m.get(DURATION_NANOS);
    if (nanos instanceof Number n) {
      b.duration(Duration.ofNanos(n.longValue()));
    }
    return b.build();
  }

  private static String str(Map<String, Object> m, ReportField f) {
    Object v = m.get(f.jsonName());
    return v == null ? null : v.toString();
  }

  private static Number num(Object v) {
    return v instanceof Number n ? n : 0;
  }

  private static Map<String, String> strings(Object v) {
    if (!(v instanceof Map<?, ?> map)) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      out.put(String.valueOf(e.getKey()), e.getValue() == null ? null : e.getValue().toString());
    }
    return out;
  }
}
