package io.errorsplus.dispatch.spool;

import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.JsonText;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.ReportField;
import io.errorsplus.dispatch.json.JsonReader;
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

  static String encode(ErrorReport report) {
    Map<String, Object> map = new LinkedHashMap<>(report.toMap(MessageTemplate.all()));
    map.put(DURATION_NANOS, report.duration() == null ? null : report.duration().toNanos());
    map.put(CONTENT_TYPE, report.requestContentType());
    map.put(VERSION, 1);
    StringBuilder out = new StringBuilder(4096);
    JsonText.write(out, map); // JsonText escapes \n, so one record is exactly one line
    return out.append('\n').toString();
  }

  /** @throws IllegalArgumentException when the line is not a spool record */
  @SuppressWarnings("unchecked")
  static ErrorReport decode(String line) {
    Object parsed = JsonReader.parse(line);
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
