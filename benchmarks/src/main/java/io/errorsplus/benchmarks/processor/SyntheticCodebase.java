package io.errorsplus.benchmarks.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a synthetic API that looks like a real errors-plus user's: JAX-RS resources and Spring
 * controllers (half each) with ten endpoints apiece, {@code @ErrorDto} exceptions (some with their
 * own body records), package-level, class-level and reusable error sets, flags, inline responses
 * and {@code throws} clauses, plus the ordinary code around them (models, stores, method bodies
 * that throw dtos and call a service class per controller, which calls an interface with one
 * implementation and a shared static check; one endpoint in 50 throws a dto it does not document).
 * Deterministic: the same size always gives the same sources.
 *
 * <pre>{@code
 * SyntheticCodebase code = SyntheticCodebase.write(dir, 200, 300);
 * code.sources();   // the .java files
 * code.endpoints(); // 2000, each documented as one operation
 * }</pre>
 */
final class SyntheticCodebase {

  static final int ENDPOINTS_PER_CONTROLLER = 10;

  private static final int[] STATUSES = {404, 400, 409, 404, 410, 412, 429, 503, 404, 409};

  private final List<Path> sources;
  private final int controllers;
  private final int dtos;

  private SyntheticCodebase(List<Path> sources, int controllers, int dtos) {
    this.sources = List.copyOf(sources);
    this.controllers = controllers;
    this.dtos = dtos;
  }

  List<Path> sources() {
    return sources;
  }

  int controllers() {
    return controllers;
  }

  int dtos() {
    return dtos;
  }

  /** Every endpoint has at least one error source, so each is one documented operation. */
  int endpoints() {
    return controllers * ENDPOINTS_PER_CONTROLLER;
  }

  static SyntheticCodebase write(Path root, int controllers, int dtos) throws IOException {
    if (controllers < 1 || dtos < 10) {
      throw new IllegalArgumentException("need at least 1 controller and 10 dtos, got " + controllers + " and " + dtos);
    }
    Writer w = new Writer(root);
    w.file("bench/api/BenchApplication.java", """
        package bench.api;

        @jakarta.ws.rs.ApplicationPath("/api")
        public class BenchApplication extends jakarta.ws.rs.core.Application {}
        """);
    writeModel(w);
    writeServiceSupport(w);
    writeSets(w, dtos);
    for (int i = 0; i < dtos; i++) {
      writeDto(w, i);
    }
    for (int p = 0; p * 10 < controllers; p++) {
      if (p % 2 == 0) {
        w.file("bench/api/p" + p + "/package-info.java",
            "@io.errorsplus.Errors(internalServerError500 = true)\npackage bench.api.p" + p + ";\n");
      }
    }
    for (int c = 0; c < controllers; c++) {
      writeController(w, c, dtos);
    }
    return new SyntheticCodebase(w.written, controllers, dtos);
  }

  private static void writeModel(Writer w) throws IOException {
    w.file("bench/model/Item.java", """
        package bench.model;

        import java.time.Instant;
        import java.util.List;

        public record Item(long id, String name, String owner, Instant updatedAt, List<String> tags) {
          public Item rename(String newName) {
            return new Item(id, newName, owner, Instant.now(), tags);
          }
        }
        """);
    w.file("bench/model/ItemRequest.java", """
        package bench.model;

        import java.util.List;

        public record ItemRequest(String name, String owner, List<String> tags) {
          public boolean isBlank() {
            return name == null || name.isBlank();
          }
        }
        """);
    w.file("bench/model/ItemStore.java", """
        package bench.model;

        import java.time.Instant;
        import java.util.List;
        import java.util.Map;
        import java.util.Optional;
        import java.util.concurrent.ConcurrentHashMap;
        import java.util.concurrent.atomic.AtomicLong;

        public final class ItemStore {
          private final Map<Long, Item> items = new ConcurrentHashMap<>();
          private final AtomicLong ids = new AtomicLong();

          public Optional<Item> find(long id) {
            return Optional.ofNullable(items.get(id));
          }

          public List<Item> search(String owner, int limit) {
            return items.values().stream()
                .filter(i -> owner == null || owner.equals(i.owner()))
                .limit(limit)
                .toList();
          }

          public Item save(ItemRequest request) {
            Item item = new Item(ids.incrementAndGet(), request.name(), request.owner(), Instant.now(), request.tags());
            items.put(item.id(), item);
            return item;
          }

          public boolean remove(long id) {
            return items.remove(id) != null;
          }
        }
        """);
  }

