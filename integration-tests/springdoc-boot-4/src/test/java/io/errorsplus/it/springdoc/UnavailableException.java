package io.errorsplus.it.springdoc;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 503, message = "Catalogue unavailable")
public class UnavailableException extends RuntimeException {}
