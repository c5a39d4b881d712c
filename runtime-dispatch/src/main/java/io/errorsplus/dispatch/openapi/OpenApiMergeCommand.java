package io.errorsplus.dispatch.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of {@link OpenApiMerge}: arguments, files, messages and exit codes. */
final class OpenApiMergeCommand {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  static final String USAGE_TEXT = """
      usage: java -cp <errors-plus-runtime-dispatch + swagger-core> \
      io.errorsplus.dispatch.openapi.OpenApiMerge [options] BASE ERRORS OUT
        BASE    the document to complete (.json, .yaml or .yml)
        ERRORS  errors-plus's document (META-INF/errors-plus/openapi.json of the build)
        OUT     where the merged document goes (.json, .yaml or .yml)
      options:
        --context-path=/petclinic  the application's context path: the base's server path
                                   without it prefixes errors-plus's paths
        --prefix=/api              the prefix errors-plus's paths have and the base's lack
                                   (when the base's servers do not say it)
        --strict                   fail (exit 1, nothing written) when an errors-plus operation
                                   is missing from the base""";

  private final PrintStream out;
  private final PrintStream err;

  OpenApiMergeCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    OpenApiMerge.Options options = OpenApiMerge.Options.defaults();
    boolean strict = false;
    List<String> files = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("--context-path=")) {
        options = options.withContextPath(arg.substring("--context-path=".length()));
      } else if (arg.startsWith("--prefix=")) {
        options = options.withPathPrefix(arg.substring("--prefix=".length()));
      } else if (arg.equals("--strict")) {
        strict = true;
      } else if (arg.equals("--help") || arg.equals("-h")) {
        out.println(USAGE_TEXT);
        return OK;
      } else if (arg.startsWith("-")) {
        return usage("unknown option " + arg);
      } else {
        files.add(arg);
      }
    }
    if (files.size() != 3) {
      return usage("expected BASE ERRORS OUT, got " + files.size() + " file argument"
          + (files.size() == 1 ? "" : "s"));
    }
    Path base;
    Path errors;
    Path target;
    try {
      base = Path.of(files.get(0));
      errors = Path.of(files.get(1));
      target = Path.of(files.get(2));
    } catch (InvalidPathException e) {
      return usage("not a file name: " + e.getInput());
    }
    for (Path file : List.of(base, errors, target)) {
      if (OpenApiFiles.Format.of(file) == null) {
        return usage(file + ": the name must end with .json, .yaml or .yml (it decides the format)");
      }
    }
    OpenAPI baseDocument;
    ErrorDocument errorDocument;
    try {
      baseDocument = OpenApiFiles.toModel(read(base));
    } catch (IOException | RuntimeException e) {
      return failed("cannot read BASE " + base + ": " + reason(e));
    }
    try {
      errorDocument = ErrorDocument.of(read(errors), errors.toString());
    } catch (IOException | RuntimeException e) {
      return failed("cannot read ERRORS " + errors + ": " + reason(e));
    }
    OpenApiMerge.Result result;
    try {
      result = OpenApiMerge.merge(baseDocument, errorDocument, options);
    } catch (RuntimeException e) {
      return failed("cannot merge " + errors + " into " + base + ": " + reason(e));
    }
    result.problems().forEach(p -> err.println("warning: " + p));
    boolean missing = result.problems().stream().anyMatch(p -> p.endsWith("; not added"));
    if (strict && missing) {
      return failed("--strict: operations are missing from " + base + "; " + target
          + " not written");
    }
    try {
      OpenApiFiles.write(result.document(), target);
    } catch (IOException | RuntimeException e) {
      return failed("cannot write OUT " + target + ": " + reason(e));
    }
    out.println("errors-plus: merged " + errors + " into " + base + " -> " + target);
    return OK;
  }

  private static JsonNode read(Path file) throws IOException {
    return OpenApiFiles.readTree(file);
  }

  private static String reason(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "access denied";
    }
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
      return j.getOriginalMessage()
          + (j.getLocation() == null ? "" : " (line " + j.getLocation().getLineNr() + ")");
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  private int usage(String problem) {
    err.println("OpenApiMerge: " + problem);
    err.println(USAGE_TEXT);
    return USAGE;
  }

  private int failed(String problem) {
    err.println("OpenApiMerge: " + problem);
    return FAILED;
  }
}