  /** What the services call: an interface with one implementation, and a shared static check. */
  private static void writeServiceSupport(Writer w) throws IOException {
    w.file("bench/model/Auditor.java", """
        package bench.model;

        public interface Auditor {
          void record(String action, long id);
        }
        """);
    w.file("bench/model/LogAuditor.java", """
        package bench.model;

        import java.util.ArrayList;
        import java.util.List;

        public final class LogAuditor implements Auditor {
          private final List<String> lines = new ArrayList<>();

          @Override
          public void record(String action, long id) {
            if (action.isEmpty()) {
              throw new IllegalArgumentException("no action");
            }
            lines.add(action + " " + id);
          }
        }
        """);
    w.file("bench/model/Guards.java", """
        package bench.model;

        public final class Guards {
          private Guards() {}

          public static String requireName(String name) {
            if (name == null || name.isBlank()) {
              throw new IllegalArgumentException("name is required");
            }
            return name.strip();
          }
        }
        """);
  }

  private static void writeSets(Writer w, int dtos) throws IOException {
    w.file("bench/sets/Secured.java", """
        package bench.sets;

        @io.errorsplus.Errors(unauthorized401 = true, forbidden403 = true)
        @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)
        @java.lang.annotation.Target({java.lang.annotation.ElementType.TYPE, java.lang.annotation.ElementType.METHOD})
        public @interface Secured {}
        """);
    w.file("bench/sets/Audited.java", """
        package bench.sets;

        @io.errorsplus.Errors(internalServerError500 = true)
        @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)
        public @interface Audited {}
        """);
    w.file("bench/sets/Throttled.java", """
        package bench.sets;

        @io.errorsplus.Errors(value = %s.class, unauthorized401 = true)
        @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)
        public @interface Throttled {}
        """.formatted(dtoName(firstWithStatus(429, dtos))));
  }

  private static int firstWithStatus(int status, int dtos) {
    for (int i = 0; i < dtos; i++) {
      if (STATUSES[i % STATUSES.length] == status) {
        return i;
      }
    }
    throw new IllegalStateException("no dto with status " + status);
  }

  private static String dtoPackage(int i) {
    return "bench.errors.g" + (i / 30);
  }

  private static String dtoSimpleName(int i) {
    return String.format(Locale.ROOT, "Error%04dException", i);
  }

  private static String dtoName(int i) {
    return dtoPackage(i) + "." + dtoSimpleName(i);
  }

