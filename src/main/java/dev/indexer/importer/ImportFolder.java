package dev.indexer.importer;

import dev.indexer.importer.FolderImport.Options;
import dev.indexer.importer.FolderImport.Versions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The command that imports a folder (see {@link FolderImport}):
 *
 * <pre>
 * ./mvnw -q compile exec:java -Dexec.mainClass=dev.indexer.importer.ImportFolder \
 *   -Dexec.args="--tenant demo --folder docs [--bootstrap-servers localhost:9092] [--topic documents]
 *                [--state docs/.indexer-import.json] [--versions hash|mtime] [--delete-missing]"
 * </pre>
 */
public final class ImportFolder {

  private ImportFolder() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = arguments(args);
    if (!a.containsKey("tenant") || !a.containsKey("folder")) {
      System.err.println(
          "usage: --tenant <tenant> --folder <folder> [--bootstrap-servers host:port]"
              + " [--topic documents] [--state file] [--versions hash|mtime] [--delete-missing]");
      System.exit(2);
    }
    Path folder = Path.of(a.get("folder"));
    if (!Files.isDirectory(folder)) {
      System.err.println("--folder is not a folder");
      System.exit(2);
    }
    Options options =
        new Options(
            a.get("tenant"),
            Versions.valueOf(a.getOrDefault("versions", "hash").toUpperCase(Locale.ROOT)),
            a.containsKey("delete-missing"));
    Path state =
        Path.of(a.getOrDefault("state", folder.resolve(".indexer-import.json").toString()));
    try (KafkaPublisher publisher =
        new KafkaPublisher(
            a.getOrDefault("bootstrap-servers", "localhost:9092"),
            a.getOrDefault("topic", "documents"))) {
      new FolderImport(Clock.systemUTC()).run(folder, state, options, publisher, System.out);
    }
  }

  /** {@code --name value} and {@code --flag} pairs. */
  static Map<String, String> arguments(String[] args) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + args[i]);
      }
      String name = args[i].substring(2);
      boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
      out.put(name, hasValue ? args[++i] : "true");
    }
    return out;
  }

  /** An idempotent producer that waits for every record to be acknowledged by all replicas. */
  static final class KafkaPublisher implements FolderImport.Publisher, AutoCloseable {
    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;
    private final List<Future<RecordMetadata>> sent = new ArrayList<>();

    KafkaPublisher(String bootstrapServers, String topic) {
      Properties p = new Properties();
      p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      p.put(ProducerConfig.ACKS_CONFIG, "all");
      p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
      this.producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
      this.topic = topic;
    }

    @Override
    public void publish(String key, String value) {
      sent.add(
          producer.send(
              new ProducerRecord<>(
                  topic,
                  key.getBytes(StandardCharsets.UTF_8),
                  value.getBytes(StandardCharsets.UTF_8))));
    }

    @Override
    public void flush() {
      producer.flush();
      try {
        for (Future<RecordMetadata> f : sent) {
          f.get();
        }
      } catch (Exception e) {
        throw new IllegalStateException("publishing failed; the state file is left as it was", e);
      }
      sent.clear();
    }

    @Override
    public void close() {
      producer.close();
    }
  }
}
