package io.errorsplus.dispatch.scrub;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.errorsplus.dispatch.json.Json;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Masks a JSON text token by token with jackson-core, as the application's own JSON parser reads
 * it: the value of every secret-named key (however deep, and every occurrence of a repeated key)
 * becomes {@code [Filtered]}; whatever is under such a key (an object, say) is dropped whole.
 * Numbers keep their exact text. Streaming: no tree, no recursion, so a hostile body costs time
 * linear in its size and a constant stack.
 *
 * <p>Only one complete JSON value is accepted. Text that is not JSON, or exceeds a bound of
 * {@link Json#HOSTILE} (nesting, number length, string length), throws: the caller then takes
 * the best-effort path of {@link ReportScrubber}.
 */
final class JsonBodyMasker {

  private final SecretNames names;

  JsonBodyMasker(SecretNames names) {
    this.names = names;
  }

  /** @throws IOException (a {@code JsonProcessingException}) when the text is not one JSON value within the bounds */
  String mask(String json) throws IOException {
    StringWriter out = new StringWriter(json.length() + 16);
    try (JsonParser p = Json.HOSTILE.createParser(json); JsonGenerator g = Json.HOSTILE.createGenerator(out)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new JsonParseException(p, "no JSON value");
      }
      int depth = 0;
      while (true) {
        switch (t) {
          case FIELD_NAME -> {
            String name = p.currentName();
            g.writeFieldName(name);
            if (names.isSecretKey(name)) {
              p.nextToken();
              p.skipChildren(); // still parsed, so invalid text under a secret key fails too
              g.writeString(ReportScrubber.FILTERED);
            }
          }
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
          case START_OBJECT, START_ARRAY -> {
            depth++;
            g.copyCurrentEvent(p);
          }
          case END_OBJECT, END_ARRAY -> {
            depth--;
            g.copyCurrentEvent(p);
          }
          default -> g.copyCurrentEvent(p);
        }
        if (depth == 0) {
          break;
        }
        t = p.nextToken();
        if (t == null) {
          throw new JsonParseException(p, "unexpected end of the JSON text");
        }
      }
      if (p.nextToken() != null) {
        throw new JsonParseException(p, "text after the JSON value");
      }
    }
    return out.toString();
  }
}
