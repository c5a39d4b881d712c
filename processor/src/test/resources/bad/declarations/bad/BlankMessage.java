package bad;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 400,
    message = "  ")
public class BlankMessage extends RuntimeException {}
