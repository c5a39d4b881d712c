package io.errorsplus.dispatch.provider.email;

import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import io.errorsplus.dispatch.ReportField;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the subject and the plain-text and HTML bodies of a mail, for one report or for a digest
 * of several. Only writes: no SMTP here. Every value in the HTML part is escaped by
 * {@link HtmlEscaper}; the subject goes through {@link SubjectLine}.
 */
final class ReportMailWriter {

  /** What one mail says. */
  record Mail(String subject, String text, String html) {}

  /** A request body or a header list beyond this is cut: the mail is a pointer, not an archive. */
  static final int MAX_VALUE_CHARS = 8_000;
  static final int MAX_TRACEBACK_CHARS = 24_000;
  /** Distinct errors shown in full in one digest; the rest are only listed, to keep the mail readable. */
  static final int MAX_DETAILED_ERRORS = 25;

  private static final DateTimeFormatter SINCE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final String BODY_STYLE =
      "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;";
  private static final String TH_STYLE =
      "text-align:left;vertical-align:top;padding:3px 12px 3px 0;color:#555;font-weight:normal;white-space:nowrap;";
  private static final String TD_STYLE = "vertical-align:top;padding:3px 0;white-space:pre-wrap;word-break:break-word;";
  private static final String PRE_STYLE =
      "background:#f6f8fa;border:1px solid #ddd;padding:8px;font-size:12px;overflow:auto;white-space:pre;";

  private final MessageTemplate template;
  private final String subjectPrefix;
  private final Duration digestWindow;

  /**
   * @param subjectPrefix the subject's prefix, or null for {@code [<app_name>]}
   * @param digestWindow how long a digest collects, to say "in the last 60 s"
   */
  ReportMailWriter(MessageTemplate template, String subjectPrefix, Duration digestWindow) {
    this.template = template;
    this.subjectPrefix = subjectPrefix;
    this.digestWindow = digestWindow;
  }

  /** A mail about one report (or one repeat summary, whose occurrences are said in the subject). */
  Mail single(ErrorReport report) {
    String title = title(report);
    String subject = SubjectLine.of(prefix(report) + " " + title
        + (report.occurrences() > 1 ? " (" + report.occurrences() + " times)" : ""));

    StringBuilder text = new StringBuilder(2048);
    text.append(title).append("\n\n");
    writeFieldsText(text, report);

    StringBuilder html = new StringBuilder(4096);
    openHtml(html, subject);
    html.append("<h2 style=\"margin:0 0 12px 0;\">");
    HtmlEscaper.append(html, title);
    html.append("</h2>\n");
    writeFieldsHtml(html, report);
    closeHtml(html);
    return new Mail(subject, text.toString(), html.toString());
  }

