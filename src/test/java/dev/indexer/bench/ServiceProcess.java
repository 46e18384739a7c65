package dev.indexer.bench;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * The packaged service ({@code quarkus-run.jar}) in a JVM of its own, configured only with where
 * Kafka and Qdrant are, plus fresh topics, application id and collection. Samples its resident
 * memory from {@code /proc} and its heap from its Prometheus endpoint.
 */
final class ServiceProcess implements Benchmark.OwnProcess, AutoCloseable {

  private static final AtomicInteger RUNS = new AtomicInteger();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Process process;
  private final URI metrics;
  private final String documents;
  private final StatusReader statusReader;
  private final KafkaProducer<byte[], byte[]> producer;
  private final Thread sampler;
  private final AtomicLong peakHeapBytes = new AtomicLong();
  private final AtomicLong peakRssKb = new AtomicLong();
  private final Path log;
  final String collection;

  /** The service's API (admin calls; authentication is off). */
  final URI api;

  private ServiceProcess(
      Process process,
      URI api,
      URI base,
      String documents,
      String status,
      String collection,
      EmbeddedKafka kafka,
      Path log) {
    this.process = process;
    this.collection = collection;
    this.api = api;
    this.metrics = base.resolve("/q/metrics");
    this.documents = documents;
    this.log = log;
    this.statusReader = new StatusReader(kafka, status, "bench-service-reader-" + status);
    this.producer = PipelineRun.producer(kafka);
    this.sampler = new Thread(this::sample, "service-memory-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  static ServiceProcess start(
      Path jar, EmbeddedKafka kafka, QdrantLocal qdrant, int partitions, String maxHeap)
      throws Exception {
    return start(jar, kafka, qdrant, partitions, maxHeap, Map.of());
  }

  /**
   * As {@link #start(Path, EmbeddedKafka, QdrantLocal, int, String)}, with more settings as system
   * properties.
   */
  static ServiceProcess start(
      Path jar,
      EmbeddedKafka kafka,
      QdrantLocal qdrant,
      int partitions,
      String maxHeap,
      Map<String, String> settings)
      throws Exception {
    int n = RUNS.incrementAndGet();
    String documents = "svc-docs-" + n;
    String status = "svc-status-" + n;
    kafka.createTopics(partitions, documents, status);
    kafka.createTopics(1, "svc-dlq-" + n);
    int port;
    int managementPort;
    try (ServerSocket socket = new ServerSocket(0);
        ServerSocket management = new ServerSocket(0)) {
      port = socket.getLocalPort();
      managementPort = management.getLocalPort();
    }
    Path log = Files.createTempFile("bench-service-", ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + maxHeap);
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
    command.add("-Dquarkus.http.host=127.0.0.1");
    command.add("-Dquarkus.http.port=" + port);
    // Health and metrics are on the management interface; the benchmark reads no API.
    command.add("-Dquarkus.management.host=127.0.0.1");
    command.add("-Dquarkus.management.port=" + managementPort);
    command.add("-Dindexer.auth.enabled=false");
    command.add("-Dquarkus.kafka-streams.bootstrap-servers=" + kafka.bootstrapServers());
    command.add("-Dkafka.bootstrap.servers=" + kafka.bootstrapServers());
    command.add("-Dquarkus.kafka-streams.application-id=bench-service-" + n);
    command.add("-Dkafka-streams.state.dir=" + Files.createTempDirectory("bench-service-state"));
    command.add("-Dindexer.topics.documents=" + documents);
    command.add("-Dindexer.topics.status=" + status);
    command.add("-Dindexer.topics.dead-letter=svc-dlq-" + n);
    command.add("-Dindexer.qdrant.host=" + qdrant.host());
    command.add("-Dindexer.qdrant.port=" + qdrant.port());
    command.add("-Dindexer.qdrant.collection=svc_" + n);
    // Extra JVM options for the service, such as a profiler: bench.service.jvm-options.
    for (String option : System.getProperty("bench.service.jvm-options", "").split("\\s+")) {
      if (!option.isBlank()) {
        command.add(option);
      }
    }
    settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    URI base = URI.create("http://127.0.0.1:" + managementPort);
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!ready(base)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException("the service did not become ready; its log: " + log);
      }
      Thread.sleep(200);
    }
    return new ServiceProcess(
        process,
        URI.create("http://127.0.0.1:" + port),
        base,
        documents,
        status,
        "svc_" + n,
        kafka,
        log);
  }

  private static boolean ready(URI base) {
    try {
      return HTTP.send(
                  HttpRequest.newBuilder(base.resolve("/q/health/ready")).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void send(Corpus.Doc doc, long version) {
    producer.send(PipelineRun.record(documents, doc, version));
  }

  @Override
  public void awaitStatuses(long total, Duration timeout) {
    producer.flush();
    statusReader.await(
        total,
        timeout,
        () ->
            process.isAlive()
                ? null
                : new IllegalStateException("the service exited; its log: " + log));
  }

  double peakRssMb() {
    sampleRss();
    return peakRssKb.get() / 1024.0;
  }

  double peakHeapMb() {
    return peakHeapBytes.get() / (1024.0 * 1024.0);
  }

  private void sample() {
    while (process.isAlive() && !Thread.currentThread().isInterrupted()) {
      sampleRss();
      try {
        String text =
            HTTP.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        peakHeapBytes.accumulateAndGet(heapUsed(text), Math::max);
        Thread.sleep(500);
      } catch (IOException e) {
        // the service is stopping
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /**
   * CPU time the service's process has used so far, user and system, from {@code /proc/<pid>/stat}.
   */
  @Override
  public double cpuSeconds() {
    return cpuSeconds(process.pid());
  }

  /** As {@link #cpuSeconds()}, for any process. */
  static double cpuSeconds(long pid) {
    try {
      return statCpuSeconds(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
    } catch (IOException e) {
      throw new IllegalStateException("no CPU time for process " + pid + " (not Linux?)", e);
    }
  }

  /**
   * CPU seconds by kind of thread (the kernel's thread names with digits folded: GC, compiler,
   * stream threads, ...), from {@code /proc/<pid>/task}.
   */
  @Override
  public Map<String, Double> cpuSecondsByThread() {
    return cpuSecondsByThread(process.pid());
  }

  /** As {@link #cpuSecondsByThread()}, for any process. */
  static Map<String, Double> cpuSecondsByThread(long pid) {
    Map<String, Double> byName = new java.util.TreeMap<>();
    try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : tasks.toList()) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          String name =
              stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                  .replaceAll("[0-9]+", "#");
          byName.merge(name, statCpuSeconds(stat), Double::sum);
        } catch (IOException e) {
          // the thread ended
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("no threads for process " + pid + " (not Linux?)", e);
    }
    return byName;
  }

  /**
   * User plus system time of a {@code stat} line of {@code /proc}: fields 14 and 15, in ticks of
   * 1/100 s.
   */
  private static double statCpuSeconds(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
  }

  /** The peak resident set the kernel recorded for the process (VmHWM). */
  private void sampleRss() {
    try {
      for (String line :
          Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith("VmHWM:")) {
          peakRssKb.accumulateAndGet(Long.parseLong(line.replaceAll("[^0-9]", "")), Math::max);
        }
      }
    } catch (IOException e) {
      // gone, or not Linux
    }
  }

  /** The sum of jvm_memory_used_bytes over the heap pools. */
  static long heapUsed(String prometheus) {
    long sum = 0;
    for (String line : prometheus.split("\n")) {
      if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
        sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return sum;
  }

  @Override
  public void close() throws Exception {
    producer.close();
    statusReader.close();
    sampler.interrupt();
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    Files.deleteIfExists(log);
  }
}
