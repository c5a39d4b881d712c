package io.errorsplus.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.errorsplus.processor.ErrorsPlusProcessor;
import io.errorsplus.processor.model.HandlerRef;
import io.errorsplus.processor.model.ProcessorOptions;
import io.errorsplus.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Java source of one generated catalogue class: a subclass of the runtime's
 * {@code GeneratedErrorCatalog} whose constructor registers every dto and endpoint with class
 * literals (endpoints as a table of rows that name them by index), and whose {@code customBody}
 * makes the typed call of each dto's body method.
 *
 * <p>Registrations are spread over pages, nested classes {@code ErrorsN}, {@code OperationsN}
 * (and {@code BodiesN} for many typed bodies) of bounded size, so that thousands of entries stay
 * far below the JVM's limits of 64 KiB of byte code per method and 65,535 constants per class
 * (5,000 dtos and 5,000 endpoints in one class would fill 82% of its constant pool).
 *
 * <p>The text is written here rather than by JavaPoet's emitter, which the processor uses for
 * type names only: at 2,000 endpoints JavaPoet took 0.6 s (JIT-warm) to 1.4 s (cold, as in a
 * build) to build and print the 0.5 MB source, more than the rest of the processor together
 * (BENCHMARKS.md); this prints it in a few milliseconds, in JavaPoet's layout.
 */
final class CatalogSource {

  static final String RUNTIME_PACKAGE = "io.errorsplus.dispatch.catalog";
  private static final ClassName BASE = ClassName.get(RUNTIME_PACKAGE, "GeneratedErrorCatalog");
  private static final ClassName BODY_STYLE = ClassName.get(RUNTIME_PACKAGE, "BodyStyle");
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  /** Names the generated class uses or inherits, which a user type of the same name must not hide. */
  private static final List<String> RESERVED = List.of("Object", "Throwable", "Override",
      "SuppressWarnings", "Operation", "Registrar");

  /** Dtos per page (about 25 bytes of byte code and 6 constant pool entries each). */
  static final int ERRORS_PER_PAGE = 500;
  /** Endpoints per page (a row: 7 bytes of byte code and 2 constants; a class literal: the same). */
  static final int OPERATIONS_PER_PAGE = 200;
  /** Typed body calls per page. */
  static final int BODIES_PER_PAGE = 500;

  /** One dto to register; {@code bodyMethod} present for a typed body call. */
  record Dto(TypeRef type, int status, String code, String message, Optional<String> bodyMethod) {}

  /** One endpoint to register. */
  record Operation(String operationId, String method, String path, int validationStatus,
      List<Integer> statuses, List<TypeRef> documents, List<HandlerRef> handlers) {}

  private final StringBuilder out;
  private SourceNames names;

  private CatalogSource(int expectedChars) {
    out = new StringBuilder(expectedChars);
  }

  /**
   * @param main the first catalogue class of the compilation: {@code name} itself, or the class
   *     this one completes
   */
  static String of(ClassName name, ClassName main, ProcessorOptions.BodyStyle bodyStyle,
      List<Dto> dtos, List<Operation> operations, boolean generatedAvailable) {
    CatalogSource source = new CatalogSource(2048 + dtos.size() * 120 + operations.size() * 300);
    source.write(name, main, bodyStyle, dtos, operations, generatedAvailable);
    return source.out.toString();
  }

