package dev.indexer.embed;

import dev.indexer.tls.TlsFiles;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Chooses the {@link Embedder} named by {@link EmbeddingConfig#model()}; the cache and counters.
 */
@ApplicationScoped
public class EmbedderProducer {

  public static final String ALL_MINILM_L6_V2_Q = "all-minilm-l6-v2-q";
  public static final String BGE_SMALL_EN_V15_Q = "bge-small-en-v1.5-q";
  public static final String REMOTE = "remote";

  /** The query instruction of the bge English models, from their model card. */
  public static final String BGE_QUERY_PREFIX =
      "Represent this sentence for searching relevant passages: ";

  @Produces
  @ApplicationScoped
  Embedder embedder(EmbeddingConfig config) {
    Embedder embedder =
        REMOTE.equals(config.model()) ? remote(config.remote()) : create(config.model());
    Log.infof(
        "Embedding model %s: dimension %d, %d tokens",
        embedder.modelId(), embedder.dimension(), embedder.maxTokens());
    return embedder;
  }

  /**
   * On shutdown, after the stream threads stopped: threads, connections, model sessions,
   * tokenizers.
   */
  void close(@Disposes Embedder embedder) {
    embedder.close();
  }

  @Produces
  @ApplicationScoped
  EmbeddingCache cache(EmbeddingConfig config) {
    long entries = config.cache().maxEntries();
    require(
        entries >= 0,
        "indexer.embedding.cache.max-entries",
        "must be 0 (off) or more, not " + entries);
    return new EmbeddingCache(entries);
  }

  @Produces
  @ApplicationScoped
  EmbeddingMetrics metrics(MeterRegistry registry) {
    return new EmbeddingMetrics(registry);
  }

  /** The in-process model of that name; unknown names fail with the property to fix. */
  public static Embedder create(String model) {
    return switch (model) {
      case ALL_MINILM_L6_V2_Q ->
          // The tokenizer cuts input at 128 tokens without a word.
          new OnnxEmbedder(
              ALL_MINILM_L6_V2_Q,
              128,
              OnnxModels.load(
                  "all-minilm-l6-v2-q.onnx",
                  "all-minilm-l6-v2-q-tokenizer.json",
                  PoolingMode.MEAN,
                  384),
              BertTokenCounter.fromClasspath("all-minilm-l6-v2-q-tokenizer.json"));
      case BGE_SMALL_EN_V15_Q ->
          // 512 tokens; longer input would be split and averaged silently. Queries carry the
          // instruction the model was trained with for retrieval; passages do not.
          new OnnxEmbedder(
              BGE_SMALL_EN_V15_Q,
              512,
              OnnxModels.load(
                  "bge-small-en-v1.5-q.onnx",
                  "bge-small-en-v1.5-q-tokenizer.json",
                  PoolingMode.CLS,
                  384),
              BertTokenCounter.fromClasspath("bge-small-en-v1.5-q-tokenizer.json"),
              BGE_QUERY_PREFIX);
      default ->
          throw new IllegalArgumentException(
              "indexer.embedding.model: unknown model '"
                  + model
                  + "' (known: "
                  + String.join(", ", ALL_MINILM_L6_V2_Q, BGE_SMALL_EN_V15_Q, REMOTE)
                  + ")");
    };
  }

  static RemoteEmbedder remote(EmbeddingConfig.Remote c) {
    String p = "indexer.embedding.remote.";
    require(c.url().isPresent(), p + "url", "is required when indexer.embedding.model=remote");
    require(
        c.dimension().isPresent() && c.dimension().getAsInt() > 0,
        p + "dimension",
        "is required and positive when indexer.embedding.model=remote");
    require(c.maxTokens() > 2, p + "max-tokens", "must be above 2, not " + c.maxTokens());
    require(c.batchSize() >= 1, p + "batch-size", "must be at least 1, not " + c.batchSize());
    require(
        RemoteEmbedder.ENCODING_FORMATS.contains(c.encodingFormat()),
        p + "encoding-format",
        "must be one of " + RemoteEmbedder.ENCODING_FORMATS + ", not '" + c.encodingFormat() + "'");
    require(
        c.batchTokens() >= c.maxTokens(),
        p + "batch-tokens",
        "must be at least max-tokens (" + c.maxTokens() + "), not " + c.batchTokens());
    require(c.concurrency() >= 1, p + "concurrency", "must be at least 1, not " + c.concurrency());
    require(
        c.maxAttempts() >= 1 && c.maxAttempts() <= 10,
        p + "max-attempts",
        "must be 1 to 10, not " + c.maxAttempts());
    require(positive(c.connectTimeout()), p + "connect-timeout", "must be positive");
    require(positive(c.requestTimeout()), p + "request-timeout", "must be positive");
    require(positive(c.initialBackoff()), p + "initial-backoff", "must be positive");
    require(
        c.maxBackoff().compareTo(c.initialBackoff()) >= 0,
        p + "max-backoff",
        "must be at least initial-backoff");
    return new RemoteEmbedder(
        new RemoteEmbedder.Settings(
            c.url().get(),
            c.modelName(),
            c.dimension().getAsInt(),
            c.maxTokens(),
            c.apiKey().filter(k -> !k.isBlank()),
            c.batchSize(),
            c.batchTokens(),
            c.concurrency(),
            c.connectTimeout(),
            c.requestTimeout(),
            c.maxAttempts(),
            c.initialBackoff(),
            c.maxBackoff(),
            c.encodingFormat()),
        tokenizer(c.tokenizer()),
        tls(c));
  }

  /** The TLS context of the endpoint's files; null (the JVM's) when none is configured. */
  private static javax.net.ssl.SSLContext tls(EmbeddingConfig.Remote c) {
    String prefix = "indexer.embedding.remote.";
    TlsFiles files = TlsFiles.of(prefix, c.tlsCaFile(), c.tlsCertFile(), c.tlsKeyFile());
    if (files.configured() && !"https".equalsIgnoreCase(c.url().get().getScheme())) {
      throw new IllegalArgumentException(
          prefix + "tls-ca-file, tls-cert-file and tls-key-file need an https:// url");
    }
    return files.configured() ? files.sslContext(prefix) : null;
  }

  /** A class path resource (the bundled tokenizers) or a file. */
  static TokenCounter tokenizer(String name) {
    if (EmbedderProducer.class.getClassLoader().getResource(name) != null) {
      return BertTokenCounter.fromClasspath(name);
    }
    Path file = Path.of(name);
    require(
        Files.isReadable(file),
        "indexer.embedding.remote.tokenizer",
        "'" + name + "' is neither a bundled tokenizer nor a readable file");
    return HuggingFaceTokenCounter.fromFile(file);
  }

  private static boolean positive(Duration d) {
    return !d.isNegative() && !d.isZero();
  }

  private static void require(boolean ok, String property, String problem) {
    if (!ok) {
      throw new IllegalArgumentException(property + " " + problem);
    }
  }
}
