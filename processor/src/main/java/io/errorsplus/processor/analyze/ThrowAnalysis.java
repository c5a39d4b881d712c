package io.errorsplus.processor.analyze;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.errorsplus.processor.model.ProcessorOptions;
import io.errorsplus.processor.model.ProcessorOptions.UndocumentedMode;
import io.errorsplus.processor.validate.Diagnostics;
import io.errorsplus.processor.validate.Message;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Contract 8: finds the {@code throw}s of {@code @ErrorDto} types that an endpoint runs but does
 * not document, in its body and in the methods of the compilation it calls (transitively, at
 * most {@link #MAX_DEPTH} calls deep), and reports each on the {@code throw} statement, once per
 * throw and endpoint.
 *
 * <p>Each method body is read once ({@link MethodFacts}) and shared by every endpoint that
 * reaches it; an endpoint's walk over the calls visits each method once per set of exception
 * types caught on the way, so recursion and call cycles end. Needs javac's tree API; on another
 * compiler (ECJ) the analysis is skipped with one note.
 *
 * <pre>{@code
 * ThrowAnalysis analysis = ThrowAnalysis.create(env, options, diagnostics, dtoStatus);
 * analysis.addTypes(typesOfTheRound);
 * analysis.analyse(endpointBodies);          // in the round they were read
 * analysis.report((framework, path) -> path); // when processing is over
 * }</pre>
 */
public final class ThrowAnalysis {

  /** How many calls deep the analysis follows an endpoint. */
  public static final int MAX_DEPTH = 12;

  private final Trees trees;
  private final CallGraph graph;
  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;
  private final UndocumentedMode mode;
  private final Map<ExecutableElement, MethodFacts> facts = new IdentityHashMap<>();
  private final Map<TypeElement, CompilationUnitTree> units = new IdentityHashMap<>();
  private final Map<CompilationUnitTree, SourceNames> names = new IdentityHashMap<>();
  private final List<Finding> findings = new ArrayList<>();
  private boolean skippedNoted;
  private int methodsAnalysed;

  private ThrowAnalysis(Trees trees, ProcessingEnvironment env, Diagnostics diagnostics,
      UndocumentedMode mode, Function<TypeElement, OptionalInt> dtoStatus) {
    this.trees = trees;
    this.env = env;
    this.diagnostics = diagnostics;
    this.mode = mode;
    this.graph = new CallGraph(env.getElementUtils(), env.getTypeUtils(), dtoStatus);
  }

  /**
   * The analysis for one compilation.
   *
   * @param dtoStatus the status of a type's own valid {@code @ErrorDto}, if it has one
   */
  public static ThrowAnalysis create(ProcessingEnvironment env, ProcessorOptions options,
      Diagnostics diagnostics, Function<TypeElement, OptionalInt> dtoStatus) {
    Trees trees = null;
    if (options.undocumented() != UndocumentedMode.IGNORE) {
      try {
        trees = Trees.instance(env);
      } catch (IllegalArgumentException | LinkageError notJavac) {
        // ECJ, or an environment wrapped by a build tool: no syntax trees to read.
        trees = null;
      }
    }
    return new ThrowAnalysis(trees, env, diagnostics, options.undocumented(), dtoStatus);
  }

  /** Adds the types of a round, for calls through an interface to its only implementation. */
  public void addTypes(Collection<TypeElement> types) {
    if (mode != UndocumentedMode.IGNORE && trees != null) {
      graph.addTypes(types);
    }
  }

  /** Follows the bodies of endpoints read in this round and keeps what they throw undocumented. */
  public void analyse(List<EndpointBody> endpoints) {
    if (mode == UndocumentedMode.IGNORE || endpoints.isEmpty()) {
      return;
    }
    if (trees == null) {
      if (!skippedNoted) {
        skippedNoted = true;
        diagnostics.report(Message.THROW_ANALYSIS_SKIPPED);
      }
      return;
    }
    for (EndpointBody endpoint : endpoints) {
      follow(endpoint);
    }
  }

  private void follow(EndpointBody endpoint) {
    Set<Step> seen = new HashSet<>();
    Set<Tree> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    ArrayDeque<Step> queue = new ArrayDeque<>();
    Step first = new Step(endpoint.method(), List.of(), 0);
    seen.add(first.withoutDepth());
    queue.add(first);
    while (!queue.isEmpty()) {
      Step step = queue.poll();
      MethodFacts read = facts(step.method());
      for (ThrowSite site : read.throwSites()) {
        if (!graph.isCaught(site.thrown(), step.caught())
            && !graph.isDocumented(site.thrown(), endpoint.documented())
            && reported.add(site.tree())) {
          findings.add(new Finding(endpoint, site));
        }
      }
      if (step.depth() >= MAX_DEPTH) {
        continue;
      }
      for (MethodFacts.Call call : read.calls()) {
        List<TypeElement> caught = step.caught();
        if (!call.caught().isEmpty()) {
          caught = new ArrayList<>(caught);
          caught.addAll(call.caught());
        }
        Step next = new Step(call.target(), caught, step.depth() + 1);
        if (seen.add(next.withoutDepth())) {
          queue.add(next);
        }
      }
    }
  }

  /** The facts of one method, read on first use. */
  private MethodFacts facts(ExecutableElement method) {
    MethodFacts known = facts.get(method);
    if (known == null) {
      known = read(method);
      facts.put(method, known);
    }
    return known;
  }

  private MethodFacts read(ExecutableElement method) {
    Tree tree = trees.getTree(method);
    if (!(tree instanceof MethodTree methodTree) || methodTree.getBody() == null) {
      return MethodFacts.NONE;
    }
    CompilationUnitTree unit = unitOf(method);
    if (unit == null) {
      return MethodFacts.NONE;
    }
    methodsAnalysed++;
    SourceNames unitNames = names.computeIfAbsent(unit,
        u -> new SourceNames(env.getElementUtils(), env.getTypeUtils(), u));
    return MethodScanner.read(graph, unitNames, method, methodTree, unit);
  }

  private CompilationUnitTree unitOf(ExecutableElement method) {
    Element top = method.getEnclosingElement();
    while (top.getEnclosingElement() instanceof TypeElement outer) {
      top = outer;
    }
    TypeElement topLevel = (TypeElement) top;
    return units.computeIfAbsent(topLevel, t -> {
      TreePath path = trees.getPath(t);
      return path == null ? null : path.getCompilationUnit();
    });
  }

  /**
   * Reports every finding on its {@code throw}, naming the endpoint's first operation.
   *
   * @param finalPath the path of an operation once the application prefix is known
   */
  public void report(BiFunction<io.errorsplus.processor.model.Endpoint.Framework, String, String> finalPath) {
    Diagnostic.Kind kind = mode == UndocumentedMode.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
    for (Finding finding : findings) {
      EndpointBody e = finding.endpoint();
      ThrowSite site = finding.site();
      String text = Message.UNDOCUMENTED_THROW.format(site.thrown().getSimpleName(), site.status(),
          e.verb().toUpperCase(Locale.ROOT), finalPath.apply(e.framework(), e.path()), e.resource(),
          e.method().getSimpleName());
      if (diagnostics.count(kind, text, site.tree())) {
        trees.printMessage(kind, text, site.tree(), site.unit());
      }
    }
    findings.clear();
  }

  /** How many method bodies were read: each at most once, however many endpoints reach it. */
  public int methodsAnalysed() {
    return methodsAnalysed;
  }

  /** A method reached with these exception types caught on the way. */
  private record Step(ExecutableElement method, List<TypeElement> caught, int depth) {
    Step withoutDepth() {
      return depth == 0 ? this : new Step(method, caught, 0);
    }
  }

  private record Finding(EndpointBody endpoint, ThrowSite site) {}
}
