package io.errorsplus.dispatch.provider.discord;

import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.ReportField;
import io.errorsplus.dispatch.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a report into the JSON body of Discord's "execute webhook" call: one embed, sized to fit
 * every documented limit by cutting text with a visible marker, so Discord never answers 400.
 *
 * <p>Layout: the title says what broke ({@code 500 ItemNotFoundException at GET /items/{id}}),
 * the description holds the repeat count, the error message and the stack trace (code block),
 * fields hold the rest of the template (short ones inline, JSON values in code blocks), the
 * footer holds app name and {@code guid_error}, the embed timestamp the report's time.
 */
final class DiscordMessageWriter {

  // Discord's documented limits, in characters (we count UTF-16 units: never fewer than Discord).
  static final int TITLE_MAX = 256;
  static final int DESCRIPTION_MAX = 4096;
  static final int FIELDS_MAX = 25;
  static final int FIELD_NAME_MAX = 256;
  static final int FIELD_VALUE_MAX = 1024;
  static final int FOOTER_MAX = 2048;
  static final int EMBED_TOTAL_MAX = 6000;
  static final int CONTENT_MAX = 2000;

  static final int COLOUR_SERVER_ERROR = 0xE74C3C; // red
  static final int COLOUR_CLIENT_ERROR = 0xF39C12; // orange
  static final int COLOUR_OTHER = 0x95A5A6;        // grey

  private static final int APP_NAME_IN_FOOTER_MAX = 200;
  private static final int DETAILS_WITH_TRACEBACK_MAX = 1500;
  private static final int TRACEBACK_MIN = 400;
  private static final int DETAILS_MIN = 200;

  private final MessageTemplate template;
  private final String username;
  private final String avatarUrl;
  private final String content;
  private final Duration repeatWindow;

  /**
   * @param repeatWindow the de-duplication window, named in "×37 in the last 60 s"; zero: not named
   */
  DiscordMessageWriter(MessageTemplate template, String username, String avatarUrl, String content,
      Duration repeatWindow) {
    this.template = template;
    this.username = username;
    this.avatarUrl = avatarUrl;
    this.content = content;
    this.repeatWindow = repeatWindow;
  }

  /** The whole request body. */
  String write(ErrorReport report) {
    Map<String, Object> payload = new LinkedHashMap<>();
    if (username != null) {
      payload.put("username", username);
    }
    if (avatarUrl != null) {
      payload.put("avatar_url", avatarUrl);
    }
    if (content != null) {
      payload.put("content",
          DiscordText.truncate(DiscordText.neutraliseMentions(content), CONTENT_MAX));
    }
    payload.put("embeds", List.of(embed(report)));
    // Never ping anyone, whatever the text says.
    payload.put("allowed_mentions", Map.of("parse", List.of()));
    return Json.text(payload);
  }

