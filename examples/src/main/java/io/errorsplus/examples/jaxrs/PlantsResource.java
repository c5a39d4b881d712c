package io.errorsplus.examples.jaxrs;

import io.errorsplus.examples.errors.PlantNotFoundException;
import io.errorsplus.examples.errors.PlantStateConflictException;
import io.errorsplus.examples.model.Plant;
import io.errorsplus.examples.model.PlantRequest;
import io.errorsplus.examples.model.PlantState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** An in-memory implementation; the JAX-RS annotations and errors come from {@link PlantsApi}. */
public class PlantsResource implements PlantsApi {

  private final Map<Long, Plant> plants = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  @Override
  public List<Plant> list(String site) {
    return plants.values().stream().filter(p -> site == null || site.equals(p.site())).toList();
  }

  @Override
  public Plant get(long id) {
    return Optional.ofNullable(plants.get(id)).orElseThrow(() -> new PlantNotFoundException(id));
  }

  @Override
  public Plant register(PlantRequest request) {
    Plant plant = new Plant(ids.incrementAndGet(), request.name(), request.site(), PlantState.STOPPED);
    plants.put(plant.id(), plant);
    return plant;
  }

  @Override
  public Plant start(long id) {
    Plant plant = get(id);
    if (plant.state() != PlantState.STOPPED) {
      throw new PlantStateConflictException("Plant " + id + " is " + plant.state().name().toLowerCase());
    }
    Plant running = new Plant(id, plant.name(), plant.site(), PlantState.RUNNING);
    plants.put(id, running);
    return running;
  }

  @Override
  public void decommission(long id) {
    if (plants.remove(id) == null) {
      throw new PlantNotFoundException(id);
    }
  }
}
