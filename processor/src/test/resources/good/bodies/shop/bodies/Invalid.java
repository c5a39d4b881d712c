package shop.bodies;

import io.errorsplus.ErrorDto;
import io.errorsplus.Example;

@ErrorDto(status = 422, message = "Invalid fields", body = ValidationBody.class,
    examples = @Example(name = "BadName",
        json = "{\"detail\": \"name is blank\", \"count\": 1, \"errors\": [{\"field\": \"name\", \"message\": \"blank\"}]}"))
public class Invalid extends RuntimeException {}
