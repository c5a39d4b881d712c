package io.errorsplus.dispatch.provider.file;

import io.errorsplus.dispatch.ErrorProvider;
import io.errorsplus.dispatch.ErrorReport;
import io.errorsplus.dispatch.MessageTemplate;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;

/**
 * Appends each report as one JSON line to a file, rotating by size.
 *
 * <pre>{@code
 * new JsonLinesFileProvider(Path.of("logs/errors.jsonl"));
 * JsonLinesFileProvider.builder(Path.of("logs/errors.jsonl"))
 *     .template(MessageTemplate.all().without(ReportField.HEADERS))
 *     .maxFileBytes(50 * 1024 * 1024).maxRotatedFiles(3).syncEveryReport(true).build();
 * }</pre>
 *
 * <p>Rotation: when a line would take the file over {@link Builder#maxFileBytes}, {@code errors.jsonl}
 * becomes {@code errors.jsonl.1}, {@code .1} becomes {@code .2} and so on; files beyond
 * {@link Builder#maxRotatedFiles} are deleted. Durability: every report is written to the operating
 * system before {@link #send} returns (no buffering in the JVM, so a crash of the process loses
 * nothing); the file is forced to the disk when the dispatcher is flushed ({@link #flush}), on
 * rotation and on close, and after every report (or batch) with
 * {@link Builder#syncEveryReport(boolean)}.
 */
public final class JsonLinesFileProvider implements ErrorProvider {

  private final Path file;
  private final String name;
  private final MessageTemplate template;
  private final long maxFileBytes;
  private final int maxRotatedFiles;
  private final boolean syncEveryReport;
  private FileChannel channel;
  private long size;

  /** Every field, 10 MiB files, 5 rotated files kept, forced to disk on rotation and close. */
  public JsonLinesFileProvider(Path file) {
    this(builder(file));
  }

  /** The given fields, otherwise the defaults of {@link #JsonLinesFileProvider(Path)}. */
  public JsonLinesFileProvider(Path file, MessageTemplate template) {
    this(builder(file).template(template));
  }

  private JsonLinesFileProvider(Builder b) {
    this.file = b.file;
    this.name = b.name;
    this.template = b.template;
    this.maxFileBytes = b.maxFileBytes;
    this.maxRotatedFiles = b.maxRotatedFiles;
    this.syncEveryReport = b.syncEveryReport;
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (Files.isDirectory(file)) {
        throw new IOException("it is a folder");
      }
      open();
    } catch (IOException | SecurityException e) {
      throw new IllegalArgumentException("JsonLinesFileProvider cannot write to " + file.toAbsolutePath() + " ("
          + e + "); choose a file in a writable folder", e);
    }
  }

  public static Builder builder(Path file) {
    return new Builder(file);
  }

  private void open() throws IOException {
    channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    size = channel.size();
  }

  @Override
  public synchronized void send(ErrorReport report) throws IOException {
    write(report);
    if (syncEveryReport) {
      channel.force(false);
    }
  }

  @Override
  public synchronized void sendBatch(List<ErrorReport> reports) throws IOException {
    for (ErrorReport r : reports) {
      write(r);
    }
    if (syncEveryReport) {
      channel.force(false);
    }
  }

  /** Forces what was written to the disk; the dispatcher calls it on {@code flush}. */
  @Override
  public synchronized void flush() throws IOException {
    if (channel != null) {
      channel.force(false);
    }
  }

  private void write(ErrorReport report) throws IOException {
    if (channel == null) {
      throw new IOException("JsonLinesFileProvider for " + file + " is closed");
    }
    byte[] line = (report.toJson(template) + "\n").getBytes(StandardCharsets.UTF_8);
    if (size > 0 && size + line.length > maxFileBytes) {
      rotate();
    }
    ByteBuffer buf = ByteBuffer.wrap(line);
    while (buf.hasRemaining()) {
      channel.write(buf);
    }
    size += line.length;
  }

  private void rotate() throws IOException {
    channel.force(false);
    channel.close();
    channel = null;
    if (maxRotatedFiles == 0) {
      Files.delete(file);
    } else {
      Files.deleteIfExists(rotated(maxRotatedFiles));
      for (int i = maxRotatedFiles - 1; i >= 1; i--) {
        if (Files.exists(rotated(i))) {
          Files.move(rotated(i), rotated(i + 1), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Files.move(file, rotated(1), StandardCopyOption.REPLACE_EXISTING);
    }
    open();
  }

  private Path rotated(int n) {
    return file.resolveSibling(file.getFileName() + "." + n);
  }

  /** The file written to. */
  public Path file() {
    return file;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public synchronized void close() {
    if (channel != null) {
      try {
        channel.force(false);
        channel.close();
      } catch (IOException e) {
        // Closing after the last write: nothing left to lose, and close() cannot throw.
      }
      channel = null;
    }
  }

  /** Configures a {@link JsonLinesFileProvider}. */
  public static final class Builder {
    private final Path file;
    private String name = "jsonl-file";
    private MessageTemplate template = MessageTemplate.all();
    private long maxFileBytes = 10L * 1024 * 1024;
    private int maxRotatedFiles = 5;
    private boolean syncEveryReport;

    private Builder(Path file) {
      this.file = Objects.requireNonNull(file, "file is required");
    }

    /** The provider's name (stats, spool folder); default {@code jsonl-file}. */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name is required");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      this.name = name;
      return this;
    }

    public Builder template(MessageTemplate template) {
      this.template = Objects.requireNonNull(template, "template is required");
      return this;
    }

    /** Rotate before a file would grow past this; default 10 MiB. */
    public Builder maxFileBytes(long maxFileBytes) {
      if (maxFileBytes < 1) {
        throw new IllegalArgumentException("maxFileBytes must be at least 1, not " + maxFileBytes);
      }
      this.maxFileBytes = maxFileBytes;
      return this;
    }

    /** How many rotated files ({@code .1} … {@code .N}) are kept; default 5, 0 keeps none. */
    public Builder maxRotatedFiles(int maxRotatedFiles) {
      if (maxRotatedFiles < 0) {
        throw new IllegalArgumentException("maxRotatedFiles must be 0 or more, not " + maxRotatedFiles);
      }
      this.maxRotatedFiles = maxRotatedFiles;
      return this;
    }

    /** Force the file to the disk after every report or batch (slower, survives power loss); default false. */
    public Builder syncEveryReport(boolean syncEveryReport) {
      this.syncEveryReport = syncEveryReport;
      return this;
    }

    /** @throws IllegalArgumentException when the file cannot be created or written */
    public JsonLinesFileProvider build() {
      return new JsonLinesFileProvider(this);
    }
  }
}