  private void write(ClassName name, ClassName main, ProcessorOptions.BodyStyle bodyStyle,
      List<Dto> dtos, List<Operation> operations, boolean generatedAvailable) {
    int errorPages = pages(dtos.size(), ERRORS_PER_PAGE);
    int operationPages = pages(operations.size(), OPERATIONS_PER_PAGE);
    List<Dto> withBody = dtos.stream().filter(d -> d.bodyMethod().isPresent()).toList();
    int bodyPages = withBody.size() > BODIES_PER_PAGE ? pages(withBody.size(), BODIES_PER_PAGE) : 0;

    List<String> reserved = new ArrayList<>(RESERVED);
    reserved.add(name.simpleName());
    addPageNames(reserved, "Errors", errorPages);
    addPageNames(reserved, "Operations", operationPages);
    addPageNames(reserved, "Bodies", bodyPages);
    List<ClassName> owned = new ArrayList<>(List.of(BASE, BODY_STYLE));
    if (generatedAvailable) {
      owned.add(GENERATED);
    }
    List<TypeName> types = new ArrayList<>();
    boolean deprecated = false;
    for (Dto dto : dtos) {
      types.add(dto.type().name());
      deprecated |= dto.type().deprecated();
    }
    for (Operation operation : operations) {
      for (TypeRef t : operation.documents()) {
        types.add(t.name());
        deprecated |= t.deprecated();
      }
      for (HandlerRef handler : operation.handlers()) {
        types.add(handler.declaringClass().name());
        deprecated |= handler.declaringClass().deprecated();
        for (TypeRef t : handler.parameterTypes()) {
          types.add(t.name());
          deprecated |= t.deprecated();
        }
      }
    }
    // The catalogue's own names (BodyStyle, GeneratedErrorCatalog…) win; user types that clash
    // with them, or with each other, are written qualified.
    names = new SourceNames(name.packageName(), reserved, owned, types);

    if (!name.packageName().isEmpty()) {
      out.append("package ").append(name.packageName()).append(";\n\n");
    }
    for (String imported : names.imports()) {
      out.append("import ").append(imported).append(";\n");
    }
    out.append("\n/**\n");
    if (name.equals(main)) {
      out.append(" * The documented errors and endpoints of this compilation, for\n")
          .append(" * {@code ErrorCatalog.load()} (registered in\n")
          .append(" * {@code META-INF/services/io.errorsplus.dispatch.catalog.ErrorCatalog}).\n");
    } else {
      out.append(" * More documented errors and endpoints of this compilation: those that only a\n")
          .append(" * class of this package can name, or those of a later processing round.\n")
          .append(" * {@code ErrorCatalog.load()} merges it with {@code ")
          .append(main.canonicalName()).append("}.\n");
    }
    out.append(" */\n");
    if (generatedAvailable) {
      out.append('@').append(names.name(GENERATED)).append('(');
      SourceNames.literal(out, ErrorsPlusProcessor.class.getName());
      out.append(")\n");
    }
    if (deprecated) {
      // The catalogue names deprecated types like any other; the user's code already warned.
      out.append("@SuppressWarnings({\"deprecation\", \"removal\"})\n");
    }
    String base = names.name(BASE);
    out.append("public final class ").append(name.simpleName()).append(" extends ").append(base)
        .append(" {\n");
    out.append("  /**\n   * Called by {@code ServiceLoader}.\n   */\n");
    out.append("  public ").append(name.simpleName()).append("() {\n");
    out.append("    super(").append(names.name(BODY_STYLE)).append('.').append(bodyStyle.name())
        .append(", ").append(dtos.size()).append(", ").append(operations.size()).append(");\n");
    if (errorPages + operationPages > 0) {
      out.append("    ").append(base).append(".Registrar registrar = registrar();\n");
    }
    for (int n = 0; n < errorPages; n++) {
      out.append("    Errors").append(n).append(".register(registrar);\n");
    }
    for (int n = 0; n < operationPages; n++) {
      out.append("    Operations").append(n).append(".register(registrar);\n");
    }
    out.append("  }\n");
    if (!withBody.isEmpty()) {
      writeCustomBody(withBody, bodyPages);
    }

    int body = 0;
    for (int n = 0; n < errorPages; n++) {
      openPage("Errors" + n);
      out.append("    static void register(").append(base).append(".Registrar catalog) {\n");
      for (Dto dto : dtos.subList(n * ERRORS_PER_PAGE, Math.min(dtos.size(), (n + 1) * ERRORS_PER_PAGE))) {
        out.append("      catalog.error(").append(names.name(dto.type().name())).append(".class, ")
            .append(dto.status()).append(", ");
        SourceNames.literal(out, dto.code());
        out.append(", ");
        SourceNames.literal(out, dto.message());
        out.append(", ");
        if (dto.bodyMethod().isPresent()) {
          out.append(body++);
        } else {
          out.append("NO_BODY");
        }
        out.append(");\n");
      }
      closePage();
    }
    for (int n = 0; n < operationPages; n++) {
      openPage("Operations" + n);
      out.append("    static void register(").append(base).append(".Registrar catalog) {\n");
      writeOperationTable(operations.subList(n * OPERATIONS_PER_PAGE,
          Math.min(operations.size(), (n + 1) * OPERATIONS_PER_PAGE)));
      closePage();
    }
    for (int n = 0; n < bodyPages; n++) {
      openPage("Bodies" + n);
      out.append("    static Object body(int body, Throwable error) {\n");
      writeSwitchOfCalls(withBody.subList(n * BODIES_PER_PAGE,
          Math.min(withBody.size(), (n + 1) * BODIES_PER_PAGE)), n * BODIES_PER_PAGE, "      ",
          "return null;");
      closePage();
    }
    out.append("}\n");
  }

  private static int pages(int entries, int perPage) {
    return (entries + perPage - 1) / perPage;
  }

