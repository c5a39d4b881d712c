package bad;

import io.errorsplus.ErrorDto;
import io.errorsplus.Example;

@ErrorDto(status = 409, message = "Conflict",
    examples = {
        @Example(name = "Both", detail = "text", json = "{\"detail\": \"text\"}"),
        @Example(name = "Neither"),
        @Example(name = "Broken",
            json = "{\"detail\": "),
        @Example(name = "Same", detail = "one"),
        @Example(name = "Same", detail = "two"),
        @Example(name = " ", detail = "nameless")
    })
public class BadExamples extends RuntimeException {}
