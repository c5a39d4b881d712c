package garden.errors;

import io.errorsplus.ErrorDto;

@ErrorDto(status = 404, message = "Plot not found", code = "PLOT_NOT_FOUND")
public class PlotNotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PlotNotFound(String message) {
    super(message);
  }
}
