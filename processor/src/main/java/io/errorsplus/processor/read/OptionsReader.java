package io.errorsplus.processor.read;

import io.errorsplus.processor.model.ProcessorOptions;
import io.errorsplus.processor.model.ProcessorOptions.BodyStyle;
import io.errorsplus.processor.model.ProcessorOptions.OpenApiVersion;
import io.errorsplus.processor.model.ProcessorOptions.ThrowsMode;
import io.errorsplus.processor.model.ProcessorOptions.UndocumentedMode;
import io.errorsplus.processor.validate.Diagnostics;
import io.errorsplus.processor.validate.Message;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Reads the {@code -Aerrorsplus.*} options; an invalid value is a compile error. */
public final class OptionsReader {

  /** Every option the processor accepts. */
  public static final Set<String> SUPPORTED = Set.of(
      ProcessorOptions.TITLE, ProcessorOptions.VERSION, ProcessorOptions.OPENAPI,
      ProcessorOptions.BODY_STYLE, ProcessorOptions.THROWS, ProcessorOptions.VALIDATION_STATUS,
      ProcessorOptions.BASE_PATH, ProcessorOptions.OUTPUT, ProcessorOptions.CATALOG,
      ProcessorOptions.UNDOCUMENTED,
      // still accepted by name, so that its own error says what replaced it
      ProcessorOptions.REMOVED_REGISTRY_CLASS);

  private OptionsReader() {}

  /** The options; invalid values are reported and replaced by their defaults. */
  public static ProcessorOptions read(Map<String, String> raw, Diagnostics diagnostics) {
    // A removed option has its own error saying what replaced it; it is never suggested.
    UnknownOptions.report(raw.keySet(), SUPPORTED, Set.of(ProcessorOptions.REMOVED_REGISTRY_CLASS), diagnostics);
    ProcessorOptions d = ProcessorOptions.defaults();
    String title = text(raw, ProcessorOptions.TITLE, d.title(), diagnostics);
    String version = text(raw, ProcessorOptions.VERSION, d.version(), diagnostics);

    OpenApiVersion openApi = d.openApiVersion();
    String v = raw.get(ProcessorOptions.OPENAPI);
    if (v != null) {
      switch (v.trim()) {
        case "3.1", "3.1.0" -> openApi = OpenApiVersion.V3_1;
        case "3.0", "3.0.3" -> openApi = OpenApiVersion.V3_0;
        default -> diagnostics.report(Message.INVALID_OPTION, ProcessorOptions.OPENAPI, v, "3.1 or 3.0");
      }
    }
    BodyStyle style = d.bodyStyle();
    String s = raw.get(ProcessorOptions.BODY_STYLE);
    if (s != null) {
      switch (s.trim()) {
        case "detail" -> style = BodyStyle.DETAIL;
        case "problem" -> style = BodyStyle.PROBLEM;
        default -> diagnostics.report(Message.INVALID_OPTION, ProcessorOptions.BODY_STYLE, s, "detail or problem");
      }
    }
    ThrowsMode throwsMode = d.throwsMode();
    String t = raw.get(ProcessorOptions.THROWS);
    if (t != null) {
      switch (t.trim()) {
        case "document" -> throwsMode = ThrowsMode.DOCUMENT;
        case "warn" -> throwsMode = ThrowsMode.WARN;
        case "ignore" -> throwsMode = ThrowsMode.IGNORE;
        default -> diagnostics.report(Message.INVALID_OPTION, ProcessorOptions.THROWS, t, "document, warn or ignore");
      }
    }
    int validationStatus = d.validationStatus();
    String vs = raw.get(ProcessorOptions.VALIDATION_STATUS);
    if (vs != null) {
      switch (vs.trim()) {
        case "422" -> validationStatus = 422;
        case "400" -> validationStatus = 400;
        default -> diagnostics.report(Message.INVALID_OPTION, ProcessorOptions.VALIDATION_STATUS, vs, "422 or 400");
      }
    }
    Optional<String> basePath = Optional.empty();
    String b = raw.get(ProcessorOptions.BASE_PATH);
    if (b != null) {
      if (b.contains("://") || b.startsWith("//")) {
        // A URL would be joined into every path (/http:/localhost:9966/petclinic/...).
        diagnostics.report(Message.INVALID_OPTION, ProcessorOptions.BASE_PATH, b,
            "the path only, without scheme and host, e.g. " + pathOf(b));
      } else if (b.chars().anyMatch(c -> Character.isWhitespace(c) || c == '?' || c == '#' || c == ':')) {
        diagnostics.report(Message.INVALID_OPTION, ProcessorOptions.BASE_PATH, b,
            "a path without spaces, ':', '?' or '#', e.g. /api/v1");
      } else {
        basePath = Optional.of(b);
      }
    }
    Optional<String> output = Optional.empty();
    String o = raw.get(ProcessorOptions.OUTPUT);
    if (o != null) {
      if (o.isBlank()) {
        diagnostics.report(Message.INVALID_OPTION, ProcessorOptions.OUTPUT, o, "a file path, e.g. target/openapi-errors.json");
      } else {
        output = Optional.of(o.trim());
      }
    }
    String catalog = d.catalog();
    String c = raw.get(ProcessorOptions.CATALOG);
    if (c != null) {
      String name = c.trim();
      // A class in the default package cannot be imported; ask for a package.
      if (name.equals(ProcessorOptions.CATALOG_AUTO) || name.equals(ProcessorOptions.CATALOG_OFF)
          || (SourceVersion.isName(name) && name.contains("."))) {
        catalog = name;
      } else {
        diagnostics.report(Message.INVALID_OPTION, ProcessorOptions.CATALOG, c,
            "auto, off or a qualified class name, e.g. com.acme.api.ErrorsPlusCatalog");
      }
    }
    if (raw.containsKey(ProcessorOptions.REMOVED_REGISTRY_CLASS)) {
      diagnostics.report(Message.REMOVED_OPTION, ProcessorOptions.REMOVED_REGISTRY_CLASS,
          ProcessorOptions.CATALOG);
    }
    UndocumentedMode undocumented = d.undocumented();
    String u = raw.get(ProcessorOptions.UNDOCUMENTED);
    if (u != null) {
      switch (u.trim()) {
        case "warn" -> undocumented = UndocumentedMode.WARN;
        case "error" -> undocumented = UndocumentedMode.ERROR;
        case "ignore" -> undocumented = UndocumentedMode.IGNORE;
        default -> diagnostics.report(Message.INVALID_OPTION, ProcessorOptions.UNDOCUMENTED, u, "warn, error or ignore");
      }
    }
    return new ProcessorOptions(title, version, openApi, style, throwsMode, validationStatus,
        basePath, output, catalog, undocumented);
  }

  /** The path of a URL given as a base path, as the fix to suggest ({@code /petclinic}). */
  private static String pathOf(String url) {
    String rest = url.substring(url.indexOf("//") + 2);
    int slash = rest.indexOf('/');
    String path = slash < 0 ? "" : rest.substring(slash).replaceAll("[?#].*$", "");
    return path.isEmpty() || path.equals("/") ? "/api" : path;
  }

  private static String text(Map<String, String> raw, String key, String otherwise,
      Diagnostics diagnostics) {
    String value = raw.get(key);
    if (value == null) {
      return otherwise;
    }
    if (value.isBlank()) {
      diagnostics.report(Message.INVALID_OPTION, key, value, "a non-blank text");
      return otherwise;
    }
    return value;
  }
}
