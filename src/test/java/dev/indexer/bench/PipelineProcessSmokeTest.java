package dev.indexer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.embed.BertTokenCounter;
import dev.indexer.embed.Embedder;
import dev.indexer.testkit.kafka.EmbeddedKafka;
import dev.indexer.testkit.qdrant.QdrantLocal;
import io.qdrant.client.QdrantClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A smoke run of the benchmark's pipeline process: the production topology in a JVM of its own
 * indexes a small corpus on this JVM's broker and Qdrant local, and its CPU time is read by thread.
 * The benchmark itself is not part of the tests.
 */
class PipelineProcessSmokeTest {

  @Test
  void thePipelineInItsOwnJvmIndexesEveryDocumentAndItsCpuIsItsOwn() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start();
        QdrantLocal qdrant = QdrantLocal.start();
        QdrantClient client = qdrant.newClient()) {
      Embedder trivial =
          new TrivialEmbedder(BertTokenCounter.fromClasspath(PipelineProcess.TOKENIZER), 384, 128);
      List<Corpus.Doc> docs = Corpus.generate(30, 4096, 7);
      try (PipelineRun run = PipelineRun.inOwnProcess(kafka, qdrant, client, trivial, 2, 1)) {
        double before = run.cpuSeconds();
        for (Corpus.Doc d : docs) {
          run.send(d, 1);
        }
        run.flush();
        run.awaitStatuses(docs.size(), Duration.ofMinutes(2));

        assertThat(run.chunks()).isGreaterThan(docs.size());
        assertThat(client.countAsync(run.collection).get()).isEqualTo(run.chunks());
        assertThat(run.cpuSeconds()).isGreaterThan(before);
        Map<String, Double> threads = run.cpuSecondsByThread();
        // The stream thread is the child's: this JVM runs none.
        assertThat(threads.keySet()).anyMatch(name -> name.startsWith("bench-stream-"));
        assertThat(ServiceProcess.cpuSecondsByThread(ProcessHandle.current().pid()).keySet())
            .noneMatch(name -> name.startsWith("bench-stream-"));
      }
    }
  }
}
