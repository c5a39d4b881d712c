package shop.spring;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 404, message = "Order not found")
public class Missing extends RuntimeException {}