  /** One mail for several reports: a summary line per distinct error, then one sample of each. */
  Mail digest(ErrorDigest digest) {
    List<ErrorDigest.Entry> entries = digest.entries();
    String headline = digest.totalErrors() + (digest.totalErrors() == 1 ? " error" : " errors")
        + " (" + entries.size() + " distinct)" + span(digest);
    String subject = SubjectLine.of(prefix(entries.get(0).sample()) + " " + headline);

    StringBuilder text = new StringBuilder(4096);
    text.append(headline).append("\n\n");
    int n = 1;
    for (ErrorDigest.Entry e : entries) {
      text.append(n++).append(". ").append(e.count()).append(" x ").append(title(e.sample()))
          .append("\n   first ").append(time(e.firstSeen())).append(", last ").append(time(e.lastSeen()))
          .append('\n');
    }
    List<ErrorDigest.Entry> detailed = entries.subList(0, Math.min(entries.size(), MAX_DETAILED_ERRORS));
    String omitted = entries.size() > detailed.size()
        ? "Details of the other " + (entries.size() - detailed.size()) + " distinct errors are left out; see the list above."
        : null;
    n = 1;
    for (ErrorDigest.Entry e : detailed) {
      text.append("\n\n").append(n++).append(". ").append(title(e.sample()))
          .append(" (").append(e.count()).append(e.count() == 1 ? " time" : " times").append(")\n")
          .append("----------------------------------------------------------------------\n");
      writeFieldsText(text, e.sample());
    }
    if (omitted != null) {
      text.append("\n\n").append(omitted).append('\n');
    }

    StringBuilder html = new StringBuilder(8192);
    openHtml(html, subject);
    html.append("<h2 style=\"margin:0 0 12px 0;\">");
    HtmlEscaper.append(html, headline);
    html.append("</h2>\n<table style=\"border-collapse:collapse;margin-bottom:16px;\">\n<tr>");
    for (String h : new String[] {"#", "count", "error", "first", "last"}) {
      html.append("<th style=\"").append(TH_STYLE).append("border-bottom:1px solid #ddd;\">").append(h).append("</th>");
    }
    html.append("</tr>\n");
    n = 1;
    for (ErrorDigest.Entry e : entries) {
      html.append("<tr><td style=\"").append(TD_STYLE).append("padding-right:12px;\">").append(n)
          .append("</td><td style=\"").append(TD_STYLE).append("padding-right:12px;\"><b>").append(e.count())
          .append("</b></td><td style=\"").append(TD_STYLE).append("padding-right:12px;\">");
      if (n <= detailed.size()) {
        html.append("<a href=\"#error-").append(n).append("\">");
        HtmlEscaper.append(html, title(e.sample()));
        html.append("</a>");
      } else {
        HtmlEscaper.append(html, title(e.sample()));
      }
      html.append("</td><td style=\"").append(TD_STYLE).append("padding-right:12px;white-space:nowrap;\">")
          .append(time(e.firstSeen())).append("</td><td style=\"").append(TD_STYLE).append("white-space:nowrap;\">")
          .append(time(e.lastSeen())).append("</td></tr>\n");
      n++;
    }
    html.append("</table>\n");
    n = 1;
    for (ErrorDigest.Entry e : detailed) {
      html.append("<h3 id=\"error-").append(n).append("\" style=\"margin:20px 0 8px 0;border-top:1px solid #ddd;padding-top:12px;\">")
          .append(n).append(". ");
      HtmlEscaper.append(html, title(e.sample()));
      html.append(" <span style=\"color:#b00;\">(").append(e.count()).append(e.count() == 1 ? " time" : " times")
          .append(")</span></h3>\n");
      writeFieldsHtml(html, e.sample());
      n++;
    }
    if (omitted != null) {
      html.append("<p style=\"margin-top:20px;color:#555;\">").append(omitted).append("</p>\n");
    }
    closeHtml(html);
    return new Mail(subject, text.toString(), html.toString());
  }

  /** {@code 500 ValueError at GET /items/{id}}, leaving out what the report does not know. */
  static String title(ErrorReport r) {
    StringBuilder t = new StringBuilder(96);
    if (r.statusCode() > 0) {
      t.append(r.statusCode()).append(' ');
    }
    t.append(r.errorType() != null && !r.errorType().isBlank() ? r.errorType() : "Error");
    boolean hasMethod = r.method() != null && !r.method().isBlank();
    String where = r.endpoint() != null && !r.endpoint().isBlank() ? r.endpoint() : r.fullUrl();
    if (hasMethod || (where != null && !where.isBlank())) {
      t.append(" at");
      if (hasMethod) {
        t.append(' ').append(r.method());
      }
      if (where != null && !where.isBlank()) {
        t.append(' ').append(where);
      }
    }
    return t.toString();
  }

  private String prefix(ErrorReport r) {
    if (subjectPrefix != null) {
      return subjectPrefix;
    }
    String app = r.appName() != null && !r.appName().isBlank() ? r.appName() : "errors-plus";
    return "[" + app + "]";
  }

  private String span(ErrorDigest digest) {
    if (digest.firstSeen() == 0) {
      return "";
    }
    long spanMillis = digest.lastSeen() - digest.firstSeen();
    if (!digestWindow.isZero() && spanMillis <= digestWindow.toMillis()) {
      return " in the last " + human(digestWindow);
    }
    // Replayed from the spool or collected over a longer time: say since when, not a false window.
    return " since " + SINCE.format(Instant.ofEpochMilli(digest.firstSeen()));
  }

