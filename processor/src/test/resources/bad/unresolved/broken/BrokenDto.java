package broken;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 400, message = "Broken body", body = NoSuchBody.class)
public class BrokenDto extends RuntimeException {}
