package orchard;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 404, message = "Tree not found", code = "TREE_MISSING")
public class TreeMissing extends RuntimeException {
  private static final long serialVersionUID = 1L;
}
