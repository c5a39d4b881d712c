package shop.jaxrs;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 404, message = "Item not found", code = "ITEM_NOT_FOUND")
public class NotFound extends RuntimeException {}
