package io.errorsplus.processor.analyze;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnionTypeTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads one method body: the {@code throw}s of {@code @ErrorDto} types that no {@code try} of the
 * method catches, and the calls into methods of the compilation. Lambdas and local or anonymous
 * classes in the body count as the method's (their code runs for the endpoint), but a
 * {@code try} around them does not catch what they throw later.
 *
 * <p>Names are resolved from the syntax tree ({@link SourceNames}): a call {@code x.m(a, b)} is
 * followed into every method {@code m} with two parameters of the type of {@code x} (a local
 * variable, parameter or field with a written type, {@code this}, a type name for a static call,
 * or the result of another resolved call).
 */
final class MethodScanner extends TreeScanner<Void, Void> {

  private final CallGraph graph;
  private final SourceNames names;
  private final ExecutableElement method;
  private final TypeElement owner;
  private final CompilationUnitTree unit;
  private Map<String, VariableTree> locals = Map.of();
  /** The catch types of the enclosing {@code try}s of the code being scanned, innermost last. */
  private List<TypeElement> caught = List.of();
  private final List<ThrowSite> throwSites = new ArrayList<>(2);
  private final List<MethodFacts.Call> calls = new ArrayList<>(2);
  /** A chained call's receiver is resolved again when the scan reaches it: once is enough. */
  private Map<MethodInvocationTree, List<ExecutableElement>> resolved;

  private MethodScanner(CallGraph graph, SourceNames names, ExecutableElement method,
      CompilationUnitTree unit) {
    this.graph = graph;
    this.names = names;
    this.method = method;
    this.owner = (TypeElement) method.getEnclosingElement();
    this.unit = unit;
  }

  static MethodFacts read(CallGraph graph, SourceNames names, ExecutableElement method,
      MethodTree tree, CompilationUnitTree unit) {
    MethodScanner scanner = new MethodScanner(graph, names, method, unit);
    scanner.scan(tree.getBody(), null);
    if (scanner.throwSites.isEmpty() && scanner.calls.isEmpty()) {
      return MethodFacts.NONE;
    }
    return new MethodFacts(List.copyOf(scanner.throwSites), List.copyOf(scanner.calls));
  }

  @Override
  public Void visitVariable(VariableTree tree, Void unused) {
    if (locals.isEmpty()) {
      locals = new HashMap<>();
    }
    locals.put(tree.getName().toString(), tree);
    return super.visitVariable(tree, unused);
  }

  @Override
  public Void visitTry(TryTree tree, Void unused) {
    List<TypeElement> outer = caught;
    List<TypeElement> inner = new ArrayList<>(outer);
    for (CatchTree c : tree.getCatches()) {
      Tree type = c.getParameter().getType();
      if (type instanceof UnionTypeTree union) {
        for (Tree alternative : union.getTypeAlternatives()) {
          addIfKnown(inner, names.type(alternative, owner));
        }
      } else {
        addIfKnown(inner, names.type(type, owner));
      }
    }
    caught = inner;
    scan(tree.getResources(), unused);
    scan(tree.getBlock(), unused);
    caught = outer;
    scan(tree.getCatches(), unused);
    scan(tree.getFinallyBlock(), unused);
    return null;
  }

  private static void addIfKnown(List<TypeElement> into, TypeElement type) {
    if (type != null) {
      into.add(type);
    }
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
    return later(() -> super.visitLambdaExpression(tree, unused));
  }

  @Override
  public Void visitClass(ClassTree tree, Void unused) {
    return later(() -> super.visitClass(tree, unused));
  }

  /** Scans code that runs later than where it is written: outside the enclosing {@code try}s. */
  private Void later(Runnable scan) {
    List<TypeElement> outer = caught;
    caught = List.of();
    scan.run();
    caught = outer;
    return null;
  }

  @Override
  public Void visitThrow(ThrowTree tree, Void unused) {
    thrown(expressionType(tree.getExpression()), tree);
    return super.visitThrow(tree, unused);
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
    for (ExecutableElement target : targets(tree)) {
      graph.bodyOf(target).ifPresent(body -> calls.add(new MethodFacts.Call(body, List.copyOf(caught))));
    }
    if (name(tree).equals("orElseThrow")) {
      // Optional.orElseThrow(() -> new X(...)): the supplier's exception is thrown right here.
      for (ExpressionTree argument : tree.getArguments()) {
        supplied(argument);
      }
    }
    return super.visitMethodInvocation(tree, unused);
  }

