package io.errorsplus.dispatch.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A spool's {@code cursor} file, {@code "<segment> <offset>"}: the first record not yet
 * delivered. Replaced by an atomic rename, so a crash leaves the old cursor or the new one, never
 * half of one.
 */
final class CursorFile {

  private static final Logger LOG = LoggerFactory.getLogger(ReportSpool.class);

  private final Path dir;
  private final Path file;

  CursorFile(Path dir) {
    this.dir = dir;
    this.file = dir.resolve("cursor");
  }

  void write(long segment, long offset, boolean force) throws IOException {
    Path tmp = dir.resolve("cursor.tmp");
    byte[] text = (segment + " " + offset + "\n").getBytes(StandardCharsets.US_ASCII);
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ch.write(ByteBuffer.wrap(text));
      if (force) {
        ch.force(true);
      }
    }
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** {@code {segment, offset}}, or null when there is no cursor or it is unreadable (logged). */
  long[] read() throws IOException {
    if (!Files.exists(file)) {
      return null;
    }
    String[] parts = Files.readString(file, StandardCharsets.US_ASCII).trim().split(" ");
    try {
      return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    } catch (RuntimeException e) {
      LOG.warn("errors-plus: unreadable spool cursor in {}; replaying from the oldest segment", dir);
      return null;
    }
  }
}
