package io.errorsplus.examples.spring;

import io.errorsplus.ErrorResponse;
import io.errorsplus.Errors;
import io.errorsplus.Example;
import io.errorsplus.examples.errors.ReadingQuotaExceededException;
import io.errorsplus.examples.model.SensorReading;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sensor gateways push readings here; analysts export them. */
@RestController
@RequestMapping("/telemetry")
public class TelemetryController {

  /** The export's 503 body, in RFC 9457 problem form with a retry hint. */
  public record ArchiveUnavailable(String type, String title, int status, String detail, int retryAfterSeconds) {}

  @PostMapping("/readings")
  public int ingest(@RequestParam String site, @RequestBody List<SensorReading> readings)
      throws ReadingQuotaExceededException {
    if (readings.size() > 10_000) {
      throw new ReadingQuotaExceededException(site);
    }
    return readings.size();
  }

  /**
   * The average reading of a site's sensors. It has a bug on purpose, for the demo: a site without
   * readings divides by zero, an undocumented 500.
   */
  @GetMapping("/average")
  public double average(@RequestParam String site) {
    List<SensorReading> readings = List.of(); // the archive is not wired in the demo
    int sum = 0;
    for (SensorReading reading : readings) {
      sum += (int) reading.value();
    }
    return sum / readings.size();
  }

  /** The archive answers 503 while it warms up after a deploy; clients retry after the hint. */
  @GetMapping(path = "/export", produces = "text/csv")
  @Errors(responses = @ErrorResponse(
      status = 503,
      description = "Telemetry archive is warming up",
      mediaType = "application/problem+json",
      body = ArchiveUnavailable.class,
      examples = @Example(
          name = "WarmingUp",
          summary = "Right after a deploy",
          json = """
              {"type": "about:blank", "title": "Service Unavailable", "status": 503,
               "detail": "The archive is loading; retry in 30 s", "retryAfterSeconds": 30}""")))
  public String export(@RequestParam String site) {
    return "sensorId,takenAt,value\n";
  }
}
