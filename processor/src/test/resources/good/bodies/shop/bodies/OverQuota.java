package shop.bodies;

import io.errorsplus.ErrorDto;
import io.errorsplus.Example;

@ErrorDto(status = 422, message = "Quota exceeded", body = QuotaBody.class,
    examples = @Example(name = "Quota", json = "{\"detail\": \"over\", \"exceeded\": true, \"plans\": [\"pro\"]}"))
public class OverQuota extends RuntimeException {}
