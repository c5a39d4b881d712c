package com.acme;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 404, message = "Item not found", code = "ITEM_NOT_FOUND")
public class ItemNotFound extends RuntimeException {}
