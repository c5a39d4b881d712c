package io.errorsplus.dispatch.provider.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Discord's documented rules for an execute-webhook body, as the test server enforces them. Lengths
 * are counted in UTF-16 units, which is never less than what Discord counts.
 */
final class DiscordPayloadRules {

  private DiscordPayloadRules() {}

  /** The rules the body breaks; empty when Discord would accept it. */
  static List<String> violations(JsonNode body) {
    List<String> errors = new ArrayList<>();
    if (!body.isObject()) {
      errors.add("body must be a JSON object");
      return errors;
    }
    JsonNode allowed = body.get("allowed_mentions");
    if (allowed == null || !allowed.path("parse").isArray()) {
      errors.add("allowed_mentions.parse missing (this server requires it, so nothing can ping)");
    } else if (allowed.path("parse").size() != 0) {
      errors.add("allowed_mentions.parse must be empty, was " + allowed.path("parse"));
    }
    JsonNode content = body.get("content");
    JsonNode embeds = body.get("embeds");
    if ((content == null || content.asText().isEmpty()) && (embeds == null || embeds.size() == 0)) {
      errors.add("Cannot send an empty message");
    }
    if (content != null) {
      max(errors, "content", text(content), 2000);
    }
    JsonNode username = body.get("username");
    if (username != null) {
      String u = text(username);
      if (u.isEmpty() || u.length() > 80) {
        errors.add("username must be between 1 and 80 in length");
      }
      if (u.toLowerCase(Locale.ROOT).contains("discord") || u.toLowerCase(Locale.ROOT).contains("clyde")) {
        errors.add("username contains a forbidden word");
      }
    }
    if (embeds != null) {
      if (!embeds.isArray() || embeds.size() > 10) {
        errors.add("embeds must be an array of at most 10");
        return errors;
      }
      for (int i = 0; i < embeds.size(); i++) {
        embed(errors, "embeds." + i, embeds.get(i));
      }
    }
    return errors;
  }

  private static void embed(List<String> errors, String at, JsonNode embed) {
    int total = 0;
    if (embed.has("title")) {
      total += max(errors, at + ".title", text(embed.get("title")), 256);
    }
    if (embed.has("description")) {
      total += max(errors, at + ".description", text(embed.get("description")), 4096);
    }
    if (embed.has("color")) {
      JsonNode c = embed.get("color");
      if (!c.isInt() || c.asInt() < 0 || c.asInt() > 0xFFFFFF) {
        errors.add(at + ".color must be an integer 0..16777215");
      }
    }
    if (embed.has("timestamp")) {
      try {
        OffsetDateTime.parse(text(embed.get("timestamp")));
      } catch (DateTimeParseException e) {
        errors.add(at + ".timestamp is not ISO8601");
      }
    }
    JsonNode fields = embed.get("fields");
    if (fields != null) {
      if (fields.size() > 25) {
        errors.add(at + ".fields must have at most 25 items, has " + fields.size());
      }
      for (int i = 0; i < fields.size(); i++) {
        JsonNode f = fields.get(i);
        String name = text(f.get("name"));
        String value = text(f.get("value"));
        if (name.isBlank() || value.isBlank()) {
          errors.add(at + ".fields." + i + " name and value are required");
        }
        total += max(errors, at + ".fields." + i + ".name", name, 256);
        total += max(errors, at + ".fields." + i + ".value", value, 1024);
        if (f.has("inline") && !f.get("inline").isBoolean()) {
          errors.add(at + ".fields." + i + ".inline must be a boolean");
        }
      }
    }
    if (embed.has("footer")) {
      total += max(errors, at + ".footer.text", text(embed.get("footer").get("text")), 2048);
    }
    if (embed.has("author")) {
      total += max(errors, at + ".author.name", text(embed.get("author").get("name")), 256);
    }
    if (total > 6000) {
      errors.add(at + " embed size exceeds maximum size of 6000 (" + total + ")");
    }
  }

  private static int max(List<String> errors, String at, String text, int max) {
    if (text.length() > max) {
      errors.add(at + " must be " + max + " or fewer in length (" + text.length() + ")");
    }
    return text.length();
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? "" : node.asText();
  }
}
