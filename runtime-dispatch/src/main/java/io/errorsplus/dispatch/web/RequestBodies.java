package io.errorsplus.dispatch.web;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Which request bodies a report keeps (JSON and form bodies; never multipart or binary), and a
 * stream that records, up to a bound, what the application reads without changing it.
 */
public final class RequestBodies {

  private RequestBodies() {}

  /** Whether a body of this media type is kept: JSON ({@code +json} too) and URL-encoded forms. */
  public static boolean keeps(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    int semicolon = type.indexOf(';');
    if (semicolon >= 0) {
      type = type.substring(0, semicolon);
    }
    type = type.trim();
    return type.equals("application/json") || type.endsWith("+json")
        || type.equals("application/x-www-form-urlencoded");
  }

  /** The charset a content type names, UTF-8 when it names none or one that is not known. */
  public static Charset charset(String contentType) {
    if (contentType != null) {
      for (String part : contentType.split(";")) {
        String p = part.trim();
        if (p.regionMatches(true, 0, "charset=", 0, 8)) {
          try {
            return Charset.forName(p.substring(8).replace("\"", "").trim());
          } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /**
   * Wraps {@code in} so that the first {@code maxBytes} bytes the application reads are kept.
   * Reads pass through unchanged; nothing is read ahead.
   */
  public static Recorder record(InputStream in, int maxBytes) {
    return new Recorder(in, maxBytes);
  }

  /** A pass-through stream that keeps a bounded copy of what was read. */
  public static final class Recorder extends FilterInputStream {
    private final int maxBytes;
    private final ByteArrayOutputStream copy;
    private long total;

    private Recorder(InputStream in, int maxBytes) {
      super(in);
      this.maxBytes = Math.max(0, maxBytes);
      this.copy = new ByteArrayOutputStream(Math.min(this.maxBytes, 1024));
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        total++;
        if (copy.size() < maxBytes) {
          copy.write(b);
        }
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        total += n;
        int room = maxBytes - copy.size();
        if (room > 0) {
          copy.write(buffer, offset, Math.min(room, n));
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // Skipped bytes are read through this stream so the copy stays a prefix of the body.
      long skipped = 0;
      byte[] scratch = new byte[(int) Math.min(8192, Math.max(1, n))];
      while (skipped < n) {
        int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
        if (r < 0) {
          break;
        }
        skipped += r;
      }
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    /** Bytes read so far by the application. */
    public long bytesRead() {
      return total;
    }

    /** What was read, decoded; the scrubber truncates and marks it. */
    public String text(Charset charset) {
      return copy.toString(charset);
    }
  }
}
