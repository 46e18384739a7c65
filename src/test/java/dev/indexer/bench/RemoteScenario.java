package dev.indexer.bench;

import dev.indexer.bench.Benchmark.Stat;
import dev.indexer.embed.RemoteEmbedder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's {@code remote} scenario: the pipeline embedding through a remote endpoint with
 * latency, against the endpoint's bound. Its rows go to the benchmark's table.
 */
final class RemoteScenario {

  private final Benchmark bench;

  /** Documents each remote row indexes. */
  private final int remoteDocs = Integer.getInteger("bench.remote.docs", 2000);

  /** The remote endpoint's cap, in tokens a second (a quarter of the characters); 0: none. */
  private final double remoteTokensPerSecond =
      Double.parseDouble(System.getProperty("bench.remote.tokens-per-second", "0"));

  RemoteScenario(Benchmark bench) {
    this.bench = bench;
  }

  /**
   * The remote path: the pipeline with a {@link RemoteEmbedder} on the service's default settings
   * ({@code indexer.embedding.remote.*}: batch size, batch tokens, concurrency, encoding), its
   * model served by an in-process endpoint that answers every request after 0, 50 or 200 ms. The
   * endpoint's bound is concurrency x batch size / latency chunks a second. The served model reads
   * 128 tokens (as all-MiniLM-L6-v2; chunks of about 126 tokens, as in-process), so the batch size,
   * not the batch tokens, bounds a request. First the pipeline's code is warmed with the same
   * documents at 0 ms, not counted.
   */
  void run(List<Corpus.Doc> corpus) throws Exception {
    dev.indexer.embed.EmbeddingConfig.Remote defaults =
        new io.smallrye.config.SmallRyeConfigBuilder()
            .withMapping(dev.indexer.embed.EmbeddingConfig.class)
            .withConverter(
                Duration.class, 100, new io.quarkus.runtime.configuration.DurationConverter())
            .build()
            .getConfigMapping(dev.indexer.embed.EmbeddingConfig.class)
            .remote();
    List<Corpus.Doc> docs = corpus.subList(0, Math.min(corpus.size(), remoteDocs));
    String settings =
        String.format(
            Locale.ROOT,
            "defaults: batch size %d, batch tokens %d, concurrency %d, %s; %d stream threads",
            defaults.batchSize(),
            defaults.batchTokens(),
            defaults.concurrency(),
            defaults.encodingFormat().name().toLowerCase(Locale.ROOT),
            bench.threads);
    remoteRun(defaults, 0, docs); // warm-up
    double rateAt200 = 0;
    for (int latency : new int[] {0, 50, 200}) {
      List<Double> docsPerSecond = new ArrayList<>();
      List<Double> chunksPerSecond = new ArrayList<>();
      List<Double> requestsPerSecond = new ArrayList<>();
      List<Double> fill = new ArrayList<>();
      for (int r = 0; r < bench.runs; r++) {
        double[] m = remoteRun(defaults, latency, docs);
        docsPerSecond.add(m[0]);
        chunksPerSecond.add(m[1]);
        requestsPerSecond.add(m[2]);
        fill.add(m[3]);
      }
      String at = "remote, " + latency + " ms a request: ";
      bench.row(
          at + "documents/s",
          Stat.of(docsPerSecond).show("%.1f"),
          docs.size() + " documents; " + settings);
      bench.row(at + "chunks/s", Stat.of(chunksPerSecond).show("%.0f"), "");
      bench.row(at + "requests/s", Stat.of(requestsPerSecond).show("%.1f"), "");
      bench.row(
          at + "mean batch fill",
          Stat.of(fill).show("%.2f"),
          "texts per request / batch size " + defaults.batchSize());
      if (latency > 0) {
        double bound = defaults.concurrency() * defaults.batchSize() / (latency / 1000.0);
        if (remoteTokensPerSecond > 0) {
          bound = Math.min(bound, remoteTokensPerSecond / 126);
        }
        bench.row(
            at + "chunks/s / the endpoint's bound",
            String.format(Locale.ROOT, "%.2f", Stat.of(chunksPerSecond).median() / bound),
            String.format(
                Locale.ROOT,
                "bound %.0f chunks/s (concurrency x batch size / latency); target >= 0.8",
                bound));
      }
      if (latency == 200) {
        rateAt200 = Stat.of(docsPerSecond).median();
      }
    }
    try (TrivialEmbeddingServer server =
            new TrivialEmbeddingServer(bench.model.dimension(), 200, remoteTokensPerSecond);
        RemoteEmbedder embedder = remoteEmbedder(defaults, server)) {
      List<Stat> latency = bench.latency(corpus, rateAt200 / 2, embedder);
      String paced =
          String.format(
              Locale.ROOT,
              "200 ms endpoint, paced at %.1f documents/s (half of capacity)",
              rateAt200 / 2);
      bench.row("remote, 200 ms: event-to-searchable p50, ms", latency.get(0).show("%.0f"), paced);
      bench.row("remote, 200 ms: event-to-searchable p95, ms", latency.get(1).show("%.0f"), "");
      bench.row(
          "remote, 200 ms: event-to-searchable p99, ms",
          latency.get(2).show("%.0f"),
          "target < 1500");
    }
  }

  /** One run of the remote path: documents/s, chunks/s, requests/s and the mean batch fill. */
  private double[] remoteRun(
      dev.indexer.embed.EmbeddingConfig.Remote defaults, int latency, List<Corpus.Doc> docs)
      throws Exception {
    try (TrivialEmbeddingServer server =
            new TrivialEmbeddingServer(bench.model.dimension(), latency, remoteTokensPerSecond);
        RemoteEmbedder embedder = remoteEmbedder(defaults, server);
        PipelineRun run =
            new PipelineRun(bench.kafka, bench.client, embedder, bench.partitions, bench.threads)) {
      long requests = server.requests();
      long texts = server.texts();
      double seconds = Benchmark.timed(run, docs, 1, docs.size());
      long sent = server.requests() - requests;
      return new double[] {
        docs.size() / seconds,
        run.chunks() / seconds,
        sent / seconds,
        (server.texts() - texts) / (double) sent / defaults.batchSize()
      };
    }
  }

  /** A remote embedder on the default settings, for a served all-MiniLM-L6-v2 (128 tokens). */
  private static RemoteEmbedder remoteEmbedder(
      dev.indexer.embed.EmbeddingConfig.Remote defaults, TrivialEmbeddingServer server) {
    return new RemoteEmbedder(
        new RemoteEmbedder.Settings(
            server.url(),
            "all-MiniLM-L6-v2",
            384,
            128,
            java.util.Optional.empty(),
            defaults.batchSize(),
            defaults.batchTokens(),
            defaults.concurrency(),
            defaults.connectTimeout(),
            defaults.requestTimeout(),
            defaults.maxAttempts(),
            defaults.initialBackoff(),
            defaults.maxBackoff(),
            defaults.encodingFormat()),
        dev.indexer.embed.BertTokenCounter.fromClasspath("all-minilm-l6-v2-q-tokenizer.json"));
  }
}
