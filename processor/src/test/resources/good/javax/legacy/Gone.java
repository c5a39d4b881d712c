package legacy;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 410, message = "Record archived")
public class Gone extends Exception {}
