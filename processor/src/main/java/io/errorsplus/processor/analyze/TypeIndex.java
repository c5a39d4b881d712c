package io.errorsplus.processor.analyze;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Type look-ups for the whole compilation, each asked of javac once. A miss of
 * {@code Elements.getTypeElement} makes javac search the class path, which costs far more than
 * the analysis itself, so a simple name is first checked against the listing of its package
 * when that package has sources in the compilation (read once per package), and every name
 * asked of javac is cached, hits and misses alike.
 */
final class TypeIndex {

  private final Elements elements;
  private final Map<String, Optional<TypeElement>> byName = new HashMap<>();
  private final Map<String, Optional<Set<String>>> packages = new HashMap<>();
  /** Packages with sources in this compilation: listed (cheap); others are asked by name. */
  private final Set<String> sourcePackages = new HashSet<>();

  TypeIndex(Elements elements) {
    this.elements = elements;
  }

  /** Adds a package that holds sources of the compilation. */
  void addSourcePackage(String packageName) {
    if (sourcePackages.add(packageName)) {
      packages.remove(packageName);
    }
  }

  /** Forgets what was looked up: a later round generated types. */
  void forget() {
    byName.clear();
    packages.clear();
  }

  /** The type of a canonical name, or null. */
  TypeElement named(String qualifiedName) {
    Optional<TypeElement> known = byName.get(qualifiedName);
    if (known == null) {
      known = Optional.ofNullable(elements.getTypeElement(qualifiedName));
      byName.put(qualifiedName, known);
    }
    return known.orElse(null);
  }

  /**
   * The type {@code simpleName} of a package or, when {@code container} is no package, the member
   * type of that type (a type-import-on-demand); null when there is none.
   */
  TypeElement in(String container, String simpleName) {
    if (sourcePackages.contains(container)) {
      // Listing a library package (java.lang, java.util) would complete all its classes.
      Optional<Set<String>> listing = packages.computeIfAbsent(container, this::listing);
      if (listing.isPresent() && !listing.get().contains(simpleName)) {
        return null;
      }
    }
    return named(container.isEmpty() ? simpleName : container + "." + simpleName);
  }

  private Optional<Set<String>> listing(String packageName) {
    PackageElement p = elements.getPackageElement(packageName);
    if (p == null) {
      return Optional.empty();
    }
    Set<String> names = new HashSet<>();
    for (Element e : p.getEnclosedElements()) {
      names.add(e.getSimpleName().toString());
    }
    return Optional.of(names);
  }
}
