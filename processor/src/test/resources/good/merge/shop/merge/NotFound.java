package shop.merge;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 404, message = "Item not found")
public class NotFound extends RuntimeException {}