  Map<String, Object> embed(ErrorReport report) {
    String title = title(report);
    String footer = footer(report);
    List<Part> description = description(report);
    List<Field> fields = fields(report);
    fitTotal(title, footer, description, fields);

    Map<String, Object> embed = new LinkedHashMap<>();
    embed.put("title", title);
    String text = join(description);
    if (!text.isEmpty()) {
      embed.put("description", text);
    }
    embed.put("color", colour(report.statusCode()));
    if (!fields.isEmpty()) {
      List<Map<String, Object>> list = new ArrayList<>(fields.size());
      for (Field f : fields) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name);
        m.put("value", f.value.rendered);
        m.put("inline", f.inline);
        list.add(m);
      }
      embed.put("fields", list);
    }
    if (footer != null) {
      embed.put("footer", Map.of("text", footer));
    }
    if (template.includes(ReportField.TIMESTAMP) && report.timestamp() > 0) {
      embed.put("timestamp", Instant.ofEpochMilli(report.timestamp()).toString());
    }
    return embed;
  }

  static int colour(int status) {
    if (status >= 500 && status <= 599) {
      return COLOUR_SERVER_ERROR;
    }
    if (status >= 400 && status <= 499) {
      return COLOUR_CLIENT_ERROR;
    }
    return COLOUR_OTHER;
  }

  private boolean shows(ReportField field) {
    return template.includes(field);
  }

  private int occurrences(ErrorReport report) {
    return shows(ReportField.OCCURRENCES) ? report.occurrences() : 1;
  }

  private String title(ErrorReport r) {
    StringBuilder t = new StringBuilder();
    if (shows(ReportField.STATUS_CODE) && r.statusCode() > 0) {
      t.append(r.statusCode()).append(' ');
    }
    if (shows(ReportField.ERROR_TYPE) && notBlank(r.errorType())) {
      t.append(r.errorType()).append(' ');
    }
    StringBuilder where = new StringBuilder();
    if (shows(ReportField.METHOD) && notBlank(r.method())) {
      where.append(r.method()).append(' ');
    }
    if (shows(ReportField.ENDPOINT) && notBlank(r.endpoint())) {
      where.append(r.endpoint());
    }
    if (where.length() > 0) {
      t.append(t.length() > 0 ? "at " : "").append(where);
    }
    String text = t.toString().strip();
    if (text.isEmpty()) {
      text = shows(ReportField.APP_NAME) && notBlank(r.appName()) ? "Error in " + r.appName() : "Error";
    }
    int n = occurrences(r);
    String suffix = n > 1 ? " (×" + n + ")" : "";
    return DiscordText.truncate(DiscordText.neutraliseMentions(text), TITLE_MAX - suffix.length()) + suffix;
  }

  private String footer(ErrorReport r) {
    List<String> parts = new ArrayList<>(2);
    if (shows(ReportField.APP_NAME) && notBlank(r.appName())) {
      parts.add(DiscordText.truncate(r.appName(), APP_NAME_IN_FOOTER_MAX));
    }
    if (shows(ReportField.GUID_ERROR) && notBlank(r.guidError())) {
      parts.add("guid_error " + r.guidError());
    }
    if (parts.isEmpty()) {
      return null;
    }
    return DiscordText.truncate(DiscordText.neutraliseMentions(String.join(" · ", parts)), FOOTER_MAX);
  }

  private List<Part> description(ErrorReport r) {
    List<Part> parts = new ArrayList<>(3);
    int n = occurrences(r);
    if (n > 1) {
      String line = "**×" + n + (repeatWindow.isZero() ? "" : " in the last " + window(repeatWindow)) + "**";
      parts.add(Part.plain(line, line.length(), line.length()));
    }
    String traceback = shows(ReportField.TRACEBACK) ? r.traceback() : null;
    boolean hasTraceback = notBlank(traceback);
    if (shows(ReportField.ERROR_DETAILS) && notBlank(r.errorDetails())) {
      int room = DESCRIPTION_MAX - used(parts);
      int budget = hasTraceback ? Math.min(room, DETAILS_WITH_TRACEBACK_MAX) : room;
      parts.add(Part.plain(r.errorDetails(), DETAILS_MIN, budget));
    }
    if (hasTraceback) {
      parts.add(Part.code("", traceback, TRACEBACK_MIN, DESCRIPTION_MAX - used(parts)));
    }
    return parts;
  }

  /** Characters taken by the parts so far plus the newline before the next one. */
  private static int used(List<Part> parts) {
    return parts.isEmpty() ? 0 : join(parts).length() + 1;
  }

  private List<Field> fields(ErrorReport r) {
    List<Field> plain = new ArrayList<>();
    List<Field> code = new ArrayList<>();
    for (ReportField f : template.fields()) {
      switch (f) {
        // Shown in the title, description, footer or as the embed timestamp.
        case STATUS_CODE, ERROR_TYPE, METHOD, ENDPOINT, ERROR_DETAILS, TRACEBACK, APP_NAME, GUID_ERROR,
            TIMESTAMP -> { }
        case HEADERS, QUERY_PARAMS -> {
          @SuppressWarnings("unchecked")
          Map<String, String> map = (Map<String, String>) r.get(f);
          if (!map.isEmpty()) {
            code.add(Field.code(f.jsonName(), "json", prettyJson(map)));
          }
        }
        case REQUEST_BODY -> {
          if (notBlank(r.requestBody())) {
            String ct = r.requestContentType();
            boolean json = ct != null && ct.toLowerCase(Locale.ROOT).contains("json");
            code.add(Field.code(f.jsonName(), json ? "json" : "", r.requestBody()));
          }
        }
        case DURATION -> {
          if (r.duration() != null) {
            double seconds = r.duration().toNanos() / 1_000_000_000.0;
            plain.add(Field.plain(f.jsonName(), String.format(Locale.ROOT, "%.3f s", seconds)));
          }
        }
        case OCCURRENCES -> {
          if (r.occurrences() > 1) {
            plain.add(Field.plain(f.jsonName(), String.valueOf(r.occurrences())));
          }
        }
        default -> {
          Object value = r.get(f);
          if (value != null && notBlank(value.toString())) {
            plain.add(Field.plain(f.jsonName(), value.toString()));
          }
        }
      }
    }
    for (Map.Entry<String, Object> c : template.constants().entrySet()) {
      String value = String.valueOf(c.getValue());
      if (notBlank(value)) { // Discord refuses a field without a value
        plain.add(Field.plain(c.getKey(), value));
      }
    }
    // Short fields first so inline ones share rows; code blocks below them.
    List<Field> all = new ArrayList<>(plain);
    all.addAll(code);
    if (all.size() > FIELDS_MAX) {
      int hidden = all.size() - (FIELDS_MAX - 1);
      all = new ArrayList<>(all.subList(0, FIELDS_MAX - 1));
      all.add(Field.hidden(hidden));
    }
    return all;
  }

  /**
   * Brings the embed under 6000 characters: shortens the stack trace first, then the JSON code
   * blocks, then the error message, then the short fields, and drops fields only as a last resort.
   */
  private static void fitTotal(String title, String footer, List<Part> description, List<Field> fields) {
    int fixed = title.length() + (footer == null ? 0 : footer.length());
    List<Part> traceback = new ArrayList<>();
    List<Part> details = new ArrayList<>();
    for (Part p : description) {
      (p.language != null ? traceback : details).add(p);
    }
    List<Part> codeFields = new ArrayList<>();
    List<Part> plainFields = new ArrayList<>();
    for (Field f : fields) {
      if (f.hiddenCount == 0) {
        (f.value.language != null ? codeFields : plainFields).add(f.value);
      }
    }
    for (List<Part> group : List.of(traceback, codeFields, details, plainFields)) {
      int excess;
      while ((excess = total(fixed, description, fields) - EMBED_TOTAL_MAX) > 0) {
        Part largest = group.stream().filter(Part::shrinkable).max(Comparator.comparingInt(Part::length))
            .orElse(null);
        if (largest == null) {
          break;
        }
        largest.shrinkBy(excess);
      }
    }
    // Last resort: drop the biggest fields and say how many are missing.
    int hidden = 0;
    if (!fields.isEmpty() && fields.get(fields.size() - 1).hiddenCount > 0) {
      hidden = fields.remove(fields.size() - 1).hiddenCount;
    }
    while (!fields.isEmpty() && total(fixed, description, fields)
        + (hidden > 0 ? Field.hidden(hidden).length() : 0) > EMBED_TOTAL_MAX) {
      fields.remove(fields.stream().max(Comparator.comparingInt(Field::length)).orElseThrow());
      hidden++;
    }
    if (hidden > 0) {
      fields.add(Field.hidden(hidden));
    }
  }

  private static int total(int fixed, List<Part> description, List<Field> fields) {
    int sum = fixed + join(description).length();
    for (Field f : fields) {
      sum += f.name.length() + f.value.length();
    }
    return sum;
  }

  private static String join(List<Part> parts) {
    StringBuilder s = new StringBuilder();
    for (Part p : parts) {
      if (s.length() > 0) {
        s.append('\n');
      }
      s.append(p.rendered);
    }
    return s.toString();
  }

  /** One entry per line, so a reader can scan the headers. */
  private static String prettyJson(Map<String, String> map) {
    Map<String, String> values = new LinkedHashMap<>();
    map.forEach((k, v) -> values.put(k, v == null ? "" : v));
    return Json.pretty(values);
  }

  static String window(Duration d) {
    long ms = d.toMillis();
    if (ms >= 120_000 && ms % 60_000 == 0) {
      return ms / 60_000 + " min";
    }
    if (ms % 1000 == 0) {
      return ms / 1000 + " s";
    }
    return ms + " ms";
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
