package io.errorsplus.examples.spring;

import io.errorsplus.Errors;
import io.errorsplus.examples.errors.PlantNotFoundException;
import io.errorsplus.examples.errors.PlantStateConflictException;
import io.errorsplus.examples.errors.ScheduleConflictException;
import io.errorsplus.examples.errors.TaskNotFoundException;
import io.errorsplus.examples.model.MaintenanceTask;
import io.errorsplus.examples.model.TaskRequest;
import io.errorsplus.examples.security.Secured;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Maintenance planning (Spring MVC). Only maintenance planners may use it: {@link Secured}. */
@RestController
@RequestMapping("/maintenance")
@Secured
public class MaintenanceController {

  private final Map<Long, MaintenanceTask> tasks = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  /** Two paths, one handler: each path is its own operation in the document. */
  @GetMapping({"/tasks", "/tasks/upcoming"})
  public List<MaintenanceTask> list(@RequestParam(required = false) Long plantId) {
    return tasks.values().stream().filter(t -> plantId == null || t.plantId() == plantId).toList();
  }

  @GetMapping("/tasks/{taskId}")
  public MaintenanceTask get(@PathVariable long taskId) throws TaskNotFoundException {
    return Optional.ofNullable(tasks.get(taskId)).orElseThrow(() -> new TaskNotFoundException(taskId));
  }

  /**
   * Two 409s with different bodies: a plant in a state that forbids planning (standard body) and
   * an overlap (a body listing the conflicting tasks). The document shows both under one 409.
   */
  @PostMapping("/tasks")
  @Errors(PlantStateConflictException.class)
  public MaintenanceTask schedule(@RequestBody TaskRequest request)
      throws PlantNotFoundException, ScheduleConflictException {
    if (!request.end().isAfter(request.start())) {
      // Not a documented error: the application's own handler answers it (PlanningAdvice).
      throw new InvalidWindowException("A maintenance window must end after it starts");
    }
    List<Long> overlapping = tasks.values().stream()
        .filter(t -> t.plantId() == request.plantId())
        .filter(t -> t.start().isBefore(request.end()) && request.start().isBefore(t.end()))
        .map(MaintenanceTask::id)
        .toList();
    if (!overlapping.isEmpty()) {
      throw new ScheduleConflictException(overlapping);
    }
    MaintenanceTask task = new MaintenanceTask(
        ids.incrementAndGet(), request.plantId(), request.start(), request.end(), request.description());
    tasks.put(task.id(), task);
    return task;
  }

  @PutMapping("/tasks/{taskId}")
  public MaintenanceTask reschedule(@PathVariable long taskId, @RequestBody TaskRequest request)
      throws TaskNotFoundException, ScheduleConflictException {
    get(taskId);
    tasks.remove(taskId);
    return schedule(request);
  }

  /** Completing a task can fail on the plant side, which the planner must hear about: 500. */
  @RequestMapping(path = "/tasks/{taskId}/complete", method = RequestMethod.POST)
  @Errors(internalServerError500 = true)
  public MaintenanceTask complete(@PathVariable long taskId) throws TaskNotFoundException {
    MaintenanceTask task = get(taskId);
    if (task.start().isAfter(Instant.now())) {
      // Deliberately undocumented, so that the build shows errors-plus's warning (README,
      // "Undocumented throws"): PlantStateConflictException (409) is thrown by POST
      // /maintenance/tasks/{taskId}/complete but not documented for it. Listing it in @Errors
      // above, or in the throws clause, documents the 409 and silences the warning.
      throw new PlantStateConflictException("Task " + taskId + " has not started yet");
    }
    return task;
  }

  @DeleteMapping("/tasks/{taskId}")
  public void cancel(@PathVariable long taskId) throws TaskNotFoundException {
    if (tasks.remove(taskId) == null) {
      throw new TaskNotFoundException(taskId);
    }
  }
}