  private static void addPageNames(List<String> reserved, String prefix, int pages) {
    for (int n = 0; n < pages; n++) {
      reserved.add(prefix + n);
    }
  }

  private void openPage(String pageName) {
    out.append("\n  private static final class ").append(pageName).append(" {\n")
        .append("    private ").append(pageName).append("() {\n    }\n\n");
  }

  private void closePage() {
    out.append("    }\n  }\n");
  }

  /**
   * One page of endpoints as a table ({@code Registrar.operations}): the class literals the rows
   * name, then a row per endpoint that names them by index. A row is one string constant for
   * javac to compile instead of three chained calls: the catalogue of 2,000 endpoints costs a
   * fresh javac about half as much (BENCHMARKS.md, what a cold build pays).
   */
  private void writeOperationTable(List<Operation> page) {
    Map<TypeName, Integer> indexes = new LinkedHashMap<>();
    List<String> rows = new ArrayList<>(page.size());
    StringBuilder row = new StringBuilder(128);
    for (Operation operation : page) {
      row.setLength(0);
      escaped(row, operation.operationId()).append('\t');
      escaped(row, operation.method()).append('\t');
      escaped(row, operation.path()).append('\t').append(operation.validationStatus()).append('\t');
      for (int i = 0; i < operation.statuses().size(); i++) {
        row.append(i == 0 ? "" : ",").append(operation.statuses().get(i));
      }
      row.append('\t');
      for (int i = 0; i < operation.documents().size(); i++) {
        row.append(i == 0 ? "" : ",").append(index(indexes, operation.documents().get(i)));
      }
      row.append('\t');
      for (int h = 0; h < operation.handlers().size(); h++) {
        HandlerRef handler = operation.handlers().get(h);
        row.append(h == 0 ? "" : ";").append(index(indexes, handler.declaringClass())).append(':')
            .append(handler.name()).append(':');
        for (int i = 0; i < handler.parameterTypes().size(); i++) {
          row.append(i == 0 ? "" : ",").append(index(indexes, handler.parameterTypes().get(i)));
        }
      }
      rows.add(row.toString());
    }
    // Qualified: a class of the catalogue's package named Class or String would hide java.lang's.
    out.append("      catalog.operations(new java.lang.Class<?>[] {\n");
    for (TypeName type : indexes.keySet()) {
      out.append("          ").append(names.name(type)).append(".class,\n");
    }
    out.append("      }, new java.lang.String[] {\n");
    for (String text : rows) {
      out.append("          ");
      SourceNames.literal(out, text);
      out.append(",\n");
    }
    out.append("      });\n");
  }

  private static int index(Map<TypeName, Integer> indexes, TypeRef type) {
    Integer index = indexes.get(type.name());
    if (index == null) {
      index = indexes.size();
      indexes.put(type.name(), index);
    }
    return index;
  }

  /** A free-text field of a row: backslash, tab, line feed and carriage return escaped. */
  private static StringBuilder escaped(StringBuilder row, String field) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      switch (c) {
        case '\\' -> row.append("\\\\");
        case '\t' -> row.append("\\t");
        case '\n' -> row.append("\\n");
        case '\r' -> row.append("\\r");
        default -> row.append(c);
      }
    }
    return row;
  }

  /** {@code customBody}: a switch of typed calls; with many, a switch over pages of them. */
  private void writeCustomBody(List<Dto> withBody, int bodyPages) {
    out.append("\n  @Override\n  protected Object customBody(int body, Throwable error) {\n");
    if (bodyPages == 0) {
      writeSwitchOfCalls(withBody, 0, "    ", "return super.customBody(body, error);");
    } else {
      out.append("    switch (body / ").append(BODIES_PER_PAGE).append(") {\n");
      for (int n = 0; n < bodyPages; n++) {
        out.append("      case ").append(n).append(":\n        return Bodies").append(n)
            .append(".body(body, error);\n");
      }
      out.append("      default:\n        return super.customBody(body, error);\n    }\n");
    }
    out.append("  }\n");
  }

  private void writeSwitchOfCalls(List<Dto> dtos, int first, String indent, String otherwise) {
    out.append(indent).append("switch (body) {\n");
    for (int i = 0; i < dtos.size(); i++) {
      Dto dto = dtos.get(i);
      out.append(indent).append("  case ").append(first + i).append(":\n")
          .append(indent).append("    return ((").append(names.name(dto.type().name()))
          .append(") error).").append(dto.bodyMethod().orElseThrow()).append("();\n");
    }
    out.append(indent).append("  default:\n").append(indent).append("    ").append(otherwise)
        .append('\n').append(indent).append("}\n");
  }
}
