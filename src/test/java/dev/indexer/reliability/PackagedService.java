package dev.indexer.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.indexer.testkit.kafka.EmbeddedKafka;
import dev.indexer.testkit.qdrant.QdrantLocal;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) in JVMs of its own, started
 * again and again as one instance: the same application id, state directory, static group
 * membership and HTTP port every time, as a pod of a StatefulSet restarts. It can be killed
 * (SIGKILL, no shutdown hook runs) at any moment.
 */
final class PackagedService implements AutoCloseable {

  /** Where the build packages the service; the tests that need it run after {@code package}. */
  static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter LOG_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");
  private static final Pattern RESTORED = Pattern.compile("with a total number of (\\d+) records");

  private final List<String> command = new ArrayList<>();
  private final URI base;
  private final Path logs;
  private final List<Start> starts = new ArrayList<>();
  private volatile Process process;

  /** One start of the process: its log, when it began and how long it took to run. */
  static final class Start {
    final Path log;
    final long startNanos = System.nanoTime();
    long runningMillis = -1;
    Process process;

    Start(Path log) {
      this.log = log;
    }
  }

  /** What one start's log says of restoring state: records restored and the time it took. */
  record Restore(long records, long millis) {}

  PackagedService(
      EmbeddedKafka kafka,
      QdrantLocal qdrant,
      String name,
      dev.indexer.pipeline.Topics topics,
      Map<String, String> settings)
      throws IOException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(
          JAR + " is missing: the service is packaged by ./mvnw package");
    }
    int port;
    int managementPort;
    try (ServerSocket socket = new ServerSocket(0);
        ServerSocket management = new ServerSocket(0)) {
      port = socket.getLocalPort();
      managementPort = management.getLocalPort();
    }
    // Health is read on the management interface.
    this.base = URI.create("http://127.0.0.1:" + managementPort);
    this.logs = Files.createTempDirectory(name + "-logs");
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx384m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
    Map<String, String> properties = new java.util.LinkedHashMap<>();
    properties.put("quarkus.http.host", "127.0.0.1");
    properties.put("quarkus.http.port", Integer.toString(port));
    properties.put("quarkus.management.host", "127.0.0.1");
    properties.put("quarkus.management.port", Integer.toString(managementPort));
    // The tests read no API: nobody to authenticate.
    properties.put("indexer.auth.enabled", "false");
    properties.put("quarkus.kafka-streams.bootstrap-servers", kafka.bootstrapServers());
    properties.put("kafka.bootstrap.servers", kafka.bootstrapServers());
    properties.put("quarkus.kafka-streams.application-id", name);
    properties.put(
        "kafka-streams.state.dir", Files.createTempDirectory(name + "-state").toString());
    // Static membership: a restarted instance takes its partitions back at once instead of
    // waiting for the killed one's session to expire (45 s by default).
    properties.put("kafka-streams.group.instance.id", name + "-0");
    properties.put("indexer.topics.documents", topics.documents());
    properties.put("indexer.topics.status", topics.status());
    properties.put("indexer.topics.dead-letter", topics.deadLetter());
    properties.put("indexer.qdrant.host", qdrant.host());
    properties.put("indexer.qdrant.port", Integer.toString(qdrant.port()));
    properties.put("indexer.qdrant.collection", name.replace('-', '_'));
    // Kafka Streams reports each restored changelog at INFO.
    properties.put(
        "quarkus.log.category.\"org.apache.kafka.streams.processor.internals.StoreChangelogReader\".level",
        "INFO");
    properties.putAll(settings);
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
  }

  /** The alias searches go through; the service writes generation 1, {@code <alias>_v1}. */
  String collection() {
    return command.stream()
        .filter(c -> c.startsWith("-Dindexer.qdrant.collection="))
        .map(c -> c.substring(c.indexOf('=') + 1))
        .findFirst()
        .orElseThrow();
  }

  /** Starts a process and returns once its Kafka Streams client is RUNNING. */
  Start start(Duration timeout) throws Exception {
    Start start = new Start(logs.resolve("start-" + (starts.size() + 1) + ".log"));
    starts.add(start);
    start.process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(start.log.toFile())
            .start();
    process = start.process;
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!"RUNNING".equals(streamsState())) {
      if (!start.process.isAlive() || System.nanoTime() > deadline) {
        start.process.destroyForcibly();
        throw new IllegalStateException("the service did not reach RUNNING; its log: " + start.log);
      }
      Thread.sleep(50);
    }
    start.runningMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start.startNanos);
    return start;
  }

  /**
   * Kafka Streams' state as the service's liveness check reports it, or null if it does not answer.
   */
  String streamsState() {
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(base.resolve("/q/health/live"))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      for (JsonNode check : JSON.readTree(r.body()).path("checks")) {
        if (check.path("data").has("state")) {
          return check.path("data").path("state").asText();
        }
      }
      return null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Sends SIGKILL to the running process without waiting: callable from any thread. */
  void killNow() {
    Process p = process;
    if (p != null) {
      p.destroyForcibly();
    }
  }

  /** Kills the running process (SIGKILL) and waits until it is gone. */
  void kill() throws InterruptedException {
    killNow();
    awaitExit(Duration.ofSeconds(30));
  }

  /** Waits until the running process has exited; false if it still runs after {@code timeout}. */
  boolean awaitExit(Duration timeout) throws InterruptedException {
    Process p = process;
    return p == null || p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  boolean alive() {
    Process p = process;
    return p != null && p.isAlive();
  }

  List<Start> starts() {
    return starts;
  }

  /** Records restored and the time from the first changelog's start to the last one's end. */
  static Restore restore(Start start) throws IOException {
    long records = 0;
    LocalDateTime first = null;
    LocalDateTime last = null;
    for (String line : Files.readAllLines(start.log)) {
      if (!line.contains("restoring changelog")) {
        continue;
      }
      LocalDateTime at = LocalDateTime.parse(line.substring(0, 23), LOG_TIME);
      if (line.contains("Start restoring changelog") && first == null) {
        first = at;
      }
      Matcher m = RESTORED.matcher(line);
      if (line.contains("Finished restoring changelog") && m.find()) {
        records += Long.parseLong(m.group(1));
        last = at;
        if (first == null) {
          first = at;
        }
      }
    }
    long millis = first == null ? 0 : Duration.between(first, last).toMillis();
    return new Restore(records, millis);
  }

  /** Stops the running process as Kubernetes does (SIGTERM, then SIGKILL after 30 s). */
  @Override
  public void close() throws InterruptedException {
    Process p = process;
    if (p != null && p.isAlive()) {
      p.destroy();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
      }
    }
  }
}
