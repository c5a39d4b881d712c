package garden.spring;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 423, message = "The shed is locked")
class ShedLocked extends RuntimeException {
  private static final long serialVersionUID = 1L;
}
