package warn;

import io.errorsplus.ErrorDto;
import io.errorsplus.Example;

@ErrorDto(status = 503, message = "Try later", body = Detail.class,
    examples = @Example(name = "Extra",
        json = "{\"detail\": \"later\", \"attempts\": 2, \"extra\": true}"))
public class Retry extends RuntimeException {}