  static String human(Duration d) {
    long s = d.toSeconds();
    if (s < 120) {
      return Math.max(1, s) + " s";
    }
    if (s < 2 * 3600) {
      return (s / 60) + " min";
    }
    return (s / 3600) + " h";
  }

  private static String time(long epochMillis) {
    return epochMillis == 0 ? "-" : DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(epochMillis));
  }

  private void writeFieldsText(StringBuilder text, ErrorReport report) {
    for (ReportField field : template.fields()) {
      if (field == ReportField.TRACEBACK) {
        continue;
      }
      String value = format(field, report.get(field));
      if (value != null) {
        text.append(field.jsonName()).append(": ");
        indentContinuation(text, value);
        text.append('\n');
      }
    }
    for (Map.Entry<String, Object> c : template.constants().entrySet()) {
      text.append(c.getKey()).append(": ").append(c.getValue()).append('\n');
    }
    String traceback = traceback(report);
    if (traceback != null) {
      text.append("traceback:\n");
      for (String line : traceback.split("\r?\n", -1)) {
        text.append("    ").append(line).append('\n');
      }
    }
  }

  private void writeFieldsHtml(StringBuilder html, ErrorReport report) {
    html.append("<table style=\"border-collapse:collapse;\">\n");
    for (ReportField field : template.fields()) {
      if (field == ReportField.TRACEBACK) {
        continue;
      }
      String value = format(field, report.get(field));
      if (value != null) {
        row(html, field.jsonName(), value);
      }
    }
    for (Map.Entry<String, Object> c : template.constants().entrySet()) {
      row(html, c.getKey(), String.valueOf(c.getValue()));
    }
    html.append("</table>\n");
    String traceback = traceback(report);
    if (traceback != null) {
      html.append("<div style=\"margin-top:8px;color:#555;\">traceback</div>\n<pre style=\"").append(PRE_STYLE).append("\">");
      HtmlEscaper.append(html, traceback);
      html.append("</pre>\n");
    }
  }

  private static void row(StringBuilder html, String name, String value) {
    html.append("<tr><th style=\"").append(TH_STYLE).append("\">");
    HtmlEscaper.append(html, name);
    html.append("</th><td style=\"").append(TD_STYLE).append("\">");
    HtmlEscaper.append(html, value);
    html.append("</td></tr>\n");
  }

  private String traceback(ErrorReport report) {
    if (!template.includes(ReportField.TRACEBACK)) {
      return null;
    }
    String t = report.traceback();
    return t == null || t.isBlank() ? null : cut(t.stripTrailing(), MAX_TRACEBACK_CHARS);
  }

  /** The text of a value, or null when there is nothing worth a line. */
  private static String format(ReportField field, Object value) {
    if (value == null) {
      return null;
    }
    String text;
    if (field == ReportField.TIMESTAMP) {
      long ms = ((Number) value).longValue();
      text = ms == 0 ? null : time(ms);
    } else if (field == ReportField.DURATION) {
      text = String.format(Locale.ROOT, "%.3f s", ((Number) value).doubleValue());
    } else if (field == ReportField.STATUS_CODE) {
      text = ((Number) value).intValue() == 0 ? null : value.toString();
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        return null;
      }
      StringBuilder b = new StringBuilder();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (b.length() > 0) {
          b.append('\n');
        }
        b.append(e.getKey()).append(": ").append(e.getValue());
      }
      text = b.toString();
    } else {
      text = value.toString();
    }
    return text == null || text.isEmpty() ? null : cut(text, MAX_VALUE_CHARS);
  }

  private static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    return s.substring(0, max) + "\n\u2026 (" + (s.length() - max) + " more characters)";
  }

  private static void indentContinuation(StringBuilder text, String value) {
    String[] lines = value.split("\r?\n", -1);
    text.append(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      text.append("\n    ").append(lines[i]);
    }
  }

  private static void openHtml(StringBuilder html, String title) {
    html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>");
    HtmlEscaper.append(html, title);
    html.append("</title></head>\n<body style=\"").append(BODY_STYLE).append("\">\n");
  }

  private static void closeHtml(StringBuilder html) {
    html.append("<p style=\"margin-top:24px;color:#888;font-size:12px;\">Sent by errors-plus.</p>\n</body></html>\n");
  }
}