  private static void writeDto(Writer w, int i) throws IOException {
    int status = STATUSES[i % STATUSES.length];
    String code = String.format(Locale.ROOT, "E%04d", i);
    String message = "Failure " + i + " of the order workflow";
    boolean hasBody = i % 10 == 0;
    StringBuilder s = new StringBuilder();
    s.append("package ").append(dtoPackage(i)).append(";\n\n");
    s.append("import io.errorsplus.ErrorDto;\nimport io.errorsplus.Example;\n");
    if (hasBody) {
      s.append("import java.util.List;\nimport java.util.Map;\nimport java.util.Optional;\n");
    }
    s.append("\n@ErrorDto(status = ").append(status).append(", message = \"").append(message).append('"');
    if (i % 4 != 3) {
      s.append(", code = \"").append(code).append('"');
    }
    if (hasBody) {
      s.append(", body = ").append(dtoSimpleName(i)).append(".Body.class");
      s.append(", examples = @Example(name = \"Limit").append(i).append("\", summary = \"limit reached\", json = ")
          .append("\"{\\\"detail\\\": \\\"limit reached\\\", \\\"code\\\": \\\"").append(code)
          .append("\\\", \\\"items\\\": [\\\"a\\\", \\\"b\\\"], \\\"counts\\\": {\\\"a\\\": 1}}\")");
    } else if (i % 3 == 1) {
      s.append(", examples = {@Example(name = \"Case").append(i).append("a\", detail = \"order ").append(i)
          .append(" was not accepted\", summary = \"typical\"), @Example(name = \"Case").append(i)
          .append("b\", detail = \"order ").append(i).append(" expired\")}");
    } else if (i % 3 == 2) {
      s.append(", examples = @Example(name = \"Raw").append(i).append("\", json = \"{\\\"detail\\\": \\\"raw ")
          .append(i).append("\\\"}\")");
    }
    s.append(")\npublic class ").append(dtoSimpleName(i)).append(" extends RuntimeException {\n")
        .append("  private static final long serialVersionUID = 1L;\n\n")
        .append("  public ").append(dtoSimpleName(i)).append("(String message) {\n    super(message);\n  }\n");
    if (hasBody) {
      s.append("""

            public enum Window { MINUTE, HOUR, DAY }

            public record Limit(Window window, int max) {}

            public record Body(String detail, String code, Limit limit, List<String> items,
                Map<String, Integer> counts, Optional<Long> retryAfter) {}
          """);
    }
    s.append("}\n");
    w.file(dtoPackage(i).replace('.', '/') + "/" + dtoSimpleName(i) + ".java", s.toString());
  }

  private static void writeController(Writer w, int c, int dtos) throws IOException {
    boolean jaxrs = c % 2 == 0;
    String pkg = "bench.api.p" + (c / 10);
    String name = String.format(Locale.ROOT, jaxrs ? "Orders%04dResource" : "Orders%04dController", c);
    String base = String.format(Locale.ROOT, "/orders%04d", c);
    StringBuilder s = new StringBuilder();
    s.append("package ").append(pkg).append(";\n\n");
    s.append("import bench.model.Item;\nimport bench.model.ItemRequest;\nimport bench.model.ItemStore;\n");
    s.append("import io.errorsplus.ErrorResponse;\nimport io.errorsplus.Errors;\nimport io.errorsplus.Example;\n");
    s.append("import java.util.List;\n\n");
    if (jaxrs) {
      s.append("@jakarta.ws.rs.Path(\"").append(base).append("\")\n");
      s.append("@jakarta.ws.rs.Produces(\"application/json\")\n");
    } else {
      s.append("@org.springframework.web.bind.annotation.RestController\n");
      s.append("@org.springframework.web.bind.annotation.RequestMapping(\"").append(base).append("\")\n");
    }
    // The service's dto is documented for the whole class, as a real controller would.
    s.append("@Errors(").append(dtoName(pick(c, 0, dtos))).append(".class)\n");
    if (c % 4 == 1) {
      s.append("@bench.sets.Secured\n");
    } else if (c % 4 == 2) {
      s.append("@bench.sets.Audited\n");
    }
    s.append("public class ").append(name).append(" {\n\n");
    String service = String.format(Locale.ROOT, "Orders%04dService", c);
    s.append("  private final ItemStore store = new ItemStore();\n");
    s.append("  private final ").append(service).append(" service = new ").append(service).append("();\n\n");
    for (int e = 0; e < ENDPOINTS_PER_CONTROLLER; e++) {
      writeEndpoint(s, jaxrs, c, e, dtos);
    }
    s.append("}\n");
    w.file(pkg.replace('.', '/') + "/" + name + ".java", s.toString());
    writeService(w, pkg, service, dtoName(pick(c, 0, dtos)));
  }

