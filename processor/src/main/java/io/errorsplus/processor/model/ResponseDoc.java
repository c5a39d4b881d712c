package io.errorsplus.processor.model;

import java.util.SortedMap;

/**
 * One merged error response of an operation.
 *
 * @param status the HTTP status
 * @param description the description, per the merge rules
 * @param content the bodies by media type
 */
public record ResponseDoc(int status, String description, SortedMap<String, MediaContent> content) {}
