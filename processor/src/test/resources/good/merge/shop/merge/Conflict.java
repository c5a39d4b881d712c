package shop.merge;

import io.errorsplus.ErrorDto;
import io.errorsplus.Example;

@ErrorDto(status = 409, message = "Item exists",
    examples = {
        @Example(name = "Duplicate", detail = "An item named pump exists"),
        @Example(name = "Raw", json = "{\"detail\": \"SKU taken\", \"code\": \"SKU\"}")
    })
public class Conflict extends RuntimeException {}
