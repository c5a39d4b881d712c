package io.errorsplus.processor.read;

import io.errorsplus.processor.model.Endpoint;
import io.errorsplus.processor.model.PathTemplates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Which HTTP methods and paths a Java method serves: JAX-RS's {@code @Path} and HTTP method
 * annotations (also user-defined ones meta-annotated {@code @HttpMethod}), and Spring MVC's
 * {@code @RequestMapping} and its shortcuts, with the class-level paths. A method's mapping comes
 * from the method itself or, when it has none, from the nearest method it overrides
 * ({@code chain}, nearest first).
 */
final class MappingReader {

  private final AnnotationLookup lookup;
  /** Verb of each annotation type (empty: not an HTTP method annotation), read once. */
  private final Map<String, Optional<String>> jaxRsVerbs = new HashMap<>();

  MappingReader(AnnotationLookup lookup) {
    this.lookup = lookup;
  }

  /** The HTTP methods and paths one Java method is mapped to. */
  record Mapping(Endpoint.Framework framework, ExecutableElement method, List<String> verbs,
      List<String> paths, int pathOffset) {}

  /** The {@code @Path} of the nearest type of the hierarchy that has one. */
  String jaxRsClassPath(List<TypeElement> hierarchy) {
    for (TypeElement t : hierarchy) {
      Optional<AnnotationMirror> path = lookup.findAny(t, FrameworkNames.PATH);
      if (path.isPresent()) {
        return lookup.attributes(path.get()).string("value");
      }
    }
    return "";
  }

  List<Mapping> jaxRs(String classPath, List<ExecutableElement> chain) {
    for (ExecutableElement method : chain) {
      List<String> verbs = new ArrayList<>();
      for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
        jaxRsVerb(mirror).ifPresent(verbs::add);
      }
      if (verbs.isEmpty()) {
        continue; // JAX-RS: annotations are inherited from the overridden method if none here
      }
      String methodPath = lookup.findAny(method, FrameworkNames.PATH)
          .map(m -> lookup.attributes(m).string("value")).orElse("");
      return List.of(new Mapping(Endpoint.Framework.JAX_RS, method, verbs,
          List.of(PathTemplates.join(classPath, methodPath)), 0));
    }
    return List.of();
  }

  private Optional<String> jaxRsVerb(AnnotationMirror mirror) {
    String name = lookup.name(mirror);
    Optional<String> verb = jaxRsVerbs.get(name);
    if (verb == null) {
      String known = FrameworkNames.JAX_RS_VERBS.get(name);
      if (known != null) {
        verb = Optional.of(known);
      } else {
        verb = lookup.findAny(mirror.getAnnotationType().asElement(), FrameworkNames.HTTP_METHOD)
            .map(m -> lookup.attributes(m).string("value").toLowerCase(Locale.ROOT))
            .filter(FrameworkNames.OPENAPI_VERBS::contains);
      }
      jaxRsVerbs.put(name, verb);
    }
    return verb;
  }

  List<Mapping> spring(List<String> classPrefixes, List<ExecutableElement> chain) {
    for (ExecutableElement method : chain) {
      List<Mapping> mappings = new ArrayList<>();
      int pathOffset = 0;
      for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
        String name = lookup.name(mirror);
        List<String> verbs;
        if (FrameworkNames.SPRING_MAPPINGS.containsKey(name)) {
          verbs = List.of(FrameworkNames.SPRING_MAPPINGS.get(name));
        } else if (name.equals(FrameworkNames.REQUEST_MAPPING)) {
          List<String> declared = MirrorReader.enumNames(lookup.attributes(mirror), "method");
          verbs = new ArrayList<>();
          for (String d : declared) {
            String verb = d.toLowerCase(Locale.ROOT);
            if (FrameworkNames.OPENAPI_VERBS.contains(verb) && !verbs.contains(verb)) {
              verbs.add(verb);
            }
          }
          if (declared.isEmpty()) {
            verbs = FrameworkNames.REQUEST_MAPPING_DEFAULT_VERBS;
          }
        } else {
          continue;
        }
        List<String> paths = new ArrayList<>();
        for (String prefix : classPrefixes) {
          for (String path : springPaths(Optional.of(mirror))) {
            String joined = PathTemplates.join(prefix, path);
            if (!paths.contains(joined)) {
              paths.add(joined);
            }
          }
        }
        mappings.add(new Mapping(Endpoint.Framework.SPRING, method, verbs, paths, pathOffset));
        pathOffset += paths.size();
      }
      if (!mappings.isEmpty()) {
        return mappings;
      }
    }
    return List.of();
  }

  /** The paths of the nearest class-level {@code @RequestMapping} of the hierarchy; "" if none. */
  List<String> springClassPaths(List<TypeElement> hierarchy) {
    return springPaths(classMapping(hierarchy));
  }

  private Optional<AnnotationMirror> classMapping(List<TypeElement> hierarchy) {
    for (TypeElement t : hierarchy) {
      Optional<AnnotationMirror> mapping = lookup.find(t, FrameworkNames.REQUEST_MAPPING);
      if (mapping.isPresent()) {
        return mapping;
      }
    }
    return Optional.empty();
  }

  /** {@code value} and {@code path} are aliases; neither gives the empty path. */
  private List<String> springPaths(Optional<AnnotationMirror> mapping) {
    if (mapping.isEmpty()) {
      return List.of("");
    }
    MirrorReader.Attributes attributes = lookup.attributes(mapping.get());
    List<String> paths = new ArrayList<>(MirrorReader.strings(attributes, "value"));
    for (String path : MirrorReader.strings(attributes, "path")) {
      if (!paths.contains(path)) {
        paths.add(path);
      }
    }
    return paths.isEmpty() ? List.of("") : paths;
  }
}
