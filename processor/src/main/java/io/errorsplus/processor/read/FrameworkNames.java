package io.errorsplus.processor.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one place that knows JAX-RS and Spring MVC annotation and type names. They are compared as
 * names, so neither framework needs to be on the processor's class path.
 */
final class FrameworkNames {

  private FrameworkNames() {}

  private static final List<String> JAX_RS_PACKAGES = List.of("jakarta.ws.rs.", "javax.ws.rs.");

  static final Set<String> PATH = names("Path");
  static final Set<String> APPLICATION_PATH = names("ApplicationPath");
  static final Set<String> HTTP_METHOD = names("HttpMethod");
  static final Set<String> PATH_PARAM = names("PathParam");
  static final Set<String> NOT_REQUEST_BOUND = union(names("core.Context"), names("container.Suspended"),
      Set.of("org.springframework.security.core.annotation.AuthenticationPrincipal",
          "org.springframework.security.core.annotation.CurrentSecurityContext"));

  /** The standard JAX-RS method annotations by simple name; others are meta-annotated @HttpMethod. */
  static final Map<String, String> JAX_RS_VERBS = verbs();

  static final String SPRING = "org.springframework.web.bind.annotation.";
  static final Set<String> CONTROLLER = Set.of(SPRING + "RestController",
      "org.springframework.stereotype.Controller");
  static final String REQUEST_MAPPING = SPRING + "RequestMapping";
  static final String PATH_VARIABLE = SPRING + "PathVariable";
  static final Map<String, String> SPRING_MAPPINGS = Map.of(
      SPRING + "GetMapping", "get",
      SPRING + "PostMapping", "post",
      SPRING + "PutMapping", "put",
      SPRING + "DeleteMapping", "delete",
      SPRING + "PatchMapping", "patch");
  /** The methods of a {@code @RequestMapping} without {@code method}. */
  static final List<String> REQUEST_MAPPING_DEFAULT_VERBS =
      List.of("get", "post", "put", "patch", "delete");

  /** OpenAPI's operation keys. */
  static final Set<String> OPENAPI_VERBS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** Parameter types the framework supplies, not the request: no validation error can come from them. */
  static final Set<String> INFRASTRUCTURE_TYPES = union(
      servlet("ServletRequest"), servlet("ServletResponse"), servlet("http.HttpServletRequest"),
      servlet("http.HttpServletResponse"), servlet("http.HttpSession"), servlet("http.PushBuilder"),
      names("core.UriInfo"), names("core.HttpHeaders"), names("core.Request"),
      names("core.SecurityContext"), names("container.AsyncResponse"), names("sse.Sse"),
      names("sse.SseEventSink"), names("container.ResourceContext"), names("core.Application"),
      names("ext.Providers"), names("container.ResourceInfo"),
      Set.of("java.security.Principal", "java.util.Locale", "java.util.TimeZone",
          "java.time.ZoneId", "java.io.OutputStream", "java.io.Writer",
          "org.springframework.ui.Model", "org.springframework.ui.ModelMap",
          "org.springframework.ui.ExtendedModelMap",
          "org.springframework.validation.BindingResult", "org.springframework.validation.Errors",
          "org.springframework.web.context.request.WebRequest",
          "org.springframework.web.context.request.NativeWebRequest",
          "org.springframework.web.servlet.mvc.support.RedirectAttributes",
          "org.springframework.web.bind.support.SessionStatus",
          "org.springframework.web.util.UriComponentsBuilder",
          "org.springframework.web.servlet.support.ServletUriComponentsBuilder",
          "org.springframework.http.HttpMethod",
          "org.springframework.http.server.ServerHttpRequest",
          "org.springframework.http.server.ServerHttpResponse",
          "org.springframework.web.server.ServerWebExchange",
          "org.springframework.security.core.Authentication",
          "org.springframework.security.core.context.SecurityContext",
          "kotlin.coroutines.Continuation"));

  private static Set<String> names(String simpleName) {
    return Set.of(JAX_RS_PACKAGES.get(0) + simpleName, JAX_RS_PACKAGES.get(1) + simpleName);
  }

  private static Set<String> servlet(String simpleName) {
    return Set.of("jakarta.servlet." + simpleName, "javax.servlet." + simpleName);
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new HashSet<>();
    for (Set<String> s : sets) {
      all.addAll(s);
    }
    return Set.copyOf(all);
  }

  private static Map<String, String> verbs() {
    Map<String, String> verbs = new HashMap<>();
    for (String pkg : JAX_RS_PACKAGES) {
      for (String verb : List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")) {
        verbs.put(pkg + verb, verb.toLowerCase(Locale.ROOT));
      }
    }
    return Map.copyOf(verbs);
  }
}
