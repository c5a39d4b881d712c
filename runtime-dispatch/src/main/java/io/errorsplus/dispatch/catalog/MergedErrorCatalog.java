package io.errorsplus.dispatch.catalog;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Several catalogues as one: the first to document a type or a handler wins. */
final class MergedErrorCatalog implements ErrorCatalog {

  static final ErrorCatalog EMPTY = new MergedErrorCatalog(List.of());

  private final List<ErrorCatalog> catalogs;
  private final List<DocumentedError> errors;
  private final List<DocumentedOperation> operations;
  private final ErrorIndex errorIndex;

  private MergedErrorCatalog(List<ErrorCatalog> catalogs) {
    this.catalogs = List.copyOf(catalogs);
    List<DocumentedError> allErrors = new ArrayList<>();
    List<DocumentedOperation> allOperations = new ArrayList<>();
    for (ErrorCatalog catalog : this.catalogs) {
      allErrors.addAll(catalog.errors());
      allOperations.addAll(catalog.operations());
    }
    this.errors = List.copyOf(allErrors);
    this.operations = List.copyOf(allOperations);
    this.errorIndex = new ErrorIndex(errors);
  }

  static ErrorCatalog of(List<? extends ErrorCatalog> catalogs) {
    if (catalogs.isEmpty()) {
      return EMPTY;
    }
    if (catalogs.size() == 1) {
      return catalogs.get(0);
    }
    return new MergedErrorCatalog(new ArrayList<>(catalogs));
  }

  @Override
  public Optional<DocumentedError> find(Throwable error) {
    return error == null ? Optional.empty() : errorIndex.find(error.getClass());
  }

  @Override
  public Optional<DocumentedError> find(Class<?> type) {
    return errorIndex.find(type);
  }

  @Override
  public Optional<DocumentedOperation> operation(Method handler) {
    for (ErrorCatalog catalog : catalogs) {
      Optional<DocumentedOperation> found = catalog.operation(handler);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<DocumentedOperation> operation(Method handler, String httpMethod,
      String routeTemplate) {
    for (ErrorCatalog catalog : catalogs) {
      Optional<DocumentedOperation> found = catalog.operation(handler, httpMethod, routeTemplate);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  @Override
  public List<DocumentedOperation> operations() {
    return operations;
  }

  @Override
  public List<DocumentedError> errors() {
    return errors;
  }

  @Override
  public String toString() {
    return "ErrorCatalog" + catalogs;
  }
}
