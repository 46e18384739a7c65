package dev.indexer.embed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reading an OpenAI-compatible embeddings response: its size bounded while it arrives, then its
 * vectors read as a stream and checked (count, indexes, dimension, finite values). Every fault of
 * the answer is decided here: a wrong dimension is a configuration fault ({@link
 * EmbeddingMisconfiguredException}), anything else a broken answer ({@link
 * EmbeddingUnavailableException}, transient).
 */
final class EmbeddingResponses {

  /** Streaming reads of responses, numbers through Jackson's fast double parser. */
  private static final JsonFactory STREAM =
      JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();

  private EmbeddingResponses() {}

  /**
   * The most bytes a response for {@code inputs} vectors of {@code dimension} may take: 40 a value
   * (a float as JSON text with room for white space; base64 takes under 6) and 1 KiB a vector, plus
   * 64 KiB for the rest. Anything larger is a broken server.
   */
  static long maxBytes(int inputs, int dimension) {
    return inputs * (dimension * 40L + 1024) + 65_536;
  }

  /**
   * The vectors of a response, read as a stream: every number goes straight into its {@code
   * float[]} (a tree of boxed numbers cost more than the request). An embedding may also come as
   * base64 of little-endian float32, as servers answer {@code encoding_format=base64}.
   *
   * @param expected the number of inputs of the request
   * @param dimension the configured dimension every vector must have
   */
  static List<float[]> vectors(byte[] body, int expected, int dimension) {
    float[][] out = new float[expected][];
    try (JsonParser p = STREAM.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new EmbeddingUnavailableException(
            "embedding server sent a response that is not a JSON object");
      }
      int count = -1;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ("data".equals(field) && value == JsonToken.START_ARRAY) {
          count = Math.max(count, 0) + data(p, out, dimension);
        } else {
          p.skipChildren();
        }
      }
      if (count != expected) {
        throw new EmbeddingUnavailableException(
            "embedding server returned "
                + Math.max(count, 0)
                + " embeddings for "
                + expected
                + " inputs");
      }
    } catch (IOException e) {
      throw new EmbeddingUnavailableException(
          "embedding server sent a response that is not JSON", e);
    }
    return List.of(out);
  }

  /**
   * Reads the {@code data} array the parser has just entered into {@code out}; returns its items.
   */
  private static int data(JsonParser p, float[][] out, int dimension) throws IOException {
    int count = 0;
    while (p.nextToken() == JsonToken.START_OBJECT) {
      int index = -1;
      float[] v = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if ("index".equals(name) && t == JsonToken.VALUE_NUMBER_INT) {
          index = p.getIntValue();
        } else if ("embedding".equals(name) && t == JsonToken.START_ARRAY) {
          v = floats(p, dimension);
        } else if ("embedding".equals(name) && t == JsonToken.VALUE_STRING) {
          v = base64Floats(p.getText());
        } else {
          p.skipChildren();
        }
      }
      count++;
      place(out, index, check(v, dimension));
    }
    return count;
  }

  private static void place(float[][] out, int index, float[] v) {
    if (index < 0 || index >= out.length) {
      throw new EmbeddingUnavailableException(
          "embedding server returned an embedding at index "
              + index
              + " for "
              + out.length
              + " inputs");
    }
    if (out[index] != null) {
      throw new EmbeddingUnavailableException("embedding server returned duplicate indexes");
    }
    out[index] = v;
  }

  /** {@code v} when it has the configured dimension and only finite values. */
  private static float[] check(float[] v, int dimension) {
    int actual = v == null ? 0 : v.length;
    if (actual != dimension) {
      throw new EmbeddingMisconfiguredException(
          "embedding server returned vectors of dimension "
              + actual
              + ", expected "
              + dimension
              + ": set indexer.embedding.remote.dimension to the served model's dimension (a new"
              + " dimension needs a new collection), or indexer.embedding.remote.model-name to a model"
              + " of dimension "
              + dimension);
    }
    for (float f : v) {
      if (!Float.isFinite(f)) {
        // A model that answers NaN or infinity is broken (overflow in half precision, bad
        // weights or hardware), not the input: such a vector would poison every search.
        throw new EmbeddingUnavailableException(
            "embedding server returned a vector with values that are not finite (NaN or infinite)");
      }
    }
    return v;
  }

  /** The numbers of the array the parser has just entered, up to its end. */
  private static float[] floats(JsonParser p, int dimension) throws IOException {
    float[] v = new float[dimension];
    int n = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
        throw new EmbeddingUnavailableException(
            "embedding server returned an embedding with a value that is not a number");
      }
      if (n == v.length) {
        v = Arrays.copyOf(v, v.length * 2 + 1); // reported as a wrong dimension
      }
      v[n++] =
          (float)
              p.getDoubleValue(); // as a double: the fast parser's float path falls back to slow
      // arithmetic on exact values
    }
    return n == v.length ? v : Arrays.copyOf(v, n);
  }

  private static float[] base64Floats(String text) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new EmbeddingUnavailableException(
          "embedding server returned an embedding that is neither numbers nor base64", e);
    }
    if (bytes.length % Float.BYTES != 0) {
      throw new EmbeddingUnavailableException(
          "embedding server returned a base64 embedding of "
              + bytes.length
              + " bytes, not whole float32 values");
    }
    float[] v = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
    return v;
  }

  /** Collects a body up to a size, cancelling the transfer beyond it. */
  static final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body went past its bound. */
    static final class TooLarge extends IOException {
      TooLarge() {
        super("response body too large");
      }
    }

    private final long max;
    private final HttpResponse.BodySubscriber<byte[]> bytes =
        HttpResponse.BodySubscribers.ofByteArray();
    private Flow.Subscription subscription;
    private long received;
    private boolean failed;

    BoundedBody(long max) {
      this.max = max;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return bytes.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      bytes.onSubscribe(s);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (failed) {
        return;
      }
      for (ByteBuffer b : items) {
        received += b.remaining();
      }
      if (received > max) {
        failed = true;
        subscription.cancel();
        bytes.onError(new TooLarge());
        return;
      }
      bytes.onNext(items);
    }

    @Override
    public void onError(Throwable t) {
      if (!failed) {
        bytes.onError(t);
      }
    }

    @Override
    public void onComplete() {
      if (!failed) {
        bytes.onComplete();
      }
    }
  }
}
