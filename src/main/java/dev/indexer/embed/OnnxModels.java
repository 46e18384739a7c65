package dev.indexer.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads the ONNX models shipped in Maven artifacts with sessions sized for the machine: each
 * inference runs on one thread without spin-waiting, and one pool with a thread per core embeds the
 * texts of a request in parallel, shared by every stream thread and model. The CPU is used by at
 * most as many inference threads as it has cores, never oversubscribed (ONNX Runtime's default, a
 * spinning thread per core inside every run on top of a thread per core across texts, keeps twice
 * as many threads busy as there are cores).
 */
final class OnnxModels {

  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          Runtime.getRuntime().availableProcessors(),
          new java.util.concurrent.ThreadFactory() {
            private final AtomicInteger count = new AtomicInteger();

            @Override
            public Thread newThread(Runnable r) {
              Thread t = new Thread(r, "embedding-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            }
          });

  private OnnxModels() {}

  /** The model in {@code modelResource} with its tokenizer, both on the classpath. */
  static EmbeddingModel load(
      String modelResource, String tokenizerResource, PoolingMode pooling, int dimension) {
    try (InputStream model = resource(modelResource);
        InputStream tokenizer = resource(tokenizerResource)) {
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      // The session keeps using its options: they live as long as the model.
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      OrtSession session = environment.createSession(model.readAllBytes(), options);
      return new Model(
          new OnnxBertBiEncoder(environment, session, tokenizer, pooling),
          dimension,
          session,
          options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model " + modelResource, e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load the model " + modelResource, e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = OnnxModels.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the classpath");
    }
    return in;
  }

  /**
   * A loaded model; closing it frees the ONNX session (the model's native memory) and its options.
   * The encoder's own tokenizer is private to langchain4j and has no close: its native memory (a
   * few MB) goes with the process. The shared pool and the ONNX environment live as long as the
   * JVM.
   */
  static final class Model extends AbstractInProcessEmbeddingModel implements AutoCloseable {
    private final OnnxBertBiEncoder encoder;
    private final int dimension;
    private final OrtSession session;
    private final OrtSession.SessionOptions options;

    Model(
        OnnxBertBiEncoder encoder,
        int dimension,
        OrtSession session,
        OrtSession.SessionOptions options) {
      super(POOL);
      this.encoder = encoder;
      this.dimension = dimension;
      this.session = session;
      this.options = options;
    }

    @Override
    public synchronized void close() {
      try {
        session.close();
      } catch (OrtException | IllegalStateException e) {
        // already closed
      }
      options.close();
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return dimension;
    }
  }
}
