package io.errorsplus.dispatch.catalog;

/** The error body style a catalogue was generated with ({@code -Aerrorsplus.bodyStyle}). */
public enum BodyStyle {
  /** {@code application/json}, {@code {"detail": …, "code": …}}. */
  DETAIL("application/json"),
  /** RFC 9457 {@code application/problem+json}. */
  PROBLEM("application/problem+json");

  private final String mediaType;

  BodyStyle(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The media type of this style's standard body. */
  public String mediaType() {
    return mediaType;
  }
}
