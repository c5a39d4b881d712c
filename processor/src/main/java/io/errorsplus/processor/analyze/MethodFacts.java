package io.errorsplus.processor.analyze;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * What one method body does that matters to the analysis, read once and shared by every
 * endpoint that reaches the method.
 *
 * @param throwSites the throws of {@code @ErrorDto} types its own {@code try}s do not catch
 * @param calls the calls into methods of the compilation, in source order
 */
record MethodFacts(List<ThrowSite> throwSites, List<Call> calls) {

  static final MethodFacts NONE = new MethodFacts(List.of(), List.of());

  /**
   * A call, with the exception types caught around it in the calling method.
   *
   * @param target a method with a body in this compilation
   * @param caught the types of the {@code catch} clauses of the {@code try}s enclosing the call
   */
  record Call(ExecutableElement target, List<TypeElement> caught) {}
}
