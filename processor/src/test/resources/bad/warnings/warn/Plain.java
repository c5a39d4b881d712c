package warn;

import io.errorsplus.Errors;

/** Not a resource at all. */
public class Plain {

  @Errors(internalServerError500 = true)
  public void run() {}
}
