package dev.indexer.embed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.hibernate.validator.constraints.time.DurationMin;

/** Which embedding model turns chunks into vectors, and how vectors are cached. */
@ConfigMapping(prefix = "indexer.embedding")
public interface EmbeddingConfig {

  /**
   * The model. {@code all-minilm-l6-v2-q}: all-MiniLM-L6-v2 quantized, 384 dimensions, 128 tokens,
   * in-process. {@code bge-small-en-v1.5-q}: bge-small-en-v1.5 quantized, 384 dimensions, 512
   * tokens, in-process. {@code remote}: an OpenAI-compatible {@code /v1/embeddings} endpoint
   * configured under {@code indexer.embedding.remote}.
   */
  @WithDefault("all-minilm-l6-v2-q")
  @WithConverter(EmbeddingModel.Names.class)
  EmbeddingModel model();

  /** The in-memory cache of recent vectors. */
  Cache cache();

  /** The remote endpoint, used when {@code model} is {@code remote}. */
  Remote remote();

  /** The chunks of many events embedded together. */
  Batching batching();

  interface Batching {

    /**
     * Whether a stream thread goes on with the next events while the chunks of earlier ones are
     * being embedded, so that calls to the model carry the chunks of many events (up to the remote
     * endpoint's {@code batch-size} and {@code batch-tokens}, {@code concurrency} calls at once;
     * in-process, the model's own batch and threads). Needs Qdrant writes batched ({@code
     * indexer.pipeline.write-batch-points} above 0). false: each event's chunks are embedded before
     * the next event is taken.
     */
    @WithDefault("true")
    boolean enabled();

    /**
     * Most chunks one stream thread may have waiting for the model; a thread with more waits for
     * the oldest. Unset: twice what the calls at once carry (2 x concurrency x batch size), enough
     * to keep every call full while the thread waits.
     */
    @Positive
    OptionalInt window();
  }

  interface Cache {

    /** Vectors kept (about 1.6 KB each at 384 dimensions); 0 turns the cache off. */
    @WithDefault("20000")
    @PositiveOrZero
    long maxEntries();
  }

  interface Remote {

    /** Base URL of the server, such as {@code http://tei:8080}; {@code /v1/embeddings} is added. */
    Optional<URI> url();

    /** The model name sent with every request. */
    @WithDefault("bge-small-en-v1.5")
    String modelName();

    /** Vector dimension the model returns; required, the collection is created with it. */
    @Positive
    OptionalInt dimension();

    /** Longest input in the model's tokens, special tokens included. */
    @WithDefault("512")
    @Min(3)
    int maxTokens();

    /**
     * The served model's Hugging Face {@code tokenizer.json}, as a class path resource or a file
     * path; chunks are measured with it. The default is the bundled bge-small-en-v1.5 tokenizer.
     */
    @WithDefault("bge-small-en-v1.5-q-tokenizer.json")
    String tokenizer();

    /**
     * PEM file of the certificate authorities an {@code https://} endpoint's certificate must chain
     * to (a private CA); unset: the JVM's trust store.
     */
    Optional<String> tlsCaFile();

    /**
     * PEM file of the client certificate (chain) for endpoints that ask for one (mutual TLS), with
     * {@code tls-key-file}; both or neither.
     */
    Optional<String> tlsCertFile();

    /** PEM file of the client certificate's private key, PKCS#8 ({@code BEGIN PRIVATE KEY}). */
    Optional<String> tlsKeyFile();

    /** Bearer token; set it from a secret, e.g. the INDEXER_EMBEDDING_REMOTE_API_KEY variable. */
    Optional<String> apiKey();

    /**
     * How the server is asked to send vectors: {@code base64} (little-endian float32, as OpenAI's
     * own client libraries ask by default: a third of the bytes and no number parsing; a server
     * that refuses it is asked for {@code float} from then on, with a warning) or {@code float}
     * (JSON numbers). Answers in either form are read whatever was asked, so a server that ignores
     * the field works too.
     */
    @WithDefault("base64")
    EncodingFormat encodingFormat();

    /** Most texts in one request. */
    @WithDefault("64")
    @Positive
    int batchSize();

    /** Most tokens (special tokens included) in one request. */
    @WithDefault("16384")
    @Positive
    int batchTokens();

    /** Most requests in flight at once, across all stream threads. */
    @WithDefault("4")
    @Positive
    int concurrency();

    @WithDefault("5s")
    @DurationMin(nanos = 1)
    Duration connectTimeout();

    /** Time allowed for one request, response included. */
    @WithDefault("60s")
    @DurationMin(nanos = 1)
    Duration requestTimeout();

    /**
     * Attempts per request on 429, 408, 5xx, timeouts and connection failures within one call,
     * before the batch is reported unavailable and the event waits in the pipeline's retry loop
     * (which retries it with its own backoff for as long as the fault lasts, redoing the stages
     * before embedding). 1, the default, leaves all waiting to that loop; at most 10.
     */
    @WithDefault("1")
    @Min(1)
    @Max(10)
    int maxAttempts();

    /**
     * First wait between attempts of one call, doubled each time with jitter; Retry-After wins if
     * longer.
     */
    @WithDefault("500ms")
    @DurationMin(nanos = 1)
    Duration initialBackoff();

    /**
     * Longest wait between attempts of one call. A Retry-After longer than this ends the call at
     * once: the event waits in the pipeline's retry loop instead of inside the call.
     */
    @WithDefault("30s")
    Duration maxBackoff();
  }
}
