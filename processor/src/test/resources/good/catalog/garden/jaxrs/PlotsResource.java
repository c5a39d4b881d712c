package garden.jaxrs;

import garden.errors.PlotNotFound;

public class PlotsResource implements PlotsApi {

  @Override
  public String get(long id) {
    throw new PlotNotFound("No plot " + id);
  }
}
