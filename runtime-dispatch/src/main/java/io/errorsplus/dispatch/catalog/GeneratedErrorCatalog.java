package io.errorsplus.dispatch.catalog;

import io.errorsplus.dispatch.web.RouteTemplate;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The base class of the catalogues the processor generates: the generated constructor registers
 * each documented error and each endpoint with class literals (endpoints as rows of a table,
 * {@link Registrar#operations}), and the generated
 * {@link #customBody} makes the typed call of a dto's body method. All look-ups live here.
 *
 * <p>Meant for generated code; a hand-written catalogue (for a test, or a framework the processor
 * does not read) looks the same:
 *
 * <pre>{@code
 * final class ShopCatalog extends GeneratedErrorCatalog {
 *   ShopCatalog() {
 *     super(BodyStyle.DETAIL);
 *     error(ItemNotFoundException.class, 404, "ITEM_NOT_FOUND", "Item not found", NO_BODY);
 *     error(ItemConflictException.class, 409, "", "Item exists", 0);
 *     operation("get", "GET", "/items/{id}", 422, 404, 422)
 *         .documents(ItemNotFoundException.class)
 *         .handler(ItemsResource.class, "get", long.class);
 *   }
 *   protected Object customBody(int body, Throwable error) {
 *     return switch (body) {
 *       case 0 -> ((ItemConflictException) error).body();
 *       default -> super.customBody(body, error);
 *     };
 *   }
 * }
 * }</pre>
 */
public abstract class GeneratedErrorCatalog implements ErrorCatalog {

  /** The {@code body} argument of {@link #error} for a dto answered with the standard body. */
  protected static final int NO_BODY = -1;

  private final BodyStyle bodyStyle;
  private final List<DocumentedError> errors;
  private final List<DocumentedOperation> operations;
  private final Map<HandlerKey, DocumentedOperation> handlers;
  private ErrorIndex errorIndex;
  private final HandlerIndex handlerIndex;
  private final Registrar registrar = new Registrar();

  protected GeneratedErrorCatalog(BodyStyle bodyStyle) {
    this(bodyStyle, 16, 16);
  }

  /**
   * A catalogue sized for what its constructor registers (the generated one knows), so that
   * thousands of entries are not copied over while the tables grow.
   */
  protected GeneratedErrorCatalog(BodyStyle bodyStyle, int expectedErrors, int expectedOperations) {
    this.bodyStyle = Objects.requireNonNull(bodyStyle, "bodyStyle is required");
    this.errors = new ArrayList<>(Math.max(expectedErrors, 0));
    this.operations = new ArrayList<>(Math.max(expectedOperations, 0));
    // about two handler methods per operation (an interface's and its implementation's)
    this.handlers = new HashMap<>(Math.max(16, expectedOperations * 4));
    this.handlerIndex = new HandlerIndex(handlers::get);
  }

  /**
   * Registers a documented error type.
   *
   * @param body the number {@link #customBody} answers for this type's custom body, or
   *     {@link #NO_BODY}
   */
  protected final void error(Class<?> type, int status, String code, String message, int body) {
    errors.add(new Error(Objects.requireNonNull(type, "type"), status, code == null ? "" : code,
        message, body));
    errorIndex = null;
  }

  /**
   * Registers an endpoint; {@link Operation#documents} and {@link Operation#handler} complete it.
   *
   * @param validationStatus 422 or 400 when the validation flag applies, else 0
   * @param statuses every documented error status
   */
  protected final Operation operation(String operationId, String method, String path,
      int validationStatus, int... statuses) {
    Set<Integer> set = new LinkedHashSet<>();
    for (int status : statuses) {
      set.add(status);
    }
    Operation operation = new Operation(operationId, method, path, validationStatus,
        Collections.unmodifiableSet(set));
    operations.add(operation);
    return operation;
  }

  /**
   * The registration methods as an object, for registrations spread over nested classes: a
   * nested class that called the protected methods directly would make javac add an accessor
   * method to the catalogue for every call (and a name to its constant pool).
   */
  protected final Registrar registrar() {
    return registrar;
  }

  /** {@link GeneratedErrorCatalog#error} and {@link GeneratedErrorCatalog#operation} as an object. */
  protected final class Registrar {
    private Registrar() {}

    /** @see GeneratedErrorCatalog#error */
    public void error(Class<?> type, int status, String code, String message, int body) {
      GeneratedErrorCatalog.this.error(type, status, code, message, body);
    }

    /** @see GeneratedErrorCatalog#operation */
    public Operation operation(String operationId, String method, String path,
        int validationStatus, int... statuses) {
      return GeneratedErrorCatalog.this.operation(operationId, method, path, validationStatus,
          statuses);
    }

    /**
     * Registers endpoints from a table, one row each, as the processor writes them: a row costs
     * javac one string constant to compile instead of three method calls, which a build of
     * thousands of endpoints notices (BENCHMARKS.md, what a cold build pays).
     *
     * <p>A row holds seven fields separated by a tab: operation id, HTTP method, path, validation
     * status, the documented statuses ({@code 404,422}, possibly none), the documented types and
     * the handler methods. Types are indexes into {@code types}: documented types as
     * {@code 2,5}; handlers, separated by {@code ;}, as
     * {@code declaringClass:name:parameterType,parameterType}. In the operation id and the path
     * a backslash, tab, line feed or carriage return is written {@code \\}, {@code \t},
     * {@code \n} or {@code \r}.
     *
     * @throws IllegalArgumentException naming the row when one is malformed
     */
    public void operations(Class<?>[] types, String[] rows) {
      for (String row : rows) {
        try {
          operationRow(types, row);
        } catch (RuntimeException e) {
          throw new IllegalArgumentException("malformed catalogue row in "
              + GeneratedErrorCatalog.this.getClass().getName() + ": \"" + row
              + "\" (was the catalogue generated by another errors-plus version?)", e);
        }
      }
    }

    private void operationRow(Class<?>[] types, String row) {
      String[] fields = row.split("\t", -1);
      if (fields.length != 7) {
        throw new IllegalArgumentException(fields.length + " fields, not 7");
      }
      String[] statusTexts = list(fields[4], ",");
      int[] statuses = new int[statusTexts.length];
      for (int i = 0; i < statuses.length; i++) {
        statuses[i] = Integer.parseInt(statusTexts[i]);
      }
      Operation operation = GeneratedErrorCatalog.this.operation(unescape(fields[0]), fields[1],
          unescape(fields[2]), Integer.parseInt(fields[3]), statuses);
      for (String documented : list(fields[5], ",")) {
        operation.documents(types[Integer.parseInt(documented)]);
      }
      for (String handler : list(fields[6], ";")) {
        String[] parts = handler.split(":", -1);
        if (parts.length != 3) {
          throw new IllegalArgumentException("handler \"" + handler + "\" is not class:name:parameters");
        }
        String[] parameterIndexes = list(parts[2], ",");
        Class<?>[] parameterTypes = new Class<?>[parameterIndexes.length];
        for (int i = 0; i < parameterTypes.length; i++) {
          parameterTypes[i] = types[Integer.parseInt(parameterIndexes[i])];
        }
        operation.handler(types[Integer.parseInt(parts[0])], parts[1], parameterTypes);
      }
    }
  }

  /** The items of a list field; none when it is empty. */
  private static String[] list(String field, String separator) {
    return field.isEmpty() ? new String[0] : field.split(separator, -1);
  }

  private static String unescape(String field) {
    if (field.indexOf('\\') < 0) {
      return field;
    }
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (++i == field.length()) {
        throw new IllegalArgumentException("a backslash ends \"" + field + "\"");
      }
      char escaped = field.charAt(i);
      switch (escaped) {
        case '\\' -> out.append('\\');
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        default -> throw new IllegalArgumentException("unknown escape \\" + escaped + " in \"" + field + "\"");
      }
    }
    return out.toString();
  }

  /**
   * The typed body call of the error registered with {@code body}; generated as a {@code switch}.
   * Returning null answers with the standard body.
   */
  protected Object customBody(int body, Throwable error) {
    return null;
  }

  @Override
  public final Optional<DocumentedError> find(Throwable error) {
    return error == null ? Optional.empty() : find(error.getClass());
  }

  @Override
  public final Optional<DocumentedError> find(Class<?> type) {
    ErrorIndex index = errorIndex;
    if (index == null) {
      index = new ErrorIndex(errors);
      errorIndex = index;
    }
    return index.find(type);
  }

  @Override
  public final Optional<DocumentedOperation> operation(Method handler) {
    return handlerIndex.find(handler);
  }

  @Override
  public final Optional<DocumentedOperation> operation(Method handler, String httpMethod,
      String routeTemplate) {
    Optional<DocumentedOperation> first = handlerIndex.find(handler);
    if (first.isEmpty() || !(first.get() instanceof Operation op) || op.siblings.isEmpty()) {
      return first;
    }
    String path = RouteTemplate.normalize(routeTemplate);
    Operation sameMethod = null;
    for (int i = -1; i < op.siblings.size(); i++) {
      Operation candidate = i < 0 ? op : op.siblings.get(i);
      if (httpMethod != null && candidate.method.equalsIgnoreCase(httpMethod)) {
        if (candidate.path.equals(path)) {
          return Optional.of(candidate);
        }
        if (sameMethod == null) {
          sameMethod = candidate;
        }
      } else if (httpMethod == null && candidate.path.equals(path)) {
        return Optional.of(candidate);
      }
    }
    return Optional.of(sameMethod != null ? sameMethod : op);
  }

  @Override
  public final List<DocumentedOperation> operations() {
    return Collections.unmodifiableList(operations);
  }

  @Override
  public final List<DocumentedError> errors() {
    return Collections.unmodifiableList(errors);
  }

  @Override
  public String toString() {
    return getClass().getName() + "[" + errors.size() + " errors, " + operations.size()
        + " operations, " + bodyStyle + "]";
  }

  /** An endpoint being registered. */
  protected final class Operation implements DocumentedOperation {
    private final String operationId;
    private final String method;
    private final String path;
    private final int validationStatus;
    private final Set<Integer> statuses;
    private final Set<Class<?>> documentedTypes = new java.util.HashSet<>();
    /** Other endpoints served by this one's first handler method, in registration order. */
    private final List<Operation> siblings = new ArrayList<>(0);

    private Operation(String operationId, String method, String path, int validationStatus,
        Set<Integer> statuses) {
      this.operationId = Objects.requireNonNull(operationId, "operationId");
      this.method = Objects.requireNonNull(method, "method");
      this.path = Objects.requireNonNull(path, "path");
      this.validationStatus = validationStatus;
      this.statuses = statuses;
    }

    /** The {@code @ErrorDto} types declared for this endpoint. */
    public Operation documents(Class<?>... types) {
      Collections.addAll(documentedTypes, types);
      return this;
    }

    /**
     * A method that serves this endpoint: declaring class, name, erased parameter types. A method
     * that serves several endpoints (a Spring mapping with several paths or verbs) finds the
     * first; the others are kept as its siblings for {@link #operation(Method, String, String)}.
     */
    public Operation handler(Class<?> declaringClass, String name, Class<?>... parameterTypes) {
      DocumentedOperation first = handlers.putIfAbsent(
          new HandlerKey(declaringClass, name, List.of(parameterTypes)), this);
      if (first instanceof Operation op && op != this && !op.siblings.contains(this)) {
        op.siblings.add(this);
      }
      return this;
    }

    @Override public String operationId() { return operationId; }
    @Override public String method() { return method; }
    @Override public String path() { return path; }
    @Override public Set<Integer> statuses() { return statuses; }
    @Override public int validationStatus() { return validationStatus; }
    @Override public BodyStyle bodyStyle() { return bodyStyle; }

    @Override
    public boolean documents(DocumentedError error) {
      if (error == null) {
        return false;
      }
      for (Class<?> c = error.type(); c != null; c = c.getSuperclass()) {
        if (documentedTypes.contains(c)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return method + " " + path + " (" + operationId + ")";
    }
  }

  private final class Error implements DocumentedError {
    private final Class<?> type;
    private final int status;
    private final String code;
    private final String message;
    private final int body;

    Error(Class<?> type, int status, String code, String message, int body) {
      this.type = type;
      this.status = status;
      this.code = code;
      this.message = message;
      this.body = body;
    }

    @Override public Class<?> type() { return type; }
    @Override public int status() { return status; }
    @Override public String code() { return code; }
    @Override public String message() { return message; }
    @Override public String mediaType() { return bodyStyle.mediaType(); }
    @Override public BodyStyle bodyStyle() { return bodyStyle; }

    @Override
    public Object body(Throwable error, String instance) {
      if (body != NO_BODY && error != null && type.isInstance(error)) {
        Object custom = customBody(body, error);
        if (custom != null) {
          return custom;
        }
      }
      return StandardErrorBody.of(bodyStyle, status, code,
          StandardErrorBody.detail(error, message), instance);
    }

    @Override
    public String toString() {
      return type.getName() + " (" + status + (code.isEmpty() ? "" : " " + code) + ")";
    }
  }
}