  private void supplied(ExpressionTree supplier) {
    if (supplier instanceof LambdaExpressionTree lambda) {
      Tree body = lambda.getBody();
      if (body instanceof BlockTree block) {
        for (StatementTree statement : block.getStatements()) {
          if (statement instanceof ReturnTree r && r.getExpression() instanceof NewClassTree created) {
            thrown(names.type(created.getIdentifier(), owner), created);
          }
        }
      } else if (body instanceof NewClassTree created) {
        thrown(names.type(created.getIdentifier(), owner), created);
      }
    } else if (supplier instanceof MemberReferenceTree reference
        && reference.getMode() == MemberReferenceTree.ReferenceMode.NEW) {
      thrown(names.type(reference.getQualifierExpression(), owner), reference);
    }
  }

  private void thrown(TypeElement type, Tree at) {
    if (type == null) {
      return;
    }
    OptionalInt status = graph.dtoStatus(type);
    if (status.isEmpty() || graph.isCaught(type, caught)) {
      return;
    }
    throwSites.add(new ThrowSite(type, status.getAsInt(), at, unit));
  }

  private static String name(MethodInvocationTree tree) {
    ExpressionTree select = tree.getMethodSelect();
    if (select instanceof MemberSelectTree member) {
      return member.getIdentifier().toString();
    }
    return select instanceof IdentifierTree id ? id.getName().toString() : "";
  }

  /** The methods a call may run: same name and number of arguments, declared in the compilation. */
  private List<ExecutableElement> targets(MethodInvocationTree tree) {
    if (resolved == null) {
      resolved = new java.util.IdentityHashMap<>();
    }
    List<ExecutableElement> known = resolved.get(tree);
    if (known == null) {
      known = resolve(tree);
      resolved.put(tree, known);
    }
    return known;
  }

  private List<ExecutableElement> resolve(MethodInvocationTree tree) {
    ExpressionTree select = tree.getMethodSelect();
    int arity = tree.getArguments().size();
    if (select instanceof IdentifierTree id) {
      // An unqualified call: the nearest enclosing type that has such a method.
      for (javax.lang.model.element.Element e = owner; e instanceof TypeElement t; e = e.getEnclosingElement()) {
        List<ExecutableElement> found = graph.methods(t, id.getName().toString(), arity);
        if (!found.isEmpty()) {
          return found;
        }
      }
      return List.of();
    }
    if (select instanceof MemberSelectTree member) {
      TypeElement receiver = expressionType(member.getExpression());
      if (receiver != null) {
        return graph.methods(receiver, member.getIdentifier().toString(), arity);
      }
    }
    return List.of();
  }

  /** The (erased) type of an expression, as far as the syntax tells; null when unknown. */
  private TypeElement expressionType(ExpressionTree expression) {
    if (expression instanceof ParenthesizedTree p) {
      return expressionType(p.getExpression());
    }
    if (expression instanceof TypeCastTree cast) {
      return names.type(cast.getType(), owner);
    }
    if (expression instanceof NewClassTree created) {
      return names.type(created.getIdentifier(), owner);
    }
    if (expression instanceof ConditionalExpressionTree conditional) {
      return expressionType(conditional.getTrueExpression());
    }
    if (expression instanceof MethodInvocationTree call) {
      List<ExecutableElement> targets = targets(call);
      return targets.isEmpty() ? null : names.element(targets.get(0).getReturnType());
    }
    if (expression instanceof IdentifierTree id) {
      return identifierType(id.getName().toString());
    }
    if (expression instanceof MemberSelectTree member) {
      String name = member.getIdentifier().toString();
      TypeElement receiver = expressionType(member.getExpression());
      if (receiver == null) {
        return names.type(member, owner); // a qualified type name
      }
      if (name.equals("this")) {
        return receiver; // Outer.this
      }
      VariableElement field = graph.field(receiver, name);
      return field != null ? names.element(field.asType()) : names.memberType(receiver, name);
    }
    return null;
  }

  private TypeElement identifierType(String name) {
    if (name.equals("this")) {
      return owner;
    }
    if (name.equals("super")) {
      return names.superclass(owner);
    }
    VariableTree local = locals.get(name);
    if (local != null) {
      return local.getType() != null ? names.type(local.getType(), owner)
          : local.getInitializer() != null ? expressionType(local.getInitializer()) : null; // var
    }
    for (VariableElement parameter : method.getParameters()) {
      if (parameter.getSimpleName().contentEquals(name)) {
        return names.element(parameter.asType());
      }
    }
    for (javax.lang.model.element.Element e = owner; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      VariableElement field = graph.field(t, name);
      if (field != null) {
        return names.element(field.asType());
      }
    }
    return names.simple(name, owner); // a type name: a static call's receiver
  }
}
