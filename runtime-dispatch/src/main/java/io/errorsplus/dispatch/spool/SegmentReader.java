package io.errorsplus.dispatch.spool;

import io.errorsplus.dispatch.ErrorReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the records of one spool segment, one JSON line each. A line that does not decode
 * becomes an entry without a report (logged, then committed past); a cut-off last line (a crash
 * in the middle of a write) of a segment no longer written is logged and skipped.
 */
final class SegmentReader {

  private static final Logger LOG = LoggerFactory.getLogger(ReportSpool.class);

  private SegmentReader() {}

  /**
   * Reads up to {@code max} complete lines from {@code offset}, adding them to {@code out};
   * {@code end[0]} is set to the position after the last complete line.
   *
   * @param live whether the segment is still appended to (then a partial last line is not an error)
   * @return true when the end of the segment was reached
   */
  static boolean readLines(Path file, long seq, long offset, int max, boolean live, List<ReportSpool.Entry> out,
      long[] end) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
      ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
      long pos = offset;
      long lineStart = offset;
      int read = 0;
      while (true) {
        buf.clear();
        int n = ch.read(buf, pos);
        if (n <= 0) {
          if (line.size() > 0 && !live) {
            LOG.warn("errors-plus: skipped an incomplete last record ({} bytes) in spool segment {}",
                line.size(), file);
          }
          end[0] = lineStart;
          return true;
        }
        byte[] a = buf.array();
        for (int i = 0; i < n; i++) {
          if (a[i] == '\n') {
            long next = pos + i + 1;
            out.add(new ReportSpool.Entry(decode(line.toString(StandardCharsets.UTF_8), file), seq, next));
            line.reset();
            lineStart = next;
            if (++read >= max) {
              end[0] = lineStart;
              return false;
            }
          } else {
            line.write(a[i]);
          }
        }
        pos += n;
      }
    }
  }

  private static ErrorReport decode(String line, Path file) {
    try {
      return SpoolRecordCodec.decode(line);
    } catch (RuntimeException e) {
      LOG.warn("errors-plus: skipped an unreadable record in spool segment {}: {}", file, e.getMessage());
      return null;
    }
  }
}
