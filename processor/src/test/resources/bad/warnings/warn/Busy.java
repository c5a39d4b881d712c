package warn;

import io.errorsplus.ErrorDto;
import io.errorsplus.Example;

/** Examples a JSON Schema validator rejects: a wrong type, a wrong nested value, a non-object. */
@ErrorDto(status = 429, message = "Busy", body = Detail.class,
    examples = {
        @Example(name = "Fits", json = "{\"detail\": \"busy\", \"attempts\": 3}"),
        @Example(name = "WrongType", json = "{\"detail\": \"busy\", \"attempts\": \"three\"}"),
        @Example(name = "NotAnObject", json = "[\"busy\"]"),
        @Example(name = "Fraction", json = "{\"detail\": \"busy\", \"attempts\": 1.5}"),
        @Example(name = "WholeNumber", json = "{\"detail\": \"busy\", \"attempts\": 2.0}")})
public class Busy extends RuntimeException {}
