package dev.indexer.bench;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark's other way of running the in-process model: many texts in one ONNX run (one tensor
 * of texts of similar length, padded to the longest and masked, mean-pooled over the mask), as
 * against the service's one run per text with a thread per core. The session is set up as the
 * service's (one thread per run, no spinning) and each call runs on one of a thread per core.
 */
final class BatchedTensors implements AutoCloseable {

  private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
  private final OrtSession.SessionOptions options = new OrtSession.SessionOptions();
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final ExecutorService pool =
      Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());

  BatchedTensors(String modelResource, String tokenizerResource) throws IOException, OrtException {
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    options.addConfigEntry("session.intra_op.allow_spinning", "0");
    try (InputStream model = resource(modelResource);
        InputStream tokenizerJson = resource(tokenizerResource)) {
      session = environment.createSession(model.readAllBytes(), options);
      tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of("padding", "false"));
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = BatchedTensors.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the classpath");
    }
    return in;
  }

  /**
   * Every text's vector: the texts sorted by length, cut into runs of {@code batch} texts, the runs
   * shared by a thread per core; vectors in the order of {@code texts}.
   */
  List<float[]> embed(List<String> texts, int batch) throws Exception {
    Integer[] order = new Integer[texts.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> texts.get(i).length()));
    List<Future<List<float[]>>> runs = new ArrayList<>();
    for (int from = 0; from < order.length; from += batch) {
      List<String> part = new ArrayList<>();
      for (int i = from; i < Math.min(order.length, from + batch); i++) {
        part.add(texts.get(order[i]));
      }
      runs.add(pool.submit(() -> run(part)));
    }
    float[][] vectors = new float[texts.size()][];
    int next = 0;
    for (Future<List<float[]>> run : runs) {
      for (float[] v : run.get()) {
        vectors[order[next++]] = v;
      }
    }
    return Arrays.asList(vectors);
  }

  /** One ONNX run over {@code texts}, padded to the longest, mean-pooled over each mask. */
  private List<float[]> run(List<String> texts) throws OrtException {
    Encoding[] encodings = tokenizer.batchEncode(texts);
    int width = 0;
    for (Encoding e : encodings) {
      width = Math.max(width, e.getIds().length);
    }
    int n = texts.size();
    long[] ids = new long[n * width];
    long[] mask = new long[n * width];
    long[] types = new long[n * width];
    for (int i = 0; i < n; i++) {
      long[] own = encodings[i].getIds();
      System.arraycopy(own, 0, ids, i * width, own.length);
      Arrays.fill(mask, i * width, i * width + own.length, 1L);
    }
    long[] shape = {n, width};
    try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor attention = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typeIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape);
        OrtSession.Result result =
            session.run(
                Map.of(
                    "input_ids",
                    inputIds,
                    "attention_mask",
                    attention,
                    "token_type_ids",
                    typeIds))) {
      float[][][] hidden = (float[][][]) result.get(0).getValue();
      List<float[]> vectors = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        vectors.add(meanPooledUnit(hidden[i], encodings[i].getIds().length));
      }
      return vectors;
    }
  }

  private static float[] meanPooledUnit(float[][] tokens, int length) {
    float[] v = new float[tokens[0].length];
    for (int t = 0; t < length; t++) {
      for (int k = 0; k < v.length; k++) {
        v[k] += tokens[t][k];
      }
    }
    double norm = 0;
    for (float x : v) {
      norm += (double) x * x;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int k = 0; k < v.length; k++) {
      v[k] *= scale;
    }
    return v;
  }

  /** The smallest cosine between the vectors of two lists of unit vectors, pairwise. */
  static double minCosine(List<float[]> a, List<float[]> b) {
    double min = 1;
    for (int i = 0; i < a.size(); i++) {
      double dot = 0;
      for (int k = 0; k < a.get(i).length; k++) {
        dot += a.get(i)[k] * b.get(i)[k];
      }
      min = Math.min(min, dot);
    }
    return min;
  }

  @Override
  public void close() throws OrtException {
    pool.shutdownNow();
    tokenizer.close();
    session.close();
    options.close();
  }
}
