package io.errorsplus.it.springdoc;

import java.util.List;

/** The custom body of {@link QuotaExceededException}. */
public record QuotaBody(String detail, boolean exceeded, List<String> plans) {}
