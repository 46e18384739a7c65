package dev.indexer.bench;

import dev.indexer.embed.BertTokenCounter;
import dev.indexer.embed.Embedder;
import dev.indexer.pipeline.Topics;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantGrpcClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/**
 * The pipeline in a JVM of its own, for the overhead benchmark: the production topology (event
 * decoding, normalising, PII redaction, chunking, the manifest store, Qdrant writes batched per
 * transaction, exactly-once v2) with the trivial embedder in process, as the target states it, on
 * the benchmark's broker and Qdrant local. Its CPU time is then its own. The packaged service
 * cannot be given an in-process trivial embedder, so its runs use the trivial endpoint and pay an
 * HTTP client besides. The child stops when its standard input closes.
 */
final class PipelineProcess implements AutoCloseable {

  /** The tokenizer of the benchmark's model, which the trivial embedder counts tokens with. */
  static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

  private static final String RUNNING = "pipeline process running";

  private final Process process;

  private PipelineProcess(Process process) {
    this.process = process;
  }

  /** Starts the child and returns once its stream threads run. */
  static PipelineProcess start(
      String bootstrapServers,
      QdrantLocal qdrant,
      String collection,
      Topics topics,
      int n,
      Embedder trivial,
      int threads,
      int batchPoints)
      throws Exception {
    Path log = Files.createTempFile("bench-pipeline-", ".log");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m",
            "-XX:+ExitOnOutOfMemoryError",
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
            "-cp",
            System.getProperty("java.class.path"),
            PipelineProcess.class.getName(),
            bootstrapServers,
            qdrant.host(),
            Integer.toString(qdrant.port()),
            collection,
            topics.documents(),
            topics.status(),
            topics.deadLetter(),
            Integer.toString(n),
            Integer.toString(trivial.dimension()),
            Integer.toString(trivial.maxTokens()),
            Integer.toString(threads),
            Integer.toString(batchPoints));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!Files.readString(log).contains(RUNNING)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException("the pipeline process did not start; its log: " + log);
      }
      Thread.sleep(100);
    }
    return new PipelineProcess(process);
  }

  boolean alive() {
    return process.isAlive();
  }

  double cpuSeconds() {
    return ServiceProcess.cpuSeconds(process.pid());
  }

  Map<String, Double> cpuSecondsByThread() {
    return ServiceProcess.cpuSecondsByThread(process.pid());
  }

  /** Closes the child's standard input, which stops it, and waits for it (a minute at most). */
  @Override
  public void close() {
    try {
      process.getOutputStream().close();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (java.io.IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Arguments: bootstrap servers, Qdrant host and port, collection, documents, status and
   * dead-letter topics, run number, dimension, token limit, stream threads, batch points.
   */
  public static void main(String[] args) throws Exception {
    int i = 0;
    String bootstrapServers = args[i++];
    String qdrantHost = args[i++];
    int qdrantPort = Integer.parseInt(args[i++]);
    String collection = args[i++];
    Topics topics = new Topics(args[i++], args[i++], args[i++]);
    int n = Integer.parseInt(args[i++]);
    int dimension = Integer.parseInt(args[i++]);
    int maxTokens = Integer.parseInt(args[i++]);
    int threads = Integer.parseInt(args[i++]);
    int batchPoints = Integer.parseInt(args[i]);
    Embedder trivial =
        new TrivialEmbedder(BertTokenCounter.fromClasspath(TOKENIZER), dimension, maxTokens);
    try (QdrantClient client =
        new QdrantClient(QdrantGrpcClient.newBuilder(qdrantHost, qdrantPort, false).build())) {
      KafkaStreams streams =
          PipelineRun.streams(
              bootstrapServers,
              client,
              collection,
              topics,
              n,
              trivial,
              threads,
              batchPoints,
              dev.indexer.pipeline.Freshness.NONE);
      streams.setUncaughtExceptionHandler(
          e -> {
            e.printStackTrace();
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
          });
      streams.start();
      try {
        PipelineRun.awaitRunning(streams);
      } catch (IllegalStateException e) {
        System.out.println(e.getMessage());
        System.exit(1); // the stream threads would keep this JVM alive
      }
      System.out.println(RUNNING);
      System.out.flush();
      while (System.in.read() >= 0) {
        // until the benchmark closes standard input
      }
      streams.close(Duration.ofSeconds(30));
    }
    System.exit(0);
  }
}
