package io.errorsplus.examples.errors;

import io.errorsplus.ErrorDto;
import io.errorsplus.Example;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A site sent more sensor readings than its quota. The body tells the client which quota, which
 * sensors are blocked and when to retry, so its type is documented as its own schema.
 */
@ErrorDto(
    status = 429,
    message = "Sensor reading quota exceeded",
    code = "READING_QUOTA_EXCEEDED",
    body = ReadingQuotaExceededException.Body.class,
    examples = @Example(
        name = "HourlyQuota",
        summary = "Hourly quota of a site used up",
        json = """
            {"detail": "Site north used its hourly quota of 10000 readings",
             "code": "READING_QUOTA_EXCEEDED",
             "quota": {"window": "HOUR", "limit": 10000},
             "blockedSensors": ["t-101", "t-102"],
             "remainingBySite": {"north": 0, "south": 4200},
             "retryAfterSeconds": 1800}"""))
public class ReadingQuotaExceededException extends PlantManagerException {

  private static final long serialVersionUID = 1L;

  private final Quota quota;
  private final List<String> blockedSensors;
  private final Map<String, Integer> remainingBySite;
  private final Integer retryAfterSeconds;

  /** The site used up its hourly quota; nothing more is known. */
  public ReadingQuotaExceededException(String site) {
    this(site, new Quota(Window.HOUR, 10_000), List.of(), Map.of(site, 0), null);
  }

  /**
   * @param retryAfterSeconds when the client may send again; null when unknown
   */
  public ReadingQuotaExceededException(String site, Quota quota, List<String> blockedSensors,
      Map<String, Integer> remainingBySite, Integer retryAfterSeconds) {
    super("Site " + site + " used its reading quota");
    this.quota = quota;
    this.blockedSensors = List.copyOf(blockedSensors);
    this.remainingBySite = Map.copyOf(remainingBySite);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The answer body; the generated error catalogue calls this for the 429 answer. */
  public Body body() {
    return new Body(getMessage(), "READING_QUOTA_EXCEEDED", quota, blockedSensors, remainingBySite,
        Optional.ofNullable(retryAfterSeconds));
  }

  /** The window a quota counts readings over. */
  public enum Window { MINUTE, HOUR, DAY }

  /** Which quota was exceeded. */
  public record Quota(Window window, int limit) {}

  /** The 429 body. */
  public record Body(
      String detail,
      String code,
      Quota quota,
      List<String> blockedSensors,
      Map<String, Integer> remainingBySite,
      Optional<Integer> retryAfterSeconds) {}
}
