package io.errorsplus.it.springdoc;

import io.errorsplus.ErrorDto;
import java.util.List;

@ErrorDto(status = 429, message = "Quota exceeded", body = QuotaBody.class)
public class QuotaExceededException extends RuntimeException {
  public QuotaBody body() {
    return new QuotaBody(getMessage(), true, List.of("pro"));
  }
}