  /**
   * The controller's service: what its endpoints call, so the throw analysis has calls to follow
   * (a field of a class of the compilation, an interface with one implementation, a shared static
   * method) and throws to check in them.
   */
  private static void writeService(Writer w, String pkg, String name, String dto) throws IOException {
    w.file(pkg.replace('.', '/') + "/" + name + ".java", """
        package %s;

        import bench.model.Auditor;
        import bench.model.Guards;
        import bench.model.Item;
        import bench.model.ItemRequest;
        import bench.model.ItemStore;
        import bench.model.LogAuditor;

        public class %s {
          private final ItemStore store = new ItemStore();
          private final Auditor auditor = new LogAuditor();

          public Item load(long id) {
            auditor.record("load", id);
            return store.find(id).orElseThrow(() -> new %s("order " + id + " not found"));
          }

          public void check(ItemRequest request) {
            Guards.requireName(request.name());
            if (request.tags() != null && request.tags().size() > 10) {
              throw new %s("order has too many tags");
            }
          }
        }
        """.formatted(pkg, name, dto, dto));
  }

  /** A dto index spread over all dtos, stable for (controller, salt). */
  private static int pick(int c, int salt, int dtos) {
    return Math.floorMod(c * 7919 + salt * 104729, dtos);
  }

  private static void writeEndpoint(StringBuilder s, boolean jaxrs, int c, int e, int dtos) {
    int r = c * ENDPOINTS_PER_CONTROLLER + e;
    String[] verbs = {"GET", "GET", "POST", "PUT", "DELETE", "PATCH", "GET", "POST", "GET", "DELETE"};
    String verb = verbs[e];
    boolean byId = e != 0 && e != 2 && e != 8;
    String subPath = switch (e) {
      case 0, 2 -> "";
      case 6 -> "/{id}/history";
      case 7 -> "/{id}/approve";
      case 8 -> "/search";
      case 9 -> "/{id}/tags/{tag}";
      default -> "/{id}";
    };

    // framework annotations
    if (jaxrs) {
      s.append("  @jakarta.ws.rs.").append(verb).append('\n');
      if (!subPath.isEmpty()) {
        String path = r % 4 == 0 ? subPath.replace("{id}", "{id: \\\\d+}") : subPath;
        s.append("  @jakarta.ws.rs.Path(\"").append(path).append("\")\n");
      }
    } else {
      String mapping = verb.charAt(0) + verb.substring(1).toLowerCase(Locale.ROOT) + "Mapping";
      if (e == 5 && r % 2 == 1) {
        s.append("  @org.springframework.web.bind.annotation.RequestMapping(path = \"").append(subPath)
            .append("\", method = org.springframework.web.bind.annotation.RequestMethod.PATCH)\n");
      } else {
        s.append("  @org.springframework.web.bind.annotation.").append(mapping);
        s.append(subPath.isEmpty() ? "\n" : "(\"" + subPath + "\")\n");
      }
    }

    // error sources
    boolean inheritFalse = r % 20 == 3;
    List<String> errorsArgs = new ArrayList<>();
    if (r % 2 == 0 || inheritFalse) {
      String value = dtoName(pick(r, 1, dtos)) + ".class";
      if (r % 8 == 0) {
        value = "{" + value + ", " + dtoName(pick(r, 2, dtos)) + ".class}";
      }
      errorsArgs.add("value = " + value);
    }
    if (r % 5 == 0) {
      errorsArgs.add("responses = @ErrorResponse(status = 409, description = \"Order " + r
          + " changed meanwhile\", examples = @Example(name = \"Stale" + r + "\", detail = \"stale version\"))");
    }
    if (r % 7 == 0) {
      errorsArgs.add("unauthorized401 = true");
    }
    if (r % 11 == 0) {
      errorsArgs.add("validationError422 = false");
    }
    if (r % 13 == 0) {
      errorsArgs.add("internalServerError500 = true");
    }
    if (inheritFalse) {
      errorsArgs.add("inherit = false");
    }
    if (!errorsArgs.isEmpty()) {
      s.append("  @Errors(").append(String.join(", ", errorsArgs)).append(")\n");
    }
    if (r % 6 == 0) {
      s.append("  @bench.sets.Secured\n");
    } else if (r % 17 == 0) {
      s.append("  @bench.sets.Throttled\n");
    }
    // validationError422 = false alone is no source: such an endpoint always gets a throws clause.
    boolean ownSource = errorsArgs.stream().anyMatch(a -> !a.startsWith("validationError422"));
    boolean throwsClause = r % 3 != 2 || !ownSource;
    String thrown = dtoName(pick(r, 3, dtos));

    // signature
    String returns = switch (e) {
      case 0, 6, 8 -> "List<Item>";
      case 4, 9 -> "boolean";
      default -> "Item";
    };
    List<String> params = new ArrayList<>();
    if (byId) {
      params.add(jaxrs ? "@jakarta.ws.rs.PathParam(\"id\") long id"
          : "@org.springframework.web.bind.annotation.PathVariable(\"id\") long id");
    }
    if (e == 9) {
      params.add(jaxrs ? "@jakarta.ws.rs.PathParam(\"tag\") String tag"
          : "@org.springframework.web.bind.annotation.PathVariable(\"tag\") String tag");
    }
    if (e == 0 || e == 8) {
      params.add(jaxrs ? "@jakarta.ws.rs.QueryParam(\"owner\") String owner"
          : "@org.springframework.web.bind.annotation.RequestParam(name = \"owner\", required = false) String owner");
    }
    if (e == 2 || e == 3 || e == 5) {
      params.add(jaxrs ? "ItemRequest request" : "@org.springframework.web.bind.annotation.RequestBody ItemRequest request");
    }
    s.append("  public ").append(returns).append(' ').append(methodName(e)).append('(')
        .append(String.join(", ", params)).append(')');
    if (throwsClause) {
      s.append(" throws ").append(thrown);
      if (r % 9 == 0) {
        s.append(", ").append(dtoName(pick(r, 4, dtos)));
      }
    }
    s.append(" {\n");

    // body: ordinary code, as much as a thin controller has, calling its service
    if (r % 50 == 7) {
      // A few endpoints throw a dto they do not document: what the analysis is there to find.
      s.append("    if (id < 0) {\n      throw new ").append(dtoName(pick(r, 6, dtos)))
          .append("(\"negative id\");\n    }\n");
    }
    switch (e) {
      case 0, 8 -> s.append("    return store.search(owner, ").append(e == 0 ? 50 : 10).append(");\n");
      case 2 -> s.append("""
              if (request.isBlank()) {
                throw new %s("name is required");
              }
              service.check(request);
              return store.save(request);
          """.formatted(thrown));
      case 4 -> s.append("    return store.remove(id);\n");
      case 6 -> s.append("    return store.find(id).map(List::of).orElseGet(List::of);\n");
      case 9 -> s.append("""
              return store.find(id).map(i -> i.tags().contains(tag)).orElse(false);
          """);
      case 3, 5 -> s.append("""
              service.check(request);
              Item item = store.find(id).orElseThrow(() -> new %s("order " + id + " not found"));
              return item.rename(request.name());
          """.formatted(thrown));
      case 1, 7 -> s.append("    return service.load(id);\n");
      default -> s.append("""
              return store.find(id).orElseThrow(() -> new %s("order " + id + " not found"));
          """.formatted(thrown));
    }
    s.append("  }\n\n");
  }

  private static String methodName(int e) {
    return switch (e) {
      case 0 -> "list";
      case 1 -> "get";
      case 2 -> "create";
      case 3 -> "replace";
      case 4 -> "delete";
      case 5 -> "update";
      case 6 -> "history";
      case 7 -> "approve";
      case 8 -> "search";
      default -> "removeTag";
    };
  }

  /** Writes files under one root and remembers them. */
  private static final class Writer {
    private final Path root;
    private final List<Path> written = new ArrayList<>();

    Writer(Path root) {
      this.root = root;
    }

    void file(String relative, String content) throws IOException {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
      written.add(file);
    }
  }
}
