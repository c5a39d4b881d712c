package io.errorsplus.dispatch.spool;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** How a spool opens the segment it appends to; tests substitute one whose force fails. */
@FunctionalInterface
interface SegmentFiles {

  SegmentFiles DEFAULT = file -> FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
      StandardOpenOption.APPEND);

  FileChannel open(Path file) throws IOException;

  /** Forces and closes every channel, closing all of them even when one fails; rethrows the first failure. */
  static void forceAndClose(List<FileChannel> channels) throws IOException {
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
}
