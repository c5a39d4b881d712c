package io.errorsplus.dispatch.spool;

import io.errorsplus.dispatch.ErrorReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A size-capped, crash-tolerant disk queue of one provider's undelivered reports: JSON-lines
 * segment files {@code segment-<n>.jsonl} plus a {@code cursor} file naming the first record not
 * yet delivered. Internal; not part of the API.
 *
 * <p>Durability: each record is appended with one {@code write} (so it survives a crash of the
 * process as soon as {@link #append} returns); {@link #sync} forces segments and cursor to the disk
 * and runs at most once a second from the worker, on segment roll and on close. A power loss can
 * lose the last second of records, or replay records delivered in the last second (delivery is
 * at least once; {@code guid_error} lets consumers drop repeats). The cursor moves by an atomic
 * rename after every delivered record, so a restart never replays what was delivered before a
 * process crash. A segment whose last line was cut off by a crash is read up to that line; the
 * fragment is skipped and logged. Every run writes to a fresh segment, so a fragment is never
 * glued to a new record.
 */
public final class ReportSpool implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ReportSpool.class);
  private static final String CURSOR = "cursor";
  private static final long SYNC_INTERVAL_NANOS = 1_000_000_000L;

  /** A record read from the spool; {@link #report()} is null when the line could not be decoded. */
  public static final class Entry {
    private final ErrorReport report;
    private final long nextSegment;
    private final long nextOffset;

    Entry(ErrorReport report, long nextSegment, long nextOffset) {
      this.report = report;
      this.nextSegment = nextSegment;
      this.nextOffset = nextOffset;
    }

    public ErrorReport report() {
      return report;
    }
  }

  private final Path dir;
  private final long maxBytes;
  private final long segmentBytes;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final TreeSet<Long> segments = new TreeSet<>();
  private long totalBytes;
  private long cursorSegment;
  private long cursorOffset;
  private long writeSegment = -1;
  private FileChannel writer;
  private final List<FileChannel> rolled = new ArrayList<>();
  private final Object syncLock = new Object();
  private volatile long lastSyncNanos = System.nanoTime();
  private boolean dirty;
  private boolean closed;

  private ReportSpool(Path dir, long maxBytes) throws IOException {
    this.dir = dir;
    this.maxBytes = maxBytes;
    this.segmentBytes = Math.max(64 * 1024, Math.min(4L * 1024 * 1024, maxBytes / 8));
    Files.createDirectories(dir);
    this.lockChannel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock l;
    try {
      l = lockChannel.tryLock();
    } catch (OverlappingFileLockException e) {
      l = null;
    }
    if (l == null) {
      lockChannel.close();
      throw new IllegalStateException("spool folder " + dir + " is in use by another open ErrorDispatcher;"
          + " give each dispatcher its own spoolDirectory, or close the other one first");
    }
    this.lock = l;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "segment-*.jsonl")) {
      for (Path f : files) {
        String n = f.getFileName().toString();
        try {
          long seq = Long.parseLong(n.substring("segment-".length(), n.length() - ".jsonl".length()));
          segments.add(seq);
          totalBytes += Files.size(f);
        } catch (NumberFormatException ignored) {
          // not one of ours
        }
      }
    }
    readCursor();
  }

  /**
   * Opens (creating) the spool in {@code dir}, holding a file lock on it until {@link #close()}.
   *
   * @throws IllegalStateException when another open dispatcher holds the folder
   * @throws UncheckedIOException when the folder cannot be created or read
   */
  public static ReportSpool open(Path dir, long maxBytes) {
    try {
      return new ReportSpool(dir, maxBytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the spool folder " + dir + ": " + e
          + "; choose a writable spoolDirectory", e);
    }
  }

  /** Appends a report; false when the spool is full, closed or the disk failed (caller counts a drop). */
  public synchronized boolean append(ErrorReport report) {
    if (closed) {
      return false;
    }
    byte[] line = SpoolRecordCodec.encode(report);
    if (totalBytes + line.length > maxBytes) {
      return false;
    }
    try {
      if (writer == null) {
        writeSegment = segments.isEmpty() ? Math.max(1, cursorSegment) : Math.max(segments.last() + 1, cursorSegment);
        writer = FileChannel.open(segment(writeSegment), StandardOpenOption.CREATE,
            StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        segments.add(writeSegment);
      }
      ByteBuffer buf = ByteBuffer.wrap(line);
      while (buf.hasRemaining()) {
        writer.write(buf);
      }
      totalBytes += line.length;
      dirty = true;
      if (writer.size() >= segmentBytes) {
        rollWriter();
      }
      return true;
    } catch (IOException e) {
      LOG.error("errors-plus: cannot write to the spool {}: {}", dir, e.toString());
      return false;
    }
  }

  /** Whether records wait to be replayed. */
  public synchronized boolean hasPending() {
    if (closed || segments.isEmpty()) {
      return false;
    }
    if (segments.size() > 1 || segments.first() != cursorSegment) {
      return true;
    }
    try {
      return Files.size(segment(cursorSegment)) > cursorOffset;
    } catch (IOException e) {
      return false;
    }
  }

  /** The bytes held on disk. */
  public synchronized long sizeBytes() {
    return totalBytes;
  }

  /** The bytes of records not yet delivered (0 when the spool is drained or closed). */
  public synchronized long pendingBytes() {
    if (closed) {
      return 0;
    }
    return totalBytes - (segments.contains(cursorSegment) ? cursorOffset : 0);
  }

  /**
   * Reads up to {@code max} records, oldest first, from the first undelivered one. Reading does
   * not consume: {@link #commit} does, once a record is delivered.
   */
  public synchronized List<Entry> read(int max) {
    List<Entry> out = new ArrayList<>();
    if (closed) {
      return out;
    }
    long seq = cursorSegment;
    long offset = cursorOffset;
    try {
      while (out.size() < max) {
        Long current = segments.ceiling(seq);
        if (current == null) {
          break;
        }
        if (current != seq) {
          seq = current;
          offset = 0;
        }
        long[] end = {offset};
        boolean endOfSegment = readLines(seq, offset, max - out.size(), out, end);
        if (!endOfSegment || seq == writeSegment) {
          break; // batch full, or the segment the writer still appends to
        }
        // A finished segment was read to its end: the position after its last record is the next
        // segment, so committing that record deletes this file (and skips a cut-off fragment).
        if (out.isEmpty()) {
          setCursor(seq + 1, 0);
        } else {
          Entry last = out.get(out.size() - 1);
          out.set(out.size() - 1, new Entry(last.report, seq + 1, 0));
        }
        seq = seq + 1;
        offset = 0;
      }
    } catch (IOException e) {
      LOG.error("errors-plus: cannot read the spool {}: {}", dir, e.toString());
    }
    return out;
  }

  /**
   * Reads complete lines of one segment. Returns true when the end of the segment was reached.
   * A cut-off last line in a segment that is no longer written is logged and skipped.
   */
  private boolean readLines(long seq, long offset, int max, List<Entry> out, long[] end) throws IOException {
    Path file = segment(seq);
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
          if (line.size() > 0 && seq != writeSegment) {
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
            out.add(new Entry(decode(line.toString(StandardCharsets.UTF_8), file), seq, next));
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
    } catch (NoSuchFileException e) {
      segments.remove(seq);
      return true;
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

  /** Marks {@code entry} and every record before it delivered; deletes finished segments. */
  public synchronized void commit(Entry entry) {
    if (closed) {
      return;
    }
    try {
      setCursor(entry.nextSegment, entry.nextOffset);
    } catch (IOException e) {
      LOG.error("errors-plus: cannot record spool progress in {}: {}", dir, e.toString());
    }
  }

  private void setCursor(long seq, long offset) throws IOException {
    cursorSegment = seq;
    cursorOffset = offset;
    while (!segments.isEmpty() && segments.first() < seq) {
      long old = segments.pollFirst();
      Path f = segment(old);
      try {
        totalBytes -= Files.size(f);
        Files.delete(f);
      } catch (NoSuchFileException ignored) {
        // already gone
      }
    }
    writeCursor(false);
  }

  private void writeCursor(boolean force) throws IOException {
    Path tmp = dir.resolve(CURSOR + ".tmp");
    byte[] text = (cursorSegment + " " + cursorOffset + "\n").getBytes(StandardCharsets.US_ASCII);
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ch.write(ByteBuffer.wrap(text));
      if (force) {
        ch.force(true);
      }
    }
    try {
      Files.move(tmp, dir.resolve(CURSOR), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, dir.resolve(CURSOR), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void readCursor() throws IOException {
    Path f = dir.resolve(CURSOR);
    cursorSegment = segments.isEmpty() ? 1 : segments.first();
    cursorOffset = 0;
    if (Files.exists(f)) {
      String[] parts = Files.readString(f, StandardCharsets.US_ASCII).trim().split(" ");
      try {
        long seq = Long.parseLong(parts[0]);
        long off = Long.parseLong(parts[1]);
        if (segments.isEmpty() || seq >= segments.first()) {
          cursorSegment = seq;
          cursorOffset = segments.contains(seq) ? off : 0;
        }
      } catch (RuntimeException e) {
        LOG.warn("errors-plus: unreadable spool cursor in {}; replaying from the oldest segment", dir);
      }
    }
    // Drop segments wholly before the cursor (deleted late by a crash).
    setCursor(cursorSegment, cursorOffset);
  }

  /** Nanoseconds until {@link #syncIfDue()} would force the disk, or -1 when nothing waits to be forced. */
  public synchronized long nanosUntilSyncDue() {
    if (closed || !dirty) {
      return -1;
    }
    return Math.max(0, lastSyncNanos + SYNC_INTERVAL_NANOS - System.nanoTime());
  }

  /** {@link #sync()} when the last one is at least a second old: cheap to call after every write. */
  public void syncIfDue() {
    long now = System.nanoTime();
    if (now - lastSyncNanos >= SYNC_INTERVAL_NANOS) {
      lastSyncNanos = now;
      sync();
    }
  }

  /**
   * Forces appended records and the cursor to the disk, when anything changed. The slow part (the
   * fsync of segments) runs outside the spool's lock, so appends from other threads do not wait.
   */
  public void sync() {
    List<FileChannel> toForce = new ArrayList<>();
    List<FileChannel> toClose;
    synchronized (syncLock) {
      synchronized (this) {
        if (closed || !dirty) {
          return;
        }
        dirty = false;
        if (writer != null) {
          toForce.add(writer);
        }
        toClose = new ArrayList<>(rolled);
        rolled.clear();
        toForce.addAll(toClose);
      }
      try {
        for (FileChannel ch : toForce) {
          ch.force(false);
        }
        for (FileChannel ch : toClose) {
          ch.close();
        }
        synchronized (this) {
          if (!closed) {
            writeCursor(true);
          }
        }
      } catch (java.nio.channels.ClosedChannelException e) {
        // closed by close(), which syncs itself
      } catch (IOException e) {
        LOG.error("errors-plus: cannot sync the spool {}: {}", dir, e.toString());
      }
    }
  }

  /** A full segment is left for {@link #sync} to force and close, off the appending thread. */
  private void rollWriter() {
    rolled.add(writer);
    writer = null;
    writeSegment = -1;
  }

  private Path segment(long seq) {
    return dir.resolve(String.format("segment-%016d.jsonl", seq));
  }

  /** Forces and closes every channel, closing all of them even when one fails; rethrows the first failure. */
  private static void forceAndClose(List<FileChannel> channels) throws IOException {
    IOException first = null;
    for (FileChannel ch : channels) {
      try {
        ch.force(false);
      } catch (IOException e) {
        first = first == null ? e : first;
      } finally {
        try {
          ch.close();
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private void releaseLock() {
    try {
      lock.release();
    } catch (IOException e) {
      LOG.warn("errors-plus: releasing the lock of the spool {}: {}", dir, e.toString());
    } finally {
      try {
        lockChannel.close(); // closing the channel releases the lock too
      } catch (IOException e) {
        LOG.warn("errors-plus: closing the lock file of the spool {}: {}", dir, e.toString());
      }
    }
  }

  /** Syncs, releases the folder lock (always, even when the sync fails); later appends return false. */
  @Override
  public void close() {
    synchronized (syncLock) {
      synchronized (this) {
        if (closed) {
          return;
        }
        closed = true;
        try {
          List<FileChannel> open = new ArrayList<>(rolled);
          if (writer != null) {
            open.add(writer);
          }
          rolled.clear();
          writer = null;
          forceAndClose(open);
          writeCursor(true);
        } catch (IOException e) {
          LOG.warn("errors-plus: closing the spool {}: {}", dir, e.toString());
        } finally {
          // Whatever failed above, the folder must not stay locked: the next dispatcher needs it.
          releaseLock();
        }
      }
    }
  }
}
