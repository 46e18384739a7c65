package dev.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.testkit.HashEmbedder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * Two generations share the status and dead-letter topics while one is built beside the other: each
 * output names the generation that wrote it.
 */
class GenerationHeaderTest extends BrokerBackedTest {

  private static String generation(ConsumerRecord<byte[], byte[]> r) {
    Header h = r.headers().lastHeader(ProcessingSettings.GENERATION_HEADER);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  @Test
  void statusesAndDeadLettersNameTheirGeneration() throws Exception {
    h = new StreamsHarness(qdrant, new HashEmbedder(8, 16), 1);
    h.generation = 2;
    h.send(
        List.<String[]>of(
            new String[] {
              "acme/a", IndexerHarness.json("acme", "a", "UPSERT", 1L, "Some text.", "T", Map.of())
            },
            new String[] {"acme/b", "{not json"}));
    h.start();
    h.awaitStatuses(Duration.ofSeconds(60));
    List<ConsumerRecord<byte[], byte[]>> statuses = h.readCommitted(h.topics.status());
    assertThat(statuses).hasSize(2).allSatisfy(r -> assertThat(generation(r)).isEqualTo("2"));
    assertThat(h.deadLetters())
        .hasSize(1)
        .allSatisfy(r -> assertThat(generation(r)).isEqualTo("2"));
  }

  @Test
  void withoutAGenerationNoHeaderIsAdded() throws Exception {
    h = new StreamsHarness(qdrant, new HashEmbedder(8, 16), 1);
    h.send(
        List.<String[]>of(
            new String[] {
              "acme/a", IndexerHarness.json("acme", "a", "UPSERT", 1L, "Some text.", "T", Map.of())
            }));
    h.start();
    h.awaitStatuses(Duration.ofSeconds(60));
    assertThat(h.readCommitted(h.topics.status()))
        .hasSize(1)
        .allSatisfy(r -> assertThat(generation(r)).isNull());
  }
}
