package io.errorsplus.dispatch.spring;

import io.errorsplus.dispatch.web.RequestBodies;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A JSON or form request whose body is copied, up to a bound, as the application reads it; what
 * the application reads is unchanged and nothing is read ahead. Multipart and binary requests are
 * never wrapped.
 */
final class RecordingRequest extends HttpServletRequestWrapper {

  private final int maxBytes;
  private RecordingStream stream;
  private BufferedReader reader;

  RecordingRequest(HttpServletRequest request, int maxBytes) {
    super(request);
    this.maxBytes = maxBytes;
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    if (stream == null) {
      stream = new RecordingStream(super.getInputStream(), maxBytes);
    }
    return stream;
  }

  @Override
  public BufferedReader getReader() throws IOException {
    if (reader == null) {
      String encoding = getCharacterEncoding();
      reader = new BufferedReader(new InputStreamReader(getInputStream(),
          encoding != null ? RequestBodies.charset("charset=" + encoding) : StandardCharsets.UTF_8));
    }
    return reader;
  }

  /** What the application read of the body; for a form the container parsed, its fields. */
  String body() {
    if (stream != null && stream.recorder.bytesRead() > 0) {
      return stream.recorder.text(RequestBodies.charset(getContentType()));
    }
    String type = getContentType();
    if (type != null && type.toLowerCase(java.util.Locale.ROOT)
        .startsWith("application/x-www-form-urlencoded")) {
      return formFields();
    }
    return null;
  }

  /** The form's fields as the container parsed them (it reads a form body past any wrapper). */
  private String formFields() {
    Set<String> queryNames = new HashSet<>();
    String query = getQueryString();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        queryNames.add(eq < 0 ? pair : pair.substring(0, eq));
      }
    }
    StringJoiner form = new StringJoiner("&");
    for (Map.Entry<String, String[]> field : getParameterMap().entrySet()) {
      if (queryNames.contains(field.getKey())) {
        continue;
      }
      for (String value : field.getValue()) {
        form.add(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    return form.length() == 0 ? null : form.toString();
  }

  private static final class RecordingStream extends ServletInputStream {
    private final ServletInputStream original;
    private final RequestBodies.Recorder recorder;

    RecordingStream(ServletInputStream original, int maxBytes) {
      this.original = original;
      this.recorder = RequestBodies.record(original, maxBytes);
    }

    @Override public int read() throws IOException { return recorder.read(); }
    @Override public int read(byte[] b, int off, int len) throws IOException {
      return recorder.read(b, off, len);
    }
    @Override public long skip(long n) throws IOException { return recorder.skip(n); }
    @Override public int available() throws IOException { return original.available(); }
    @Override public void close() throws IOException { original.close(); }
    @Override public boolean isFinished() { return original.isFinished(); }
    @Override public boolean isReady() { return original.isReady(); }
    @Override public void setReadListener(ReadListener listener) {
      original.setReadListener(listener);
    }
  }
}
