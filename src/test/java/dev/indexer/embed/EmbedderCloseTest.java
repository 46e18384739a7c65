package dev.indexer.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Closing an embedder releases what it opened, where that can be observed. */
class EmbedderCloseTest {

  static boolean anyThreadAlive(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.isAlive() && t.getName().startsWith(prefix));
  }

  static void awaitNoThread(String prefix) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (anyThreadAlive(prefix) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(anyThreadAlive(prefix)).as("threads %s* after close", prefix).isFalse();
  }

  @Test
  void theRemoteEmbedderEndsItsThreadsAndClosesItsTokenizerAndLaterCallsAreTransient()
      throws Exception {
    AtomicBoolean tokenizerClosed = new AtomicBoolean();
    TokenCounter tokenizer =
        new TokenCounter() {
          @Override
          public int count(String text) {
            return RemoteEmbedderTest.WORDS.count(text);
          }

          @Override
          public int specialTokens() {
            return 2;
          }

          @Override
          public void close() {
            tokenizerClosed.set(true);
          }
        };
    try (FakeEmbeddingServer server = new FakeEmbeddingServer(8, null)) {
      RemoteEmbedder embedder =
          new RemoteEmbedder(
              new RemoteEmbedder.Settings(
                  server.url(),
                  "m",
                  8,
                  64,
                  Optional.empty(),
                  2,
                  1000,
                  2,
                  Duration.ofSeconds(1),
                  Duration.ofSeconds(5),
                  1,
                  Duration.ofMillis(20),
                  Duration.ofMillis(200)),
              tokenizer);
      assertThat(embedder.embed(List.of("a", "b", "c", "d"))).hasSize(4);
      assertThat(anyThreadAlive(embedder.threadPrefix() + "-")).isTrue();

      embedder.close();

      awaitNoThread(embedder.threadPrefix() + "-");
      assertThat(tokenizerClosed).isTrue();
      assertThatThrownBy(() -> embedder.embed(List.of("a")))
          .isInstanceOf(EmbeddingUnavailableException.class);
    }
  }

  @Test
  void theInProcessModelClosesItsOnnxSessionAndTokenizer() {
    Embedder embedder =
        EmbedderProducer.create(dev.indexer.embed.EmbeddingModel.ALL_MINILM_L6_V2_Q);
    assertThat(embedder.embed(List.of("hello"))).hasSize(1);
    TokenCounter tokenizer = embedder.tokenCounter();

    new EmbedderProducer().close(embedder);

    assertThatThrownBy(() -> embedder.embed(List.of("hello")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    // Text the Java counter does not count itself goes to the native tokenizer, which is closed.
    assertThatThrownBy(() -> tokenizer.count("\u0000 control"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void closingTwiceIsHarmless() {
    Embedder embedder =
        EmbedderProducer.create(dev.indexer.embed.EmbeddingModel.ALL_MINILM_L6_V2_Q);
    embedder.close();
    embedder.close();
    RemoteEmbedder remote =
        new RemoteEmbedder(
            new RemoteEmbedder.Settings(
                URI.create("http://127.0.0.1:1"),
                "m",
                8,
                64,
                Optional.empty(),
                2,
                1000,
                1,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                1,
                Duration.ofMillis(20),
                Duration.ofMillis(200)),
            RemoteEmbedderTest.WORDS);
    remote.close();
    remote.close();
  }
}
