package io.errorsplus.processor.validate;

import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor reports: what is wrong and how to fix it. Tests assert on these
 * entries, so the wording lives in one place.
 */
public enum Message {
  STATUS_OUT_OF_RANGE(Diagnostic.Kind.ERROR,
      "status %d is not an error status; use 400-599"),
  NOT_AN_ERROR_DTO(Diagnostic.Kind.ERROR,
      "%s is not annotated @ErrorDto; annotate it with @ErrorDto(status = ..., message = ...) or remove it from @Errors"),
  BLANK_MESSAGE(Diagnostic.Kind.ERROR,
      "@ErrorDto message is blank; describe the error, e.g. message = \"Item not found\""),
  EXAMPLE_NEEDS_ONE_BODY(Diagnostic.Kind.ERROR,
      "@Example \"%s\" sets %s of detail and json; set exactly one of them"),
  EXAMPLE_BLANK_NAME(Diagnostic.Kind.ERROR,
      "@Example name is blank; give every example a name, e.g. name = \"NotFound\""),
  EXAMPLE_INVALID_JSON(Diagnostic.Kind.ERROR,
      "@Example \"%s\" json is not valid JSON (%s); write a JSON value such as {\"detail\": \"...\"}"),
  DUPLICATE_EXAMPLE_NAME(Diagnostic.Kind.ERROR,
      "example name \"%s\" is used twice in one %s; give each example a distinct name"),
  INVALID_MEDIA_TYPE(Diagnostic.Kind.ERROR,
      "mediaType \"%s\" is not a media type; use type/subtype, e.g. \"application/json\", or leave it empty"),
  INVALID_OPTION(Diagnostic.Kind.ERROR,
      "option -A%s=%s is invalid; use %s"),
  UNKNOWN_OPTION(Diagnostic.Kind.ERROR,
      "option -A%s is not an errors-plus option; did you mean %s?"),
  REMOVED_OPTION(Diagnostic.Kind.ERROR,
      "option -A%s was removed: the generated error catalogue replaces the registry; remove the option, or use -A%s=<qualified class name> (or auto, the default, or off)"),
  INTERNAL_ERROR(Diagnostic.Kind.ERROR,
      "errors-plus failed on %s; please report this with the stack trace: %s"),
  ERRORS_ON_NON_ENDPOINT(Diagnostic.Kind.WARNING,
      "@Errors on %s has no effect: it is not an endpoint; put it on a method with an HTTP method annotation (@GET, @GetMapping, ...) or on its class"),
  EXAMPLE_PROPERTY_NOT_DECLARED(Diagnostic.Kind.WARNING,
      "@Example \"%s\" has property \"%s\" that body schema %s does not declare; remove it or add it to the body type"),
  EXAMPLE_PROPERTY_MISSING(Diagnostic.Kind.WARNING,
      "@Example \"%s\" lacks property \"%s\" that body schema %s requires; add it to the example"),
  EXAMPLE_WRONG_VALUE(Diagnostic.Kind.WARNING,
      "@Example \"%s\" has %s at %s where its body schema expects %s; fix the example or the body type"),
  CATALOG_BODY_METHOD_MISSING(Diagnostic.Kind.WARNING,
      "%s declares body = %s.class but has no public no-argument method returning %s, so the runtime answers it with the standard body; add one, e.g. public %s body()"),
  CATALOG_TYPE_PRIVATE(Diagnostic.Kind.WARNING,
      "%s is private, so the generated error catalogue cannot refer to it and leaves out %s; make it package-private or public"),
  THROWS_NOT_DOCUMENTED(Diagnostic.Kind.WARNING,
      "%s is thrown but not documented (errorsplus.throws=warn); list it in @Errors or set -Aerrorsplus.throws=document"),
  UNDOCUMENTED_THROW(Diagnostic.Kind.WARNING,
      "%s (%d) is thrown by %s %s (%s.%s) but not documented for it; add it to @Errors or the throws clause"),
  THROW_ANALYSIS_SKIPPED(Diagnostic.Kind.NOTE,
      "errors-plus: undocumented throws are not checked: this compiler offers no tree API (com.sun.source.util.Trees); compile with javac to check them");

  private final Diagnostic.Kind kind;
  private final String template;

  Message(Diagnostic.Kind kind, String template) {
    this.kind = kind;
    this.template = template;
  }

  public Diagnostic.Kind kind() {
    return kind;
  }

  /**
   * The text of this message with its arguments, each {@code %s} or {@code %d} replaced by the
   * next one. Not {@code String.format}: {@code java.util.Formatter} and the locale data it loads
   * cost a cold build milliseconds (BENCHMARKS.md, what a cold build pays), and a status should
   * read as ASCII digits in every locale.
   */
  public String format(Object... args) {
    StringBuilder text = new StringBuilder(template.length() + 32 * args.length);
    int next = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      char conversion = i + 1 < template.length() ? template.charAt(i + 1) : 0;
      if (c == '%' && (conversion == 's' || conversion == 'd') && next < args.length) {
        text.append(args[next++]);
        i++;
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }
}
