package io.errorsplus.processor.model;

import javax.lang.model.element.AnnotationValue;

/**
 * An {@code @Example} as written, before validation.
 *
 * @param origin the element and the {@code @Example} mirror
 * @param name the example name
 * @param detail the detail text, {@code ""} when unset
 * @param json the raw JSON, {@code ""} when unset
 * @param summary the summary, {@code ""} when unset
 * @param nameValue the written name value (for diagnostics), or null
 * @param jsonValue the written json value (for diagnostics), or null
 */
public record DeclaredExample(Origin origin, String name, String detail, String json,
    String summary, AnnotationValue nameValue, AnnotationValue jsonValue) {}
