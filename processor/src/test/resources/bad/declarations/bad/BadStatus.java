package bad;

import io.errorsplus.ErrorDto;

@ErrorDto(
    status = 302,
    message = "Moved")
public class BadStatus extends RuntimeException {}
