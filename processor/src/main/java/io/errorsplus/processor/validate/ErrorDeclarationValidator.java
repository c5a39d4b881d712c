package io.errorsplus.processor.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.errorsplus.processor.model.DeclaredError;
import io.errorsplus.processor.model.DeclaredExample;
import io.errorsplus.processor.model.ErrorContribution;
import io.errorsplus.processor.model.ExampleBodies;
import io.errorsplus.processor.model.ExampleDoc;
import io.errorsplus.processor.model.JsonText;
import io.errorsplus.processor.model.ProcessorOptions;
import io.errorsplus.processor.model.ReasonPhrases;
import io.errorsplus.processor.model.SchemaCatalog;
import io.errorsplus.processor.model.TypeSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an {@code @ErrorDto} or {@code @ErrorResponse} (contract 2.6) and turns a valid one into
 * the contribution it makes to an operation. Every problem is reported, not just the first.
 */
public final class ErrorDeclarationValidator {

  // RFC 6838 type/subtype with optional parameters.
  private static final Pattern MEDIA_TYPE = Pattern.compile(
      "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}"
          + "(\\s*;\\s*[A-Za-z0-9!#$&^_.+-]+=(\"[^\"]*\"|[A-Za-z0-9!#$&^_.+-]+))*");

  private final ProcessorOptions options;
  private final SchemaCatalog catalog;
  private final Diagnostics diagnostics;
  private final ExampleFit fit;

  public ErrorDeclarationValidator(ProcessorOptions options, SchemaCatalog catalog,
      Diagnostics diagnostics) {
    this.options = Objects.requireNonNull(options, "options is required");
    this.catalog = Objects.requireNonNull(catalog, "catalog is required");
    this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics is required");
    this.fit = new ExampleFit(catalog);
  }

  /** The contribution of a valid declaration; empty (with errors reported) otherwise. */
  public Optional<ErrorContribution> validate(DeclaredError declared) {
    boolean valid = true;
    var origin = declared.origin();
    if (declared.status() < 400 || declared.status() > 599) {
      diagnostics.report(Message.STATUS_OUT_OF_RANGE, origin.element(), origin.mirror(),
          declared.statusValue(), declared.status());
      valid = false;
    }
    if (declared.kind() == ErrorContribution.Kind.DTO && declared.text().isBlank()) {
      diagnostics.report(Message.BLANK_MESSAGE, origin.element(), origin.mirror(), declared.textValue());
      valid = false;
    }
    if (!declared.mediaType().isEmpty() && !MEDIA_TYPE.matcher(declared.mediaType().trim()).matches()) {
      diagnostics.report(Message.INVALID_MEDIA_TYPE, origin.element(), origin.mirror(),
          declared.mediaTypeValue(), declared.mediaType());
      valid = false;
    }
    TypeSchema schema = declared.body() != null
        ? declared.body()
        : standardBody(declared.mediaType().trim());
    String where = declared.kind() == ErrorContribution.Kind.DTO ? "@ErrorDto" : "@ErrorResponse";

    List<ExampleDoc> examples = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (DeclaredExample example : declared.examples()) {
      var at = example.origin();
      if (example.name().isBlank()) {
        diagnostics.report(Message.EXAMPLE_BLANK_NAME, at.element(), at.mirror(), example.nameValue());
        valid = false;
      } else if (!names.add(example.name())) {
        diagnostics.report(Message.DUPLICATE_EXAMPLE_NAME, at.element(), at.mirror(),
            example.nameValue(), example.name(), where);
        valid = false;
      }
      boolean hasDetail = !example.detail().isEmpty();
      boolean hasJson = !example.json().isEmpty();
      if (hasDetail == hasJson) {
        diagnostics.report(Message.EXAMPLE_NEEDS_ONE_BODY, at.element(), at.mirror(), null,
            example.name(), hasDetail ? "both" : "neither");
        valid = false;
        continue;
      }
      if (hasDetail) {
        examples.add(new ExampleDoc(example.name(), example.summary(),
            detailBody(schema, declared.status(), example.detail(), declared.code())));
        continue;
      }
      try {
        String body = JsonText.normalize(example.json());
        checkAgainstSchema(example, body, schema);
        examples.add(new ExampleDoc(example.name(), example.summary(), body));
      } catch (JsonProcessingException e) {
        diagnostics.report(Message.EXAMPLE_INVALID_JSON, at.element(), at.mirror(),
            example.jsonValue(), example.name(), e.getOriginalMessage());
        valid = false;
      }
    }
    if (!valid) {
      return Optional.empty();
    }
    if (declared.examples().isEmpty() && declared.body() == null) {
      // No examples given: one example named after the message, whose detail is the message.
      String text = declared.text().isBlank() ? ReasonPhrases.of(declared.status()) : declared.text();
      examples.add(new ExampleDoc(text, "",
          detailBody(schema, declared.status(), text, declared.code())));
    }
    String mediaType = declared.mediaType().isEmpty() ? options.bodyStyle().mediaType() : declared.mediaType().trim();
    return Optional.of(new ErrorContribution(declared.status(), declared.kind(),
        declared.contributorKey(), declared.text(), mediaType, schema, examples));
  }

  /** A detail example: the standard body, or the bare text where the body is a string. */
  private String detailBody(TypeSchema schema, int status, String detail, String code) {
    if (schema instanceof TypeSchema.Scalar scalar && scalar.type().equals("string")) {
      return JsonText.string(detail);
    }
    return ExampleBodies.standard(options.bodyStyle(), status, detail, code);
  }

  /**
   * The standard body fits JSON media types; another media type without a body type (say
   * {@code text/plain}) carries a string.
   */
  private TypeSchema standardBody(String mediaType) {
    String essence = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (mediaType.isEmpty() || essence.endsWith("/json") || essence.endsWith("+json")) {
      return new TypeSchema.Ref(options.bodyStyle().schemaName());
    }
    return TypeSchema.Scalar.of("string");
  }

  /**
   * Warns when a JSON example does not fit its body schema: exactly where a JSON Schema validator
   * rejects it (the tests hold the two together), plus properties the schema does not declare.
   */
  private void checkAgainstSchema(DeclaredExample example, String body, TypeSchema schema) {
    var at = example.origin();
    for (ExampleFit.Misfit misfit : fit.check(body, schema)) {
      if (misfit instanceof ExampleFit.Misfit.NotDeclared n) {
        diagnostics.report(Message.EXAMPLE_PROPERTY_NOT_DECLARED, at.element(), at.mirror(),
            example.jsonValue(), example.name(), n.property(), n.schemaName());
      } else if (misfit instanceof ExampleFit.Misfit.Missing m) {
        diagnostics.report(Message.EXAMPLE_PROPERTY_MISSING, at.element(), at.mirror(),
            example.jsonValue(), example.name(), m.property(), m.schemaName());
      } else if (misfit instanceof ExampleFit.Misfit.WrongValue w) {
        diagnostics.report(Message.EXAMPLE_WRONG_VALUE, at.element(), at.mirror(),
            example.jsonValue(), example.name(), w.found(), w.pointer().isEmpty() ? "the top" : w.pointer(),
            w.expected());
      }
    }
  }
}
