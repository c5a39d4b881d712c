package io.errorsplus.dispatch.provider.discord;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.errorsplus.dispatch.json.Json;
import java.io.IOException;

/**
 * The JSON body of Discord's 429 answer, {@code {"message": "...", "retry_after": 0.3,
 * "global": false}}, read with jackson-core (bounded, as any text from the network). A body that
 * is not such an object gives no wait and not global: the headers decide then.
 *
 * @param retryAfterSeconds the wait Discord asked for, or -1 when the body gives none
 * @param global whether the application's global limit was hit
 */
record RateLimitAnswer(double retryAfterSeconds, boolean global) {

  static final RateLimitAnswer NONE = new RateLimitAnswer(-1, false);

  static RateLimitAnswer parse(String body) {
    if (body == null || body.isBlank()) {
      return NONE;
    }
    double retryAfter = -1;
    boolean global = false;
    try (JsonParser p = Json.HOSTILE.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return NONE;
      }
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken value = p.nextToken();
        if (name.equals("retry_after") && value.isNumeric()) {
          double d = p.getDoubleValue();
          retryAfter = Double.isFinite(d) ? d : -1;
        } else if (name.equals("global") && value.isBoolean()) {
          global = value == JsonToken.VALUE_TRUE;
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException | RuntimeException notJson) {
      return new RateLimitAnswer(retryAfter, global); // what was read before the bad part
    }
    return new RateLimitAnswer(retryAfter, global);
  }
}
