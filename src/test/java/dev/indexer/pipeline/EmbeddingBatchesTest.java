package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.embed.EmbeddingRejectedException;
import dev.indexer.embed.EmbeddingUnavailableException;
import dev.indexer.testkit.ForwardingEmbedder;
import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.Sentences;
import dev.indexer.testkit.qdrant.QdrantLocal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chunks of many events embedded together (real broker, exactly-once v2, Qdrant local): calls
 * to the model carry the chunks of several documents, the index is exactly what the events say, a
 * text the model refuses for good dead-letters its own event only, and an outage of the model loses
 * and dead-letters nothing.
 */
class EmbeddingBatchesTest {

  static final Duration TIMEOUT = Duration.ofSeconds(120);

  static QdrantLocal qdrant;
  StreamsHarness h;

  @BeforeAll
  static void setUp() {
    qdrant = QdrantLocal.start();
  }

  @AfterAll
  static void tearDown() {
    qdrant.close();
  }

  @AfterEach
  void close() throws Exception {
    if (h != null) {
      h.close();
    }
  }

  /**
   * A hash embedder behind a round trip of {@code delayMillis}, as a remote endpoint: 8 texts a
   * call, 2 calls at once. It records the texts of every call, refuses for good any call that holds
   * a text containing {@code refused}, and is down while {@code down} is set.
   */
  static final class Endpoint extends ForwardingEmbedder {
    final List<List<String>> calls = Collections.synchronizedList(new ArrayList<>());
    volatile long delayMillis = 30;
    volatile String refused;
    volatile boolean down;

    Endpoint() {
      super(new HashEmbedder(16, 12));
    }

    @Override
    public int batchSize() {
      return 8;
    }

    @Override
    public int concurrency() {
      return 2;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
      if (down) {
        throw new EmbeddingUnavailableException("the endpoint is down");
      }
      calls.add(List.copyOf(texts));
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EmbeddingUnavailableException("interrupted", e);
      }
      if (refused != null && texts.stream().anyMatch(t -> t.contains(refused))) {
        throw new EmbeddingRejectedException("the endpoint refused an input (HTTP 400)");
      }
      return super.embed(texts);
    }
  }

  private static List<String[]> documents(int n, long seed, Map<String, String> contents) {
    Random random = new Random(seed);
    List<String[]> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "doc-" + i;
      String content = Sentences.text(random, 1 + random.nextInt(2));
      contents.put("acme/" + id, content);
      events.add(
          new String[] {
            "acme/" + id,
            IndexerHarness.json("acme", id, "UPSERT", 1L, content, "T " + id, Map.of())
          });
    }
    return events;
  }

  private Map<String, List<String>> expected(Map<String, String> contents) {
    Map<String, List<String>> out = new HashMap<>();
    contents.forEach(
        (key, content) -> {
          List<String> texts = h.expected(content);
          if (!texts.isEmpty()) {
            out.put(key, texts);
          }
        });
    return out;
  }

  @Test
  void callsToTheModelCarryTheChunksOfManyDocuments() throws Exception {
    Endpoint endpoint = new Endpoint();
    h = new StreamsHarness(qdrant, endpoint, 3);
    Map<String, String> contents = new HashMap<>();
    List<String[]> events = documents(60, 1, contents);
    h.send(events);
    h.start();

    List<StatusEvent> statuses = h.awaitStatuses(TIMEOUT);
    assertThat(statuses).hasSize(60).allMatch(s -> s.outcome() == Outcome.INDEXED);
    assertThat(h.index()).isEqualTo(expected(contents));

    int chunks = statuses.stream().mapToInt(StatusEvent::chunks).sum();
    int largestDocument = statuses.stream().mapToInt(StatusEvent::chunks).max().orElseThrow();
    List<Integer> sizes = endpoint.calls.stream().map(List::size).toList();
    // Every chunk sent to the model once (no cache in the harness; a chunk text another document
    // has in flight at the same time is embedded once for both), in fewer calls than documents,
    // some of them holding more chunks than any one document has.
    int embedded = statuses.stream().mapToInt(StatusEvent::embedded).sum();
    long distinct =
        contents.values().stream().flatMap(c -> h.expected(c).stream()).distinct().count();
    assertThat(embedded).isBetween((int) distinct, chunks);
    assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(embedded);
    assertThat(sizes).hasSizeLessThan(60).allMatch(n -> n <= 8);
    assertThat(sizes.stream().mapToInt(Integer::intValue).max().orElseThrow())
        .isGreaterThan(largestDocument);
    assertThat(h.embeddingMetrics.calls()).isEqualTo(sizes.size());
  }

  @Test
  void aTextTheModelRefusesDeadLettersItsOwnEventOnly() throws Exception {
    Endpoint endpoint = new Endpoint();
    endpoint.refused = "zanzibar";
    h = new StreamsHarness(qdrant, endpoint, 1);
    Map<String, String> contents = new HashMap<>();
    List<String[]> events = documents(30, 2, contents);
    // The refused document sits among the others, whose chunks share its calls.
    String poison = "The zanzibar quartz sample was logged twice.";
    events.add(
        15,
        new String[] {
          "acme/poison", IndexerHarness.json("acme", "poison", "UPSERT", 1L, poison, "P", Map.of())
        });
    h.send(events);
    h.start();

    List<StatusEvent> statuses = h.awaitStatuses(TIMEOUT);
    assertThat(statuses).hasSize(31);
    assertThat(statuses.stream().filter(s -> s.outcome() == Outcome.REJECTED))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.documentId()).isEqualTo("poison");
              assertThat(s.reason()).isEqualTo("EMBEDDING_REJECTED");
            });
    List<ConsumerRecord<byte[], byte[]>> deadLetters = h.deadLetters(1, TIMEOUT);
    assertThat(deadLetters).hasSize(1);
    assertThat(
            new String(
                deadLetters.get(0).headers().lastHeader("x-reason").value(),
                StandardCharsets.UTF_8))
        .isEqualTo("EMBEDDING_REJECTED");
    // The others are indexed, those that shared a call with it included; the poison has no points.
    assertThat(h.index()).isEqualTo(expected(contents));
    // It did share a call with another document's chunks before it was embedded alone.
    assertThat(endpoint.calls)
        .anySatisfy(
            call -> {
              assertThat(call).anyMatch(t -> t.contains("zanzibar"));
              assertThat(call).anyMatch(t -> !t.contains("zanzibar"));
            });
  }

  @Test
  void anOutageOfTheModelLosesAndDeadLettersNothing() throws Exception {
    Endpoint endpoint = new Endpoint();
    endpoint.down = true;
    h = new StreamsHarness(qdrant, endpoint, 2);
    Map<String, String> contents = new HashMap<>();
    h.send(documents(40, 3, contents));
    h.start();
    Thread.sleep(3_000);
    assertThat(h.statusCount()).isZero();
    endpoint.down = false;

    List<StatusEvent> statuses = h.awaitStatuses(TIMEOUT);
    assertThat(statuses).hasSize(40).allMatch(s -> s.outcome() == Outcome.INDEXED);
    assertThat(h.deadLetters()).isEmpty();
    assertThat(h.index()).isEqualTo(expected(contents));
  }
}
