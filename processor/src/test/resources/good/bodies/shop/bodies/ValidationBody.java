package shop.bodies;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public record ValidationBody(
    String detail,
    int count,
    Severity severity,
    List<FieldError> errors,
    Map<String, Integer> limits,
    Optional<String> hint,
    long[] ids,
    Instant at,
    UUID trace,
    @JsonProperty("retry_after") Integer retryAfter,
    @JsonIgnore String secret) {}
