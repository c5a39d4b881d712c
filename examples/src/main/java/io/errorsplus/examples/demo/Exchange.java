package io.errorsplus.examples.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One scripted request to a running example and what came back. */
record Exchange(String method, URI uri, int status, String contentType, String body) {

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  /** Sends a request; {@code headers} are name/value pairs. */
  static Exchange send(String method, URI uri, String jsonBody, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
        .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(jsonBody));
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    request.header("Accept", "application/json, application/problem+json");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Exchange(method, uri, response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""), response.body());
  }

  /** {@code GET http://127.0.0.1:PORT/api/plants/42 -> 404}, then the body, indented. */
  List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(method + " " + uri + " -> " + status + (contentType.isEmpty() ? "" : " (" + contentType + ")"));
    if (!body.isEmpty()) {
      lines.add("    " + body.replace("\n", "\n    "));
    }
    return lines;
  }
}
