package io.errorsplus.dispatch.provider.kafka;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka (KRaft, combined broker and controller) running as a child JVM, for
 * tests and benchmarks. No Docker: it runs {@code kafka.Kafka} from {@code kafka_2.13} on the
 * classpath of the current JVM, on free ports of 127.0.0.1, with its log directory in a temp folder.
 *
 * <pre>{@code
 * try (KafkaBroker broker = KafkaBroker.start()) {
 *   broker.createTopic("errors", 3);
 *   new KafkaProvider(broker.bootstrapServers(), "errors");
 *   broker.stop();    // the child exits; port and data are kept
 *   broker.restart(); // same port, same data; ready on return
 * }
 * }</pre>
 *
 * <p>The child's output goes to a file ({@link #logFile()}) under {@code target/kafka-broker/}
 * when the working directory has a {@code target} folder, else in the temp folder; it outlives
 * {@link #close()}, which deletes the data.
 */
public final class KafkaBroker implements AutoCloseable {

  private static final int NODE_ID = 1;
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

  private final Path dataDir;
  private final Path configFile;
  private final Path logFile;
  private final int brokerPort;
  private final String classpath;
  private final Thread shutdownHook;
  private volatile Process process;

  private KafkaBroker(Path dataDir, Path logFile, int brokerPort, int controllerPort) throws IOException {
    this.dataDir = dataDir;
    this.logFile = logFile;
    this.brokerPort = brokerPort;
    this.classpath = childClasspath();
    this.configFile = dataDir.resolve("server.properties");
    writeConfig(configFile, dataDir.resolve("logs"), brokerPort, controllerPort);
    this.shutdownHook = new Thread(this::killChild, "kafka-broker-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Formats a fresh log directory and starts the broker; returns once it answers an admin client. */
  public static KafkaBroker start() throws IOException {
    KafkaBroker broker = stopped();
    try {
      broker.restart();
      return broker;
    } catch (IOException | RuntimeException e) {
      broker.close();
      throw e;
    }
  }

  /**
   * Formats a fresh log directory and picks the ports, without starting the broker: its
   * {@link #bootstrapServers()} refuse connections until {@link #restart()}.
   */
  public static KafkaBroker stopped() throws IOException {
    Path dataDir = Files.createTempDirectory("errors-plus-kafka-");
    Path logFile = logDirectory().resolve("kafka-broker-" + dataDir.getFileName() + ".log");
    KafkaBroker broker = new KafkaBroker(dataDir, logFile, freePort(), freePort());
    try {
      broker.format();
      return broker;
    } catch (IOException | RuntimeException e) {
      broker.close();
      throw e;
    }
  }

  /** {@code 127.0.0.1:<port>}; stays the same across {@link #stop()} and {@link #restart()}. */
  public String bootstrapServers() {
    return "127.0.0.1:" + brokerPort;
  }

  /** Where the child JVM's output goes. */
  public Path logFile() {
    return logFile;
  }

  /** CPU time the running broker process has used so far (for benchmarks), if the OS tells. */
  public synchronized java.util.Optional<Duration> cpuTime() {
    return process == null ? java.util.Optional.empty() : process.toHandle().info().totalCpuDuration();
  }

  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Starts the stopped broker on its port with its data; waits until it is ready. */
  public synchronized void restart() throws IOException {
    if (isRunning()) {
      throw new IllegalStateException("the broker is already running");
    }
    process = launch(List.of("kafka.Kafka", configFile.toString()));
    awaitReady();
  }

  /** Stops the broker (SIGTERM, then SIGKILL after a deadline) and waits for the child to exit. */
  public synchronized void stop() {
    Process p = process;
    process = null;
    if (p == null || !p.isAlive()) {
      return;
    }
    p.destroy();
    try {
      if (!p.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Creates a topic with replication factor 1 and waits until the broker leads every partition, so
   * that a producer's first batch is not answered with NOT_LEADER_OR_FOLLOWER.
   */
  public void createTopic(String name, int partitions) {
    try (Admin admin = admin()) {
      admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!allLed(admin, name, partitions)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("topic " + name + " has partitions without a leader after 30 s; see " + logFile);
        }
        Thread.sleep(20); // polling interval while the broker applies the new metadata
      }
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("could not create topic " + name + " (broker log: " + logFile + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topic " + name, e);
    }
  }

  private static boolean allLed(Admin admin, String topic, int partitions)
      throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
    org.apache.kafka.clients.admin.TopicDescription description;
    try {
      description = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException) {
        return false; // created at the controller, not yet known to the broker
      }
      throw e;
    }
    if (description.partitions().size() != partitions
        || !description.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
      return false;
    }
    // The metadata names the leader a moment before the broker has made the partition's log; a
    // produce request in between gets NOT_LEADER_OR_FOLLOWER and can stall until its timeout.
    var dirs = admin.describeLogDirs(List.of(NODE_ID)).allDescriptions().get(30, TimeUnit.SECONDS).get(NODE_ID);
    java.util.Set<org.apache.kafka.common.TopicPartition> logs = new java.util.HashSet<>();
    dirs.values().forEach(d -> logs.addAll(d.replicaInfos().keySet()));
    for (int p = 0; p < partitions; p++) {
      if (!logs.contains(new org.apache.kafka.common.TopicPartition(topic, p))) {
        return false;
      }
    }
    return true;
  }

  /** An admin client for this broker; the caller closes it. */
  public Admin admin() {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000);
    return Admin.create(props);
  }

  /** Stops the child and deletes its data. */
  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook is running or has run; nothing to remove
    }
    deleteRecursively(dataDir);
  }

  private void format() throws IOException {
    Process p = launch(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
        "-c", configFile.toString()));
    try {
      if (!p.waitFor(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("formatting the Kafka log directory timed out; see " + logFile);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while formatting the Kafka log directory", e);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException("formatting the Kafka log directory failed (exit " + p.exitValue()
          + "); see " + logFile + ":\n" + tail());
    }
  }

  private Process launch(List<String> mainAndArgs) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xms256m");
    command.add("-Xmx512m");
    command.add("-Djava.awt.headless=true");
    command.add("-Dorg.slf4j.simpleLogger.showDateTime=true");
    command.add("-cp");
    command.add(classpath);
    command.addAll(mainAndArgs);
    Files.createDirectories(logFile.getParent());
    try (Writer w = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)) {
      w.write(System.lineSeparator() + "==== " + String.join(" ", mainAndArgs) + System.lineSeparator());
    }
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
        .start();
  }

  /** Waits until the broker answers describeCluster, failing fast when the child has died. */
  private void awaitReady() {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    Exception last = null;
    // First the port: an admin client started earlier piles up metadata calls that it logs on close.
    while (!accepts(brokerPort)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the Kafka broker exited with " + process.exitValue()
            + " during start-up; see " + logFile + ":\n" + tail());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the Kafka broker did not open port " + brokerPort + " within "
            + READY_TIMEOUT + "; see " + logFile);
      }
      try {
        Thread.sleep(100); // polling interval while the child JVM boots
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
      }
    }
    try (Admin admin = admin()) {
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException("the Kafka broker exited with " + process.exitValue()
              + " during start-up; see " + logFile + ":\n" + tail());
        }
        try {
          Collection<?> nodes = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
          if (!nodes.isEmpty()) {
            return;
          }
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
          last = e;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
        }
      }
    }
    throw new IllegalStateException("the Kafka broker did not become ready within " + READY_TIMEOUT
        + "; see " + logFile, last);
  }

  private static boolean accepts(int port) {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(log unreadable: " + e + ")";
    }
  }

  private void killChild() {
    Process p = process;
    if (p != null) {
      p.destroyForcibly();
    }
  }

  private static void writeConfig(Path file, Path logDirs, int brokerPort, int controllerPort) throws IOException {
    Map<String, String> config = new java.util.LinkedHashMap<>();
    config.put("process.roles", "broker,controller");
    config.put("node.id", String.valueOf(NODE_ID));
    config.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
    config.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
    config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
    config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    config.put("controller.listener.names", "CONTROLLER");
    config.put("inter.broker.listener.name", "PLAINTEXT");
    config.put("log.dirs", logDirs.toString());
    config.put("num.partitions", "1");
    config.put("auto.create.topics.enable", "true");
    config.put("offsets.topic.replication.factor", "1");
    config.put("offsets.topic.num.partitions", "1");
    config.put("transaction.state.log.replication.factor", "1");
    config.put("transaction.state.log.min.isr", "1");
    config.put("transaction.state.log.num.partitions", "1");
    config.put("share.coordinator.state.topic.replication.factor", "1");
    config.put("share.coordinator.state.topic.min.isr", "1");
    config.put("group.initial.rebalance.delay.ms", "0");
    config.put("num.network.threads", "2");
    config.put("num.io.threads", "4");
    config.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
    StringBuilder text = new StringBuilder();
    config.forEach((k, v) -> text.append(k).append('=').append(v.replace("\\", "\\\\")).append('\n'));
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /**
   * The classpath of this JVM as a path list. Surefire may start tests from a manifest-only jar;
   * it publishes the real test classpath as {@code surefire.test.class.path}.
   */
  private static String childClasspath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String cp = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    if (cp == null || cp.isBlank()) {
      throw new IllegalStateException("no classpath to start the Kafka broker with");
    }
    return cp;
  }

  /** {@code target/kafka-broker} under a Maven module, else the temp folder: kept after close. */
  private static Path logDirectory() {
    Path target = Path.of("target");
    return Files.isDirectory(target)
        ? target.resolve("kafka-broker").toAbsolutePath()
        : Path.of(System.getProperty("java.io.tmpdir"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + root, e);
    }
  }
}
