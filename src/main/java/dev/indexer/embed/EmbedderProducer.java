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
import javax.net.ssl.SSLContext;

/**
 * Chooses the {@link Embedder} named by {@link EmbeddingConfig#model()}; the cache and counters.
 */
@ApplicationScoped
public class EmbedderProducer {

  /** The query instruction of the bge English models, from their model card. */
  public static final String BGE_QUERY_PREFIX =
      "Represent this sentence for searching relevant passages: ";

  @Produces
  @ApplicationScoped
  Embedder embedder(EmbeddingConfig config) {
    Embedder embedder =
        config.model() == EmbeddingModel.REMOTE ? remote(config.remote()) : create(config.model());
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
    return new EmbeddingCache(config.cache().maxEntries());
  }

  /**
   * The batches that carry the chunks of many events in one call; the pipeline leaves them unused
   * when {@code indexer.embedding.batching.enabled} is false.
   */
  @Produces
  @ApplicationScoped
  EmbeddingBatcher batcher(Embedder embedder, EmbeddingMetrics metrics, EmbeddingConfig config) {
    EmbeddingBatcher batcher = EmbeddingBatcher.of(embedder, metrics, config.batching().window());
    Log.infof(
        "Embedding batches: up to %d texts a call, %d calls at once, %d chunks waiting per stream"
            + " thread%s",
        batcher.maxTexts(),
        batcher.workers(),
        batcher.window(),
        config.batching().enabled() ? "" : " (off: each event is embedded on its own)");
    return batcher;
  }

  void close(@Disposes EmbeddingBatcher batcher) {
    batcher.close();
  }

  @Produces
  @ApplicationScoped
  EmbeddingMetrics metrics(MeterRegistry registry) {
    return new EmbeddingMetrics(registry);
  }

  /** An in-process model; {@link EmbeddingModel#REMOTE} is built by {@link #remote} instead. */
  public static Embedder create(EmbeddingModel model) {
    return switch (model) {
      case ALL_MINILM_L6_V2_Q ->
          // The tokenizer cuts input at 128 tokens without a word.
          new OnnxEmbedder(
              model.configName(),
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
              model.configName(),
              512,
              OnnxModels.load(
                  "bge-small-en-v1.5-q.onnx",
                  "bge-small-en-v1.5-q-tokenizer.json",
                  PoolingMode.CLS,
                  384),
              BertTokenCounter.fromClasspath("bge-small-en-v1.5-q-tokenizer.json"),
              BGE_QUERY_PREFIX);
      case REMOTE ->
          throw new IllegalArgumentException(
              "indexer.embedding.model=remote is built from the indexer.embedding.remote settings");
    };
  }

  /**
   * The remote embedder. Each value alone is checked by the constraints of {@link
   * EmbeddingConfig.Remote} when the configuration loads; what depends on another setting is
   * checked here.
   */
  static RemoteEmbedder remote(EmbeddingConfig.Remote c) {
    String p = "indexer.embedding.remote.";
    require(c.url().isPresent(), p + "url is required when indexer.embedding.model=remote");
    require(
        c.dimension().isPresent(), p + "dimension is required when indexer.embedding.model=remote");
    require(
        c.batchTokens() >= c.maxTokens(),
        p + "batch-tokens must be at least max-tokens (" + c.maxTokens() + ")");
    require(
        c.maxBackoff().compareTo(c.initialBackoff()) >= 0,
        p + "max-backoff must be at least initial-backoff");
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
  private static SSLContext tls(EmbeddingConfig.Remote c) {
    String prefix = "indexer.embedding.remote.";
    TlsFiles files = TlsFiles.of(prefix, c.tlsCaFile(), c.tlsCertFile(), c.tlsKeyFile());
    require(
        !files.configured() || "https".equalsIgnoreCase(c.url().get().getScheme()),
        prefix + "tls-ca-file, tls-cert-file and tls-key-file need an https:// url");
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
        "indexer.embedding.remote.tokenizer: '"
            + name
            + "' is neither a bundled tokenizer nor a readable file");
    return HuggingFaceTokenCounter.fromFile(file);
  }

  private static void require(boolean ok, String problem) {
    if (!ok) {
      throw new IllegalArgumentException(problem);
    }
  }
}
