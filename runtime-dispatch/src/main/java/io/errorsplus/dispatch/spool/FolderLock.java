package io.errorsplus.dispatch.spool;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock on a spool folder ({@code .lock}): one open dispatcher per folder, in this JVM and
 * across processes.
 */
final class FolderLock {

  private static final Logger LOG = LoggerFactory.getLogger(ReportSpool.class);

  private final Path dir;
  private final FileChannel channel;
  private final FileLock lock;

  private FolderLock(Path dir, FileChannel channel, FileLock lock) {
    this.dir = dir;
    this.channel = channel;
    this.lock = lock;
  }

  /** @throws IllegalStateException when another open dispatcher holds the folder */
  static FolderLock acquire(Path dir) throws IOException {
    FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new IllegalStateException("spool folder " + dir + " is in use by another open ErrorDispatcher;"
          + " give each dispatcher its own spoolDirectory, or close the other one first");
    }
    return new FolderLock(dir, channel, lock);
  }

  /** Releases the lock; never throws (a failure is logged, and closing the channel releases it anyway). */
  void release() {
    try {
      lock.release();
    } catch (IOException e) {
      LOG.warn("errors-plus: releasing the lock of the spool {}: {}", dir, e.toString());
    } finally {
      try {
        channel.close();
      } catch (IOException e) {
        LOG.warn("errors-plus: closing the lock file of the spool {}: {}", dir, e.toString());
      }
    }
  }
}
