package garden.errors;

/** Not a dto itself: answered as its documented superclass. */
public class SeedlingNotFound extends PlotNotFound {
  private static final long serialVersionUID = 1L;

  public SeedlingNotFound(String message) {
    super(message);
  }
}
