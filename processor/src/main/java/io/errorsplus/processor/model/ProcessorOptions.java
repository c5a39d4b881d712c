package io.errorsplus.processor.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The processor's validated options ({@code -Aerrorsplus.*}).
 *
 * @param title {@code info.title}
 * @param version {@code info.version}
 * @param openApiVersion the OpenAPI version written
 * @param bodyStyle the standard error body
 * @param throwsMode what to do with {@code @ErrorDto} types in a {@code throws} clause
 * @param validationStatus 422 or 400, the status of the validation flag
 * @param basePath replaces the application prefix of every path when present
 * @param output an extra file the document is copied to, when present
 * @param catalog {@link #CATALOG_AUTO}, {@link #CATALOG_OFF} or the qualified name of the
 *     generated error catalogue
 * @param undocumented what to do with a thrown {@code @ErrorDto} the endpoint does not document
 */
public record ProcessorOptions(
    String title,
    String version,
    OpenApiVersion openApiVersion,
    BodyStyle bodyStyle,
    ThrowsMode throwsMode,
    int validationStatus,
    Optional<String> basePath,
    Optional<String> output,
    String catalog,
    UndocumentedMode undocumented) {

  public static final String TITLE = "errorsplus.title";
  public static final String VERSION = "errorsplus.version";
  public static final String OPENAPI = "errorsplus.openapi";
  public static final String BODY_STYLE = "errorsplus.bodyStyle";
  public static final String THROWS = "errorsplus.throws";
  public static final String VALIDATION_STATUS = "errorsplus.validationStatus";
  public static final String BASE_PATH = "errorsplus.basePath";
  public static final String OUTPUT = "errorsplus.output";
  public static final String CATALOG = "errorsplus.catalog";
  /** Removed: the error catalogue ({@link #CATALOG}) replaced the registry. */
  public static final String REMOVED_REGISTRY_CLASS = "errorsplus.registryClass";
  /** The catalogue in the longest common package of the endpoints and dtos. */
  public static final String CATALOG_AUTO = "auto";
  /** No catalogue. */
  public static final String CATALOG_OFF = "off";
  public static final String UNDOCUMENTED = "errorsplus.undocumented";

  public ProcessorOptions {
    Objects.requireNonNull(title, "title is required");
    Objects.requireNonNull(version, "version is required");
    Objects.requireNonNull(openApiVersion, "openApiVersion is required");
    Objects.requireNonNull(bodyStyle, "bodyStyle is required");
    Objects.requireNonNull(throwsMode, "throwsMode is required");
    Objects.requireNonNull(basePath, "basePath is required");
    Objects.requireNonNull(output, "output is required");
    Objects.requireNonNull(catalog, "catalog is required");
    Objects.requireNonNull(undocumented, "undocumented is required");
  }

  /** The options when none is given. */
  public static ProcessorOptions defaults() {
    return new ProcessorOptions("Error responses", "0.0.0", OpenApiVersion.V3_1, BodyStyle.DETAIL,
        ThrowsMode.DOCUMENT, 422, Optional.empty(), Optional.empty(), CATALOG_AUTO,
        UndocumentedMode.WARN);
  }

  /** The OpenAPI versions the processor writes. */
  public enum OpenApiVersion {
    V3_1("3.1.0"),
    V3_0("3.0.3");

    private final String documentVersion;

    OpenApiVersion(String documentVersion) {
      this.documentVersion = documentVersion;
    }

    /** The value of the document's {@code openapi} field. */
    public String documentVersion() {
      return documentVersion;
    }
  }

  /** The standard error body: {@code {detail, code}} or RFC 9457 problem details. */
  public enum BodyStyle {
    DETAIL("application/json", "ErrorBody"),
    PROBLEM("application/problem+json", "Problem");

    private final String mediaType;
    private final String schemaName;

    BodyStyle(String mediaType, String schemaName) {
      this.mediaType = mediaType;
      this.schemaName = schemaName;
    }

    public String mediaType() {
      return mediaType;
    }

    /** The component schema name of the standard body. */
    public String schemaName() {
      return schemaName;
    }
  }

  /** Treatment of {@code @ErrorDto} types in a method's {@code throws} clause. */
  public enum ThrowsMode {
    DOCUMENT,
    WARN,
    IGNORE
  }

  /** Treatment of a thrown {@code @ErrorDto} that its endpoint does not document (contract 8). */
  public enum UndocumentedMode {
    WARN,
    ERROR,
    IGNORE
  }
}
