package io.errorsplus.dispatch.spool;

import static org.assertj.core.api.Assertions.assertThat;

import io.errorsplus.dispatch.ErrorReport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spool on what a crash or a failing disk leaves behind. */
class ReportSpoolTest {

  private static final long MAX = 1 << 20;

  @TempDir Path dir;

  @Test
  void aRecordCutOffByACrashIsSkippedAndTheRecordsAroundItAreKept() throws IOException {
    try (ReportSpool spool = ReportSpool.open(dir, MAX)) {
      spool.append(report("1"));
      spool.append(report("2"));
    }
    // The process died in the middle of writing a third record.
    appendRaw(lastSegment(), "{\"app_name\":\"shop\",\"error_det");

    try (ReportSpool spool = ReportSpool.open(dir, MAX)) {
      spool.append(report("3")); // a fresh segment: never glued to the fragment
      List<ReportSpool.Entry> entries = spool.read(10);
      assertThat(entries).extracting(e -> e.report().errorDetails()).containsExactly("1", "2", "3");
      spool.commit(entries.get(2));
      assertThat(spool.hasPending()).isFalse();
    }
  }

  @Test
  void anUnreadableLineIsSkippedAndCommittedPast() throws IOException {
    try (ReportSpool spool = ReportSpool.open(dir, MAX)) {
      spool.append(report("1"));
    }
    appendRaw(lastSegment(), "this is not a spool record\n");
    appendRaw(lastSegment(), "[\"json, but not a record\"]\n");
    try (ReportSpool spool = ReportSpool.open(dir, MAX)) {
      spool.append(report("2"));
      List<ReportSpool.Entry> entries = spool.read(10);

      assertThat(entries).hasSize(4);
      assertThat(entries.get(0).report().errorDetails()).isEqualTo("1");
      assertThat(entries.get(1).report()).isNull();
      assertThat(entries.get(2).report()).isNull();
      assertThat(entries.get(3).report().errorDetails()).isEqualTo("2");
      spool.commit(entries.get(3));
      assertThat(spool.hasPending()).isFalse();
    }
  }

  @Test
  void theCursorSurvivesARestartSoDeliveredRecordsAreNotReplayed() {
    try (ReportSpool spool = ReportSpool.open(dir, MAX)) {
      for (int i = 1; i <= 5; i++) {
        spool.append(report(Integer.toString(i)));
      }
      List<ReportSpool.Entry> entries = spool.read(10);
      spool.commit(entries.get(1)); // 1 and 2 delivered
    }
    try (ReportSpool spool = ReportSpool.open(dir, MAX)) {
      assertThat(spool.read(10)).extracting(e -> e.report().errorDetails()).containsExactly("3", "4", "5");
    }
  }

  @Test
  void closeReleasesTheFolderLockEvenWhenForcingTheSegmentFails() throws IOException {
    ReportSpool spool = ReportSpool.open(dir, MAX, file -> new FailingForce(FileChannel.open(file,
        StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)));
    assertThat(spool.append(report("1"))).isTrue();

    spool.close(); // force fails: logged, and the lock must still be released

    try (ReportSpool again = ReportSpool.open(dir, MAX)) {
      assertThat(again.read(10)).extracting(e -> e.report().errorDetails()).containsExactly("1");
    }
  }

  @Test
  void aSecondOpenOfAnOpenFolderIsRefusedAndAfterCloseAccepted() {
    ReportSpool first = ReportSpool.open(dir, MAX);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportSpool.open(dir, MAX))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("in use by another open ErrorDispatcher");
    first.close();
    ReportSpool.open(dir, MAX).close();
  }

  private static ErrorReport report(String details) {
    return ErrorReport.builder().appName("shop").errorType("E").errorDetails(details).traceback("E: " + details)
        .fingerprint("fp").timestamp(1).build();
  }

  private Path lastSegment() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith("segment-")).sorted().reduce((a, b) -> b)
          .orElseThrow();
    }
  }

  private static void appendRaw(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  /** A segment file on a disk whose fsync fails. */
  private static final class FailingForce extends FileChannel {
    private final FileChannel d;

    FailingForce(FileChannel delegate) {
      this.d = delegate;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      throw new IOException("fsync failed (simulated)");
    }

    @Override public int read(ByteBuffer dst) throws IOException { return d.read(dst); }
    @Override public long read(ByteBuffer[] dsts, int offset, int length) throws IOException { return d.read(dsts, offset, length); }
    @Override public int write(ByteBuffer src) throws IOException { return d.write(src); }
    @Override public long write(ByteBuffer[] srcs, int offset, int length) throws IOException { return d.write(srcs, offset, length); }
    @Override public long position() throws IOException { return d.position(); }
    @Override public FileChannel position(long p) throws IOException { d.position(p); return this; }
    @Override public long size() throws IOException { return d.size(); }
    @Override public FileChannel truncate(long size) throws IOException { d.truncate(size); return this; }
    @Override public long transferTo(long position, long count, WritableByteChannel target) throws IOException { return d.transferTo(position, count, target); }
    @Override public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException { return d.transferFrom(src, position, count); }
    @Override public int read(ByteBuffer dst, long position) throws IOException { return d.read(dst, position); }
    @Override public int write(ByteBuffer src, long position) throws IOException { return d.write(src, position); }
    @Override public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException { return d.map(mode, position, size); }
    @Override public FileLock lock(long position, long size, boolean shared) throws IOException { return d.lock(position, size, shared); }
    @Override public FileLock tryLock(long position, long size, boolean shared) throws IOException { return d.tryLock(position, size, shared); }
    @Override protected void implCloseChannel() throws IOException { d.close(); }
  }
}
