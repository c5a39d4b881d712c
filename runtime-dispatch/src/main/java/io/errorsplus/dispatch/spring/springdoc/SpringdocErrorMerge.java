package io.errorsplus.dispatch.spring.springdoc;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.errorsplus.dispatch.catalog.DocumentedOperation;
import io.errorsplus.dispatch.catalog.ErrorCatalog;
import io.errorsplus.dispatch.openapi.ErrorDocument;
import io.errorsplus.dispatch.openapi.ErrorOperation;
import io.errorsplus.dispatch.openapi.ErrorResponseMerge;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Merges every {@code META-INF/errors-plus/openapi.json} of the class path into springdoc's
 * document, with {@link ErrorResponseMerge}'s rule: on a status errors-plus documents for an
 * operation, its response replaces springdoc's; its schemas join {@code components.schemas}.
 *
 * <p>Operations are matched by handler method, through the catalogue's
 * {@link ErrorCatalog#operation}: springdoc renames duplicate operationIds ({@code list_1}), so an
 * operationId would find the wrong operation. The documents are read once, with springdoc's own
 * JSON mapper, so its OpenAPI 3.0 and 3.1 modes both get the right models.
 *
 * <p>springdoc builds one document on one thread: the operation customizer runs for each handler,
 * then the OpenAPI customizers. The responses merged for the document being built are kept for
 * that thread until {@link #customise(OpenAPI)} joins the schemas they use; the schemas can only
 * join then, when springdoc's own are all known (a name springdoc also uses for a different schema
 * is left to springdoc, and the errors-plus one renamed).
 */
public class SpringdocErrorMerge implements GlobalOperationComponentsCustomizer,
    GlobalOpenApiCustomizer {

  private static final Logger LOG = LoggerFactory.getLogger(SpringdocErrorMerge.class);

  private final Supplier<ErrorCatalog> catalogSource;
  private final Supplier<ObjectMapper> mapperSource;
  private final ThreadLocal<Pending> pending = new ThreadLocal<>();
  private volatile Sources sources;

  /** The merge of one document being built: its components (to recognise it) and responses. */
  private static final class Pending {
    final Components components;
    final ErrorResponseMerge merge;
    int operations;
    long nanos;

    Pending(Components components, ErrorResponseMerge merge) {
      this.components = components;
      this.merge = merge;
    }
  }

  /** What is read once: the catalogue, springdoc's mapper and the error documents. */
  private record Sources(ErrorCatalog catalog, ObjectMapper mapper, List<ErrorDocument> documents) {}

  /**
   * @param catalog the application's error catalogue, asked once, on first use
   * @param mapper springdoc's JSON mapper ({@code ObjectMapperProvider.jsonMapper()}), asked once
   */
  public SpringdocErrorMerge(Supplier<ErrorCatalog> catalog, Supplier<ObjectMapper> mapper) {
    this.catalogSource = Objects.requireNonNull(catalog, "catalog is required");
    this.mapperSource = Objects.requireNonNull(mapper, "mapper is required");
  }

  @Override
  public Operation customize(Operation operation, Components components,
      HandlerMethod handlerMethod) {
    Sources s = sources();
    if (s.documents().isEmpty()) {
      return operation;
    }
    Optional<DocumentedOperation> documented = s.catalog().operation(handlerMethod.getMethod());
    if (documented.isEmpty()) {
      return operation;
    }
    long start = System.nanoTime();
    DocumentedOperation op = documented.get();
    for (ErrorDocument document : s.documents()) {
      Optional<ErrorOperation> errors = document.operation(op.method(), op.path());
      if (errors.isPresent()) {
        Pending p = pendingFor(components, s.mapper());
        p.merge.mergeResponses(operation, document, errors.get());
        p.operations++;
        p.nanos += System.nanoTime() - start;
        break;
      }
    }
    return operation;
  }

  @Override
  public Operation customize(Operation operation, HandlerMethod handlerMethod) {
    return customize(operation, null, handlerMethod);
  }

  @Override
  public void customise(OpenAPI openApi) {
    Pending p = pending.get();
    pending.remove();
    if (p == null || p.merge.isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    if (openApi.getComponents() == null) {
      openApi.setComponents(new Components());
    }
    for (String note : p.merge.joinSchemas(openApi.getComponents())) {
      LOG.info("errors-plus: {}", note);
    }
    LOG.debug("errors-plus: merged the error responses of {} operations into springdoc's document"
        + " in {} ms", p.operations, (p.nanos + System.nanoTime() - start) / 1_000_000);
  }

  /** This thread's merge for the document whose components are {@code components}. */
  private Pending pendingFor(Components components, ObjectMapper mapper) {
    Pending p = pending.get();
    // Another document's leftovers (a build that failed before its OpenAPI customizers ran).
    if (p == null || (components != null && p.components != null
        && p.components != components)) {
      p = new Pending(components, new ErrorResponseMerge(mapper));
      pending.set(p);
    }
    return p;
  }

  private Sources sources() {
    Sources s = sources;
    if (s == null) {
      synchronized (this) {
        s = sources;
        if (s == null) {
          s = load();
          sources = s;
        }
      }
    }
    return s;
  }

  private Sources load() {
    long start = System.nanoTime();
    ObjectMapper mapper = mapperSource.get();
    ErrorCatalog catalog = catalogSource.get();
    List<ErrorDocument> documents;
    try {
      documents = ErrorDocument.readAll(ClassUtils.getDefaultClassLoader(), mapper);
    } catch (UncheckedIOException e) {
      LOG.error("{}; springdoc's document is served without errors-plus's responses",
          e.getCause().getMessage());
      documents = List.of();
    }
    LOG.debug("errors-plus: read {} {} for springdoc in {} ms", documents.size(),
        ErrorDocument.RESOURCE, (System.nanoTime() - start) / 1_000_000);
    return new Sources(catalog, mapper, documents);
  }
}
