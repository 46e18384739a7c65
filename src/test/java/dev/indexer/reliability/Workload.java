package dev.indexer.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.indexer.embed.BertTokenCounter;
import dev.indexer.embed.TokenCounter;
import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.PiiRedactor;
import dev.indexer.pii.PolicyPiiRedactor;
import dev.indexer.text.Chunk;
import dev.indexer.text.MarkupNormaliser;
import dev.indexer.text.Normaliser;
import dev.indexer.text.TokenChunker;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A random stream of document changes over a pool of ids, with its oracle: creates, edits (longer
 * and shorter), DELETE events and tombstones, versions growing per document. The oracle knows the
 * newest state of every document and the chunks the index must hold for it.
 */
final class Workload {

  static final String TENANT = "acme";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One event: its key and value (null: a tombstone). */
  record Event(String id, byte[] key, byte[] value) {
    ProducerRecord<byte[], byte[]> record(String topic) {
      return new ProducerRecord<>(topic, key, value);
    }
  }

  /** The newest state of a document: its version and content, or gone. */
  record State(long version, String content) {}

  final List<Event> events = new ArrayList<>();

  /** Document id to its newest state; absent or null content: the index must not hold it. */
  final Map<String, State> newest = new HashMap<>();

  int upserts;
  int deletes;
  int tombstones;

  /** Edits with fewer sentences than the document's previous version. */
  int shrinks;

  /** {@code count} events over {@code pool} document ids, from {@code seed}. */
  static Workload generate(long seed, int count, int pool) {
    Random random = new Random(seed);
    Workload w = new Workload();
    Map<String, Long> versions = new HashMap<>();
    Map<String, Integer> sentences = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String id = "doc-" + random.nextInt(pool);
      long version = versions.merge(id, 1L + random.nextInt(3), Long::sum);
      int kind = random.nextInt(100);
      Integer before = sentences.get(id);
      if (before != null && kind < 8) {
        w.delete(id, version);
        sentences.remove(id);
      } else if (before != null && kind < 13) {
        w.tombstone(id);
        sentences.remove(id);
      } else {
        // A third of the edits of a long document cut it short.
        int n =
            before != null && before > 3 && kind < 40
                ? 1 + random.nextInt(before / 2)
                : 1 + random.nextInt(24);
        if (before != null && n < before) {
          w.shrinks++;
        }
        w.upsert(id, version, text(random, n));
        sentences.put(id, n);
      }
    }
    return w;
  }

  private void upsert(String id, long version, String content) {
    ObjectNode n = event(id, "UPSERT", version);
    n.put("title", "Title " + id);
    n.put("content", content);
    n.put("contentType", "text/plain");
    add(id, n);
    newest.put(id, new State(version, content));
    upserts++;
  }

  private void delete(String id, long version) {
    add(id, event(id, "DELETE", version));
    newest.put(id, new State(version, null));
    deletes++;
  }

  private void tombstone(String id) {
    events.add(new Event(id, key(id), null));
    State s = newest.get(id);
    newest.put(id, new State(s.version(), null));
    tombstones++;
  }

  private static ObjectNode event(String id, String operation, long version) {
    ObjectNode n = JSON.createObjectNode();
    n.put("eventId", "e-" + id + "-" + version);
    n.put("tenant", TENANT);
    n.put("documentId", id);
    n.put("operation", operation);
    n.put("version", version);
    n.put("eventTime", 1_767_225_600_000L + version);
    n.putObject("metadata").put("source", "workload");
    return n;
  }

  private void add(String id, ObjectNode value) {
    events.add(new Event(id, key(id), value.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] key(String id) {
    return (TENANT + "/" + id).getBytes(StandardCharsets.UTF_8);
  }

  static String text(Random random, int sentences) {
    return dev.indexer.testkit.Sentences.text(random, sentences);
  }

  /** The chunker the service builds for a model of this tokenizer and limit, with its defaults. */
  static Expected expectedChunks(String tokenizer, int maxTokens) {
    TokenCounter counter = BertTokenCounter.fromClasspath(tokenizer);
    TokenChunker chunker =
        new TokenChunker(counter, maxTokens, maxTokens - counter.specialTokens(), 16, true);
    return new Expected(
        new MarkupNormaliser(), PolicyPiiRedactor.of(PiiPolicy.defaults()), chunker);
  }

  /** The oracle's chunking: the service's text stages with their defaults. */
  record Expected(Normaliser normaliser, PiiRedactor redactor, TokenChunker chunker) {
    List<String> chunks(String content) {
      return chunker
          .chunk(redactor.redactBlocks(normaliser.normalise(content, "text/plain")))
          .stream()
          .map(Chunk::text)
          .toList();
    }
  }

  /** What the index must hold: {@code tenant/id} to chunk texts in order, and to version. */
  Map<String, List<String>> expectedIndex(Expected expected) {
    Map<String, List<String>> out = new HashMap<>();
    newest.forEach(
        (id, s) -> {
          if (s.content() != null) {
            List<String> chunks = expected.chunks(s.content());
            if (!chunks.isEmpty()) {
              out.put(TENANT + "/" + id, chunks);
            }
          }
        });
    return out;
  }

  Map<String, Long> expectedVersions() {
    Map<String, Long> out = new HashMap<>();
    newest.forEach(
        (id, s) -> {
          if (s.content() != null) {
            out.put(TENANT + "/" + id, s.version());
          }
        });
    return out;
  }

  @Override
  public String toString() {
    return events.size()
        + " events ("
        + upserts
        + " upserts of which "
        + shrinks
        + " shrink, "
        + deletes
        + " deletes, "
        + tombstones
        + " tombstones) over "
        + newest.size()
        + " documents";
  }
}
