package io.errorsplus.examples.errors;

import io.errorsplus.ErrorDto;
import io.errorsplus.Example;
import java.util.List;

/**
 * A maintenance task overlapping tasks already scheduled on the same plant. Its body is not the
 * standard one: clients need the ids of the conflicting tasks to offer a reschedule.
 */
@ErrorDto(
    status = 409,
    message = "Maintenance window overlaps scheduled tasks",
    code = "SCHEDULE_CONFLICT",
    body = ScheduleConflictException.Body.class,
    examples = @Example(
        name = "OverlappingTasks",
        json = "{\"detail\": \"Overlaps 2 scheduled tasks\", \"code\": \"SCHEDULE_CONFLICT\", \"conflictingTaskIds\": [17, 18]}",
        summary = "The window overlaps two tasks"))
public class ScheduleConflictException extends PlantManagerException {

  private static final long serialVersionUID = 1L;

  private final List<Long> conflictingTaskIds;

  public ScheduleConflictException(List<Long> conflictingTaskIds) {
    super("Overlaps " + conflictingTaskIds.size() + " scheduled tasks");
    this.conflictingTaskIds = List.copyOf(conflictingTaskIds);
  }

  public List<Long> conflictingTaskIds() {
    return conflictingTaskIds;
  }

  /** The answer body; the generated error catalogue calls this for the 409 answer. */
  public Body body() {
    return new Body(getMessage(), "SCHEDULE_CONFLICT", conflictingTaskIds);
  }

  /** The 409 body of a schedule conflict. */
  public record Body(String detail, String code, List<Long> conflictingTaskIds) {}
}
