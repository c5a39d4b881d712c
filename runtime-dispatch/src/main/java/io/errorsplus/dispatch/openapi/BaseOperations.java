package io.errorsplus.dispatch.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations of a base document, found by an errors-plus method and route template.
 *
 * <p>errors-plus's paths are the application's own (below its context path); the base's may be
 * below a prefix that its {@code servers} carry: under {@code http://host/petclinic/api}, with the
 * context path {@code /petclinic}, the base's {@code /owners} is errors-plus's
 * {@code /api/owners}. The prefixes tried, in order: the one given by option; each server's path
 * without the context path (when given), else each trailing part of the server's path, longest
 * first (the context path being unknown); none. Path parameter names do not matter
 * ({@code /owners/{id}} finds {@code /owners/{ownerId}}).
 */
final class BaseOperations {

  private static final Pattern TEMPLATE = Pattern.compile("\\{[^/}]*}");
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");
  private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*");

  private final Map<String, PathItem> paths = new HashMap<>();
  private final List<String> prefixes;

  BaseOperations(OpenAPI base, OpenApiMerge.Options options) {
    if (base.getPaths() != null) {
      base.getPaths().forEach((path, item) -> paths.putIfAbsent(shape(path), item));
    }
    this.prefixes = prefixes(base.getServers(), options);
  }

  /** The prefixes tried, in order (the last one is always {@code ""}). */
  List<String> prefixes() {
    return prefixes;
  }

  /** The base's operation for an errors-plus method and route template. */
  Optional<Operation> find(String method, String path) {
    PathItem.HttpMethod httpMethod;
    try {
      httpMethod = PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    for (String prefix : prefixes) {
      String rest = below(prefix, path);
      if (rest == null) {
        continue;
      }
      PathItem item = paths.get(shape(rest));
      Operation op = item == null ? null : item.readOperationsMap().get(httpMethod);
      if (op != null) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  /** {@code path} without {@code prefix} (segment-wise), or null when it is not below it. */
  private static String below(String prefix, String path) {
    if (prefix.isEmpty()) {
      return path;
    }
    if (path.equals(prefix)) {
      return "/";
    }
    return path.startsWith(prefix + "/") ? path.substring(prefix.length()) : null;
  }

  /** The path with every template reduced to {@code {}} and no trailing slash. */
  private static String shape(String path) {
    String shaped = TEMPLATE.matcher(path).replaceAll("{}");
    return shaped.length() > 1 && shaped.endsWith("/")
        ? shaped.substring(0, shaped.length() - 1) : shaped;
  }

  private static List<String> prefixes(List<Server> servers, OpenApiMerge.Options options) {
    Set<String> prefixes = new LinkedHashSet<>();
    options.pathPrefix().ifPresent(p -> prefixes.add(trimmed(p)));
    for (Server server : servers == null ? List.<Server>of() : servers) {
      String path = trimmed(serverPath(server));
      Optional<String> context = options.contextPath().map(BaseOperations::trimmed);
      if (context.isPresent()) {
        String rest = below(context.get(), path);
        prefixes.add(rest == null ? path : trimmed(rest));
      } else {
        prefixes.addAll(trailingParts(path));
      }
    }
    prefixes.add("");
    return new ArrayList<>(prefixes);
  }

  /** {@code /a/b/c} gives {@code /a/b/c}, {@code /b/c}, {@code /c}. */
  private static List<String> trailingParts(String path) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < path.length(); i = path.indexOf('/', i + 1)) {
      parts.add(path.substring(i));
      if (path.indexOf('/', i + 1) < 0) {
        break;
      }
    }
    return parts;
  }

  /** The path of a server URL (absolute or relative), its variables at their defaults. */
  private static String serverPath(Server server) {
    String url = server.getUrl() == null ? "" : server.getUrl();
    Map<String, ServerVariable> variables =
        server.getVariables() == null ? Map.of() : server.getVariables();
    Matcher m = VARIABLE.matcher(url);
    StringBuilder resolved = new StringBuilder();
    while (m.find()) {
      ServerVariable variable = variables.get(m.group(1));
      String value = variable == null || variable.getDefault() == null ? "" : variable.getDefault();
      m.appendReplacement(resolved, Matcher.quoteReplacement(value));
    }
    m.appendTail(resolved);
    String path = SCHEME_AND_HOST.matcher(resolved).replaceFirst("");
    int end = indexOfAny(path, '?', '#');
    return end < 0 ? path : path.substring(0, end);
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  /** A prefix with a leading and no trailing slash; {@code ""} for the root. */
  private static String trimmed(String prefix) {
    String p = prefix.trim();
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.isEmpty() || p.startsWith("/") ? p : "/" + p;
  }
}
