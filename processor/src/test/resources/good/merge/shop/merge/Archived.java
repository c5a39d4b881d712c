package shop.merge;

import io.errorsplus.ErrorDto;
import io.errorsplus.Example;

@ErrorDto(status = 404, message = "Item archived", code = "ARCHIVED",
    examples = @Example(name = "Item not found", detail = "Item 7 was archived", summary = "archived"))
public class Archived extends RuntimeException {}
