package io.errorsplus.processor.analyze;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import javax.lang.model.element.TypeElement;

/**
 * A {@code throw} of an {@code @ErrorDto} type (or an {@code orElseThrow} supplier of one) that
 * no {@code try} of its own method catches.
 *
 * @param thrown the thrown type
 * @param status the status of its {@code @ErrorDto} (its own or its nearest superclass's)
 * @param tree the {@code throw} statement, where the diagnostic goes
 * @param unit the compilation unit holding it
 */
record ThrowSite(TypeElement thrown, int status, Tree tree, CompilationUnitTree unit) {}
