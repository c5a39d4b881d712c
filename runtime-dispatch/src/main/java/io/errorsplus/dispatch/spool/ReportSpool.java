package io.errorsplus.dispatch.spool;

import io.errorsplus.dispatch.ErrorReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
  private final CursorFile cursorFile;
  private final SegmentFiles opener;
  private final long maxBytes;
  private final long segmentBytes;
  private final FolderLock lock;
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

  private ReportSpool(Path dir, long maxBytes, SegmentFiles opener) throws IOException {
    this.dir = dir;
    this.opener = opener;
    this.cursorFile = new CursorFile(dir);
    this.maxBytes = maxBytes;
    this.segmentBytes = Math.max(64 * 1024, Math.min(4L * 1024 * 1024, maxBytes / 8));
    Files.createDirectories(dir);
    this.lock = FolderLock.acquire(dir);
    try {
      scanSegments();
      readCursor();
    } catch (IOException | RuntimeException e) {
      lock.release(); // a spool that failed to open must not keep its folder locked
      throw e;
    }
  }

  private void scanSegments() throws IOException {
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
  }

  /**
   * Opens (creating) the spool in {@code dir}, holding a file lock on it until {@link #close()}.
   *
   * @throws IllegalStateException when another open dispatcher holds the folder
   * @throws UncheckedIOException when the folder cannot be created or read
   */
  public static ReportSpool open(Path dir, long maxBytes) {
    return open(dir, maxBytes, SegmentFiles.DEFAULT);
  }

  static ReportSpool open(Path dir, long maxBytes, SegmentFiles opener) {
    try {
      return new ReportSpool(dir, maxBytes, opener);
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
        writer = opener.open(segment(writeSegment));
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

  /** Reads complete lines of one segment; true when its end was reached (see {@link SegmentReader}). */
  private boolean readLines(long seq, long offset, int max, List<Entry> out, long[] end) throws IOException {
    try {
      return SegmentReader.readLines(segment(seq), seq, offset, max, seq == writeSegment, out, end);
    } catch (NoSuchFileException e) {
      segments.remove(seq);
      return true;
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
    cursorFile.write(cursorSegment, cursorOffset, force);
  }

  private void readCursor() throws IOException {
    cursorSegment = segments.isEmpty() ? 1 : segments.first();
    cursorOffset = 0;
    long[] saved = cursorFile.read();
    if (saved != null && (segments.isEmpty() || saved[0] >= segments.first())) {
      cursorSegment = saved[0];
      cursorOffset = segments.contains(saved[0]) ? saved[1] : 0;
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
          SegmentFiles.forceAndClose(open);
          writeCursor(true);
        } catch (IOException e) {
          LOG.warn("errors-plus: closing the spool {}: {}", dir, e.toString());
        } finally {
          // Whatever failed above, the folder must not stay locked: the next dispatcher needs it.
          lock.release();
        }
      }
    }
  }
}
