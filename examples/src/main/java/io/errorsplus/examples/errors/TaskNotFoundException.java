package io.errorsplus.examples.errors;

import io.errorsplus.ErrorDto;
import io.errorsplus.Example;

/** The maintenance task id in the path does not exist. */
@ErrorDto(
    status = 404,
    message = "Maintenance task not found",
    code = "TASK_NOT_FOUND",
    examples = @Example(name = "TaskNotFound", detail = "No maintenance task with id 7"))
public class TaskNotFoundException extends PlantManagerException {

  private static final long serialVersionUID = 1L;

  public TaskNotFoundException(long taskId) {
    super("No maintenance task with id " + taskId);
  }
}
