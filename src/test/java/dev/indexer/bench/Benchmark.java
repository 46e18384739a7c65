package dev.indexer.bench;

import dev.indexer.embed.Embedder;
import dev.indexer.embed.EmbedderProducer;
import dev.indexer.event.DocumentChange;
import dev.indexer.event.EventDecoder;
import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.PiiRedactor;
import dev.indexer.pii.PolicyPiiRedactor;
import dev.indexer.qdrant.ChunkPoint;
import dev.indexer.qdrant.PayloadFields;
import dev.indexer.qdrant.PointWriter;
import dev.indexer.testkit.IndexContents;
import dev.indexer.testkit.kafka.EmbeddedKafka;
import dev.indexer.testkit.qdrant.QdrantLocal;
import dev.indexer.testkit.registry.InMemoryRegistry;
import dev.indexer.text.Chunk;
import dev.indexer.text.MarkupNormaliser;
import dev.indexer.text.TextBlock;
import dev.indexer.text.TokenChunker;
import io.qdrant.client.ConditionFactory;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Points.SearchPoints;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The end-to-end benchmark on embedded infrastructure (in-process broker, Qdrant local): raw model
 * speed, end to end with the real model and with a trivial embedder, latency at half capacity,
 * incremental re-indexing, growth, memory. Prints a table and writes BENCHMARKS.md.
 *
 * <p>Options (system properties): {@code bench.docs} (2000), {@code bench.runs} (3), {@code
 * bench.tokens} (document size in model tokens, 1000), {@code bench.threads} (stream threads, 4),
 * {@code bench.partitions} (6), {@code bench.out} (BENCHMARKS.md), {@code bench.growth} (true).
 */
public final class Benchmark {

  private static final Duration TIMEOUT = Duration.ofMinutes(30);

  private final int docs = Integer.getInteger("bench.docs", 2000);
  final int runs = Integer.getInteger("bench.runs", 3);
  private final int tokens = Integer.getInteger("bench.tokens", 1000);
  final int threads = Integer.getInteger("bench.threads", 4);
  final int partitions = Integer.getInteger("bench.partitions", 6);

  /**
   * Documents the service overhead scenario sends before it measures (the JIT compiler settles).
   */
  private final int warmUpDocs = Integer.getInteger("bench.warmup", 20_000);

  /**
   * Documents the pipeline process gets before its CPU is measured (its JIT compiler settles
   * slowly).
   */
  private final int pipelineWarmUpDocs = Integer.getInteger("bench.pipeline.warmup", 60_000);

  /** Documents the CPU stages run through before the stage rows are measured. */
  private static final int STAGE_WARM_UP_DOCUMENTS = 16_000;

  private final boolean growth = Boolean.parseBoolean(System.getProperty("bench.growth", "true"));

  /**
   * Which parts to run: stages, model (raw model, end to end, incremental, latency), parallelism,
   * service, overhead, growth.
   */
  private final String scenarios =
      System.getProperty(
          "bench.scenarios", "stages,model,parallelism,service,overhead,growth,reconcile,remote");

  private final Path out = Path.of(System.getProperty("bench.out", "BENCHMARKS.md"));
  private final List<String[]> rows = new ArrayList<>();

  EmbeddedKafka kafka;
  private QdrantLocal qdrant;
  QdrantClient client;
  Embedder model;

  public static void main(String[] args) throws Exception {
    // Outside Quarkus the log manager starts with every level enabled: each trace and debug line
    // of the broker and the clients would be formatted (a few percent of the CPU). The service
    // logs at INFO; so does the benchmark's process.
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
    new Benchmark().run();
    System.exit(0);
  }

  /** Median, min and max of repeated measurements. */
  record Stat(double median, double min, double max) {
    static Stat of(List<Double> values) {
      List<Double> s = new ArrayList<>(values);
      Collections.sort(s);
      int n = s.size();
      double median = n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
      return new Stat(median, s.get(0), s.get(n - 1));
    }

    String show(String format) {
      return String.format(Locale.ROOT, format, median)
          + " ("
          + String.format(Locale.ROOT, format, min)
          + "–"
          + String.format(Locale.ROOT, format, max)
          + ")";
    }
  }

  void row(String what, String value, String note) {
    rows.add(new String[] {what, value, note});
    System.out.printf(Locale.ROOT, "%-58s %-30s %s%n", what, value, note);
  }

  void run() throws Exception {
    kafka = EmbeddedKafka.start();
    qdrant = QdrantLocal.start();
    client = qdrant.newClient();
    model = EmbedderProducer.create(dev.indexer.embed.EmbeddingModel.ALL_MINILM_L6_V2_Q);
    // About 4.3 characters per token for this vocabulary.
    int bytes = tokens * 43 / 10;
    List<Corpus.Doc> corpus = Corpus.generate(docs, bytes, 42);
    System.out.printf(
        "Corpus: %d documents of about %d tokens (%d bytes); %d runs each%n",
        docs, tokens, bytes, runs);

    if (scenarios.contains("stages")) {
      stages(corpus);
    }
    Stat docsPerSecond = null;
    if (scenarios.contains("model")) {
      docsPerSecond = modelScenarios(corpus);
    }
    Embedder trivial = new TrivialEmbedder(model);
    if (scenarios.contains("overhead")) {
      List<Double> overhead = new ArrayList<>();
      List<Corpus.Doc> fourKb = Corpus.generate(docs, 4096, 43);
      try (PipelineRun warmUp = new PipelineRun(kafka, client, trivial, partitions, threads)) {
        // After warm-up, as the raw model: the corpus, then edits of it, until the JIT compiler
        // has seen as many documents as the service's warm-up.
        long statuses = 0;
        int version = 1;
        for (List<Corpus.Doc> round = fourKb;
            statuses < warmUpDocs;
            round = PipelineRun.editAll(fourKb, ++version)) {
          statuses += round.size();
          timed(warmUp, round, version, statuses);
        }
      }
      List<Double> cpuPerDoc = new ArrayList<>();
      List<String> byThread = new ArrayList<>();
      long pid = ProcessHandle.current().pid();
      for (int r = 0; r < runs; r++) {
        try (PipelineRun run = new PipelineRun(kafka, client, trivial, partitions, threads)) {
          double cpuBefore = ownCpuSeconds();
          Map<String, Double> threadsBefore = ServiceProcess.cpuSecondsByThread(pid);
          overhead.add(docs / timed(run, fourKb, 1, docs));
          cpuPerDoc.add((ownCpuSeconds() - cpuBefore) * 1000 / docs);
          byThread.add(perDocument(threadsBefore, ServiceProcess.cpuSecondsByThread(pid), docs));
        }
      }
      row(
          "overhead: trivial embedder, 4 KB documents/s",
          Stat.of(overhead).show("%.0f"),
          "everything but the model, broker and Qdrant local in the same process; target >= 2000");
      Stat cpu = Stat.of(cpuPerDoc);
      row(
          "overhead: trivial embedder, CPU per document, ms",
          cpu.show("%.3f"),
          "this whole process: the pipeline, the broker, Qdrant local, the producer and the status reader");
      row(
          "overhead: trivial embedder, CPU by thread, ms per document",
          byThread.get(medianIndex(cpuPerDoc, cpu)),
          "the run of median CPU; bench-stream: the stream threads; grpc: the Qdrant client and Qdrant local; data-plane, kafka: the broker");
      // The same with every event's Qdrant writes sent on their own
      // (indexer.pipeline.write-batch-points=0).
      List<Double> unbatched = new ArrayList<>();
      List<Double> unbatchedCpu = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        try (PipelineRun run = new PipelineRun(kafka, client, trivial, partitions, threads, 0)) {
          double cpuBefore = ownCpuSeconds();
          unbatched.add(docs / timed(run, fourKb, 1, docs));
          unbatchedCpu.add((ownCpuSeconds() - cpuBefore) * 1000 / docs);
        }
      }
      row(
          "overhead: trivial embedder, Qdrant writes unbatched, documents/s",
          Stat.of(unbatched).show("%.0f"),
          String.format(
              Locale.ROOT,
              "write-batch-points=0: one request per event; CPU per document %s ms (batched: %s, up to %d points per request)",
              Stat.of(unbatchedCpu).show("%.3f"),
              cpu.show("%.3f"),
              PipelineRun.BATCH_POINTS));
      pipelineProcessOverhead(trivial, fourKb);
      serviceOverhead(fourKb);
    }
    if (scenarios.contains("parallelism")) {
      parallelism(corpus);
    }
    if (scenarios.contains("reconcile")) {
      reconcile();
    }
    if (scenarios.contains("service")) {
      service(corpus);
    }
    if (docsPerSecond != null) {
      List<Stat> latency = latency(corpus, docsPerSecond.median() / 2);
      String paced =
          String.format(
              Locale.ROOT,
              "paced at %.1f documents/s (half of capacity)",
              docsPerSecond.median() / 2);
      row("event-to-searchable p50, ms", latency.get(0).show("%.0f"), paced);
      row("event-to-searchable p95, ms", latency.get(1).show("%.0f"), "");
      row("event-to-searchable p99, ms", latency.get(2).show("%.0f"), "target < 1000");
      row(
          "freshness metric p99 (from the Kafka timestamp), ms",
          latency.get(3).show("%.0f"),
          "the pipeline's own indexer_freshness_seconds{from=\"kafka\"} over the same events,"
              + " read as histogram_quantile does (buckets 100, 250, 500 ms, 1 s, ...)");
    }
    if (scenarios.contains("remote")) {
      new RemoteScenario(this).run(corpus);
    }
    if (growth && scenarios.contains("growth")) {
      growth(trivial);
      serviceGrowth();
    }
    row(
        "peak RSS of the process, MB",
        String.format(Locale.ROOT, "%.0f", peakRssMb()),
        "includes the embedded broker and Qdrant local");
    row(
        "peak heap, MB",
        String.format(Locale.ROOT, "%.0f", peakHeapMb()),
        "sum of the heap pools' peaks; max heap "
            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
            + " MB");
    write();
    client.close();
    qdrant.close();
    kafka.close();
  }

  private Stat modelScenarios(List<Corpus.Doc> corpus) throws Exception {
    Stat raw = rawModel(corpus);
    row("raw model at its best call size, chunks/s", raw.show("%.1f"), rawNote());
    tensorRow();

    // The pipeline's code warmed as the raw model is, in a run of its own that is not measured.
    try (PipelineRun warmUp = new PipelineRun(kafka, client, model, partitions, threads)) {
      List<Corpus.Doc> some = prefixed("warm-", corpus.subList(0, Math.min(corpus.size(), 400)));
      timed(warmUp, some, 1, some.size());
    }

    List<Double> e2eDocs = new ArrayList<>();
    List<Double> e2eChunks = new ArrayList<>();
    List<Double> republishSeconds = new ArrayList<>();
    List<Double> republishEmbedded = new ArrayList<>();
    List<Double> editSeconds = new ArrayList<>();
    List<Double> editEmbedded = new ArrayList<>();
    List<Double> firstSeconds = new ArrayList<>();
    List<Double> modelShare = new ArrayList<>();
    List<Double> besideRatio = new ArrayList<>();
    List<String> byThread = new ArrayList<>();
    long pid = ProcessHandle.current().pid();
    int cores = Runtime.getRuntime().availableProcessors();
    for (int r = 0; r < runs; r++) {
      try (PipelineRun run = new PipelineRun(kafka, client, model, partitions, threads)) {
        double rawNow = rawBeside();
        Map<String, Double> threadsBefore = ServiceProcess.cpuSecondsByThread(pid);
        double first = timed(run, corpus, 1, docs);
        Map<String, Double> threadsAfter = ServiceProcess.cpuSecondsByThread(pid);
        byThread.add(perDocument(threadsBefore, threadsAfter, docs));
        modelShare.add((modelCpu(threadsAfter) - modelCpu(threadsBefore)) / (cores * first));
        firstSeconds.add(first);
        e2eDocs.add(docs / first);
        e2eChunks.add(run.chunks() / first);
        besideRatio.add(run.chunks() / first / rawNow);
        long embeddedBefore = run.embedded();
        republishSeconds.add(timed(run, corpus, 1, 2L * docs));
        republishEmbedded.add((double) (run.embedded() - embeddedBefore));
        embeddedBefore = run.embedded();
        editSeconds.add(timed(run, PipelineRun.editAll(corpus, r), 2, 3L * docs));
        editEmbedded.add((double) (run.embedded() - embeddedBefore));
      }
    }
    Stat docsPerSecond = Stat.of(e2eDocs);
    Stat chunksPerSecond = Stat.of(e2eChunks);
    row("end to end, documents/s", docsPerSecond.show("%.1f"), docs + " documents, real model");
    row("end to end, chunks/s", chunksPerSecond.show("%.1f"), "");
    row(
        "end to end / raw model",
        String.format(Locale.ROOT, "%.2f", chunksPerSecond.median() / raw.median()),
        String.format(
            Locale.ROOT,
            "target >= 0.9; the run of fewest chunks/s: %.2f (each run against the raw median)",
            chunksPerSecond.min() / raw.median()));
    row(
        "end to end / raw model measured right before each run",
        Stat.of(besideRatio).show("%.2f"),
        "target >= 0.9 in every run; the raw model at its best call size over 1,000 of its texts,"
            + " just before the run's first indexing");
    row("first indexing, s", Stat.of(firstSeconds).show("%.1f"), "");
    Stat share = Stat.of(modelShare);
    row(
        "end to end: the model's threads' share of the cores",
        share.show("%.2f"),
        "CPU of the embedding threads / (cores x first indexing's time); the rest of the cores went"
            + " to the threads of the next row");
    row(
        "end to end: CPU by thread, ms per document",
        byThread.get(medianIndex(modelShare, share)),
        "first indexing, the run of median share; embedding: the model's inference threads");
    row(
        "re-publish unchanged corpus, s",
        Stat.of(republishSeconds).show("%.2f"),
        "embedded chunks " + Stat.of(republishEmbedded).show("%.0f"));
    row(
        "speed-up of unchanged re-publish",
        String.format(
            Locale.ROOT,
            "%.1fx",
            Stat.of(firstSeconds).median() / Stat.of(republishSeconds).median()),
        "target >= 10x");
    row(
        "one-paragraph edit of every document, s",
        Stat.of(editSeconds).show("%.2f"),
        "embedded chunks "
            + Stat.of(editEmbedded).show("%.0f")
            + " of "
            + String.format(
                Locale.ROOT, "%.0f", chunksPerSecond.median() * Stat.of(firstSeconds).median()));

    return docsPerSecond;
  }

  private void growth(Embedder trivial) throws Exception {
    List<Corpus.Doc> more = new ArrayList<>();
    for (Corpus.Doc d : Corpus.generate(GROWTH_MORE, 4096, 46)) {
      more.add(new Corpus.Doc("more-" + d.id(), d.contentType(), d.paragraphs()));
    }
    for (int n : new int[] {500, 2000, 8000}) {
      List<Corpus.Doc> c = Corpus.generate(n, 4096, 44);
      List<Double> rates = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        try (PipelineRun run = new PipelineRun(kafka, client, trivial, partitions, threads)) {
          rates.add(rateOnTop(run, c, more));
        }
      }
      row(
          "growth: " + n + " documents of 4 KB, documents/s",
          Stat.of(rates).show("%.0f"),
          "trivial embedder; "
              + more.size()
              + " more documents into a collection and manifest holding "
              + n);
    }
    for (int kb : new int[] {1, 10, 100}) {
      int n = kb == 100 ? 100 : 500;
      List<Corpus.Doc> c = Corpus.generate(n, kb * 1024, 45);
      List<Double> rates = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        try (PipelineRun run = new PipelineRun(kafka, client, trivial, partitions, threads)) {
          rates.add(n * (double) kb / timed(run, c, 1, n));
        }
      }
      row(
          "size: " + n + " documents of " + kb + " KB, KB/s",
          Stat.of(rates).show("%.0f"),
          "trivial embedder");
    }
  }

  /** Sends the documents with a version and waits until {@code totalStatuses}; seconds taken. */
  static double timed(PipelineRun run, List<Corpus.Doc> docs, long version, long totalStatuses) {
    long start = System.nanoTime();
    for (Corpus.Doc d : docs) {
      run.send(d, version);
    }
    run.flush();
    run.awaitStatuses(totalStatuses, TIMEOUT);
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * Documents every growth rate is measured on: the same documents whatever the collection's size.
   */
  private static final int GROWTH_MORE = 1000;

  /**
   * Documents per second for {@code more} new documents sent once the pipeline has indexed {@code
   * base}: the cost per document with the collection and the manifest at {@code base}'s size,
   * measured on the same documents from the same idle, running pipeline at every size.
   */
  private static double rateOnTop(PipelineRun run, List<Corpus.Doc> base, List<Corpus.Doc> more) {
    for (Corpus.Doc d : base) {
      run.send(d, 1);
    }
    run.flush();
    run.awaitStatuses(base.size(), TIMEOUT);
    return more.size() / timed(run, more, 1, base.size() + more.size());
  }

  /**
   * Where one document's time goes: each stage run alone, one thread, over the first documents of
   * the corpus (after the CPU stages have run through 16,000 documents, and one pass for the model
   * and the Qdrant write), in milliseconds per document, median over the runs.
   */
  private void stages(List<Corpus.Doc> corpus) throws Exception {
    List<Corpus.Doc> sample = corpus.subList(0, Math.min(corpus.size(), 100));
    EventDecoder decoder = new EventDecoder(InMemoryRegistry.shared());
    MarkupNormaliser normaliser = new MarkupNormaliser();
    PiiRedactor redactor = PolicyPiiRedactor.of(PiiPolicy.defaults());
    TokenChunker chunker = PipelineRun.chunker(model);
    String collection = "bench_stages";
    client
        .createCollectionAsync(
            collection,
            VectorParams.newBuilder()
                .setSize(model.dimension())
                .setDistance(Distance.Cosine)
                .build())
        .get();
    IndexContents.createDocumentIndexes(client, collection);
    dev.indexer.qdrant.Fences.ensure(client, collection, collection);
    PointWriter writer = new PointWriter(client, collection);
    String[] names = {
      "decode event (JSON)",
      "normalise (markdown, HTML)",
      "strip PII",
      "chunk (model tokens)",
      "embed (model)",
      "write to Qdrant (fenced: fence, data, fence read)"
    };
    List<List<Double>> perRun = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      perRun.add(new ArrayList<>());
    }
    // The CPU stages are warmed over the whole corpus first, for as many rounds as the JIT takes to
    // settle on them (about 8 rounds of 2,000 documents, as in a running service); the first pass
    // below warms the model and the Qdrant write and is not counted.
    List<byte[]> values = new ArrayList<>();
    for (Corpus.Doc d : corpus) {
      values.add(PipelineRun.event("bench", d, 1).getBytes(StandardCharsets.UTF_8));
    }
    for (int round = 0; round < STAGE_WARM_UP_DOCUMENTS / corpus.size() + 1; round++) {
      for (int i = 0; i < corpus.size(); i++) {
        DocumentChange change =
            decoder.decode(
                "documents",
                new RecordHeaders(),
                ("bench/" + corpus.get(i).id()).getBytes(StandardCharsets.UTF_8),
                values.get(i));
        chunker.chunk(
            redactor.redactBlocks(normaliser.normalise(change.content(), change.contentType())));
      }
    }
    for (int r = 0; r <= runs; r++) {
      long[] nanos = new long[names.length];
      for (Corpus.Doc d : sample) {
        byte[] key = ("bench/" + d.id()).getBytes(StandardCharsets.UTF_8);
        byte[] value = PipelineRun.event("bench", d, 1).getBytes(StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        DocumentChange change = decoder.decode("documents", new RecordHeaders(), key, value);
        long t1 = System.nanoTime();
        List<TextBlock> blocks = normaliser.normalise(change.content(), change.contentType());
        long t2 = System.nanoTime();
        List<TextBlock> clean = redactor.redactBlocks(blocks);
        long t3 = System.nanoTime();
        List<Chunk> chunks = chunker.chunk(clean);
        long t4 = System.nanoTime();
        List<float[]> vectors = model.embed(chunks.stream().map(Chunk::embedText).toList());
        long t5 = System.nanoTime();
        List<ChunkPoint> points = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
          points.add(
              new ChunkPoint(
                  UUID.nameUUIDFromBytes((d.id() + "/" + i).getBytes(StandardCharsets.UTF_8)),
                  vectors.get(i),
                  Map.of(
                      PayloadFields.TENANT,
                      "bench",
                      PayloadFields.DOCUMENT_ID,
                      d.id(),
                      PayloadFields.TEXT,
                      chunks.get(i).text())));
        }
        writer.replaceDocument(change.ref(), points, r + 1);
        long t6 = System.nanoTime();
        long[] t = {t0, t1, t2, t3, t4, t5, t6};
        for (int i = 0; i < names.length; i++) {
          nanos[i] += t[i + 1] - t[i];
        }
      }
      if (r > 0) {
        for (int i = 0; i < names.length; i++) {
          perRun.get(i).add(nanos[i] / 1e6 / sample.size());
        }
      }
    }
    client.deleteCollectionAsync(collection).get();
    double total = 0;
    for (List<Double> v : perRun) {
      total += Stat.of(v).median();
    }
    for (int i = 0; i < names.length; i++) {
      Stat st = Stat.of(perRun.get(i));
      row(
          "stage: " + names[i] + ", ms per document",
          st.show("%.2f"),
          String.format(Locale.ROOT, "%.1f%% of the stages' sum", 100 * st.median() / total));
    }
  }

  /**
   * The service as shipped, in its own JVM with the pod's heap (half of the 1 GiB limit), against
   * the embedded broker and Qdrant local: throughput with the real model, and its own peak RSS and
   * heap, apart from the infrastructure.
   */
  private void service(List<Corpus.Doc> corpus) throws Exception {
    Path jar = serviceJar("service process");
    if (jar == null) {
      return;
    }
    List<Corpus.Doc> sample = corpus.subList(0, Math.min(corpus.size(), 500));
    List<Double> rates = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    List<Double> heap = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      String collection;
      try (ServiceProcess service = ServiceProcess.start(jar, kafka, qdrant, partitions, "512m")) {
        collection = service.collection;
        long start = System.nanoTime();
        for (Corpus.Doc d : sample) {
          service.send(d, 1);
        }
        service.awaitStatuses(sample.size(), TIMEOUT);
        rates.add(sample.size() / ((System.nanoTime() - start) / 1e9));
        rss.add(service.peakRssMb());
        heap.add(service.peakHeapMb());
      }
      client.deleteCollectionAsync(collection + "_v1").get(); // free Qdrant local's memory
    }
    row(
        "service process: end to end, documents/s",
        Stat.of(rates).show("%.1f"),
        sample.size() + " documents; the packaged service with its defaults, own JVM, -Xmx512m");
    row(
        "service process: peak RSS, MB",
        Stat.of(rss).show("%.0f"),
        "target < 1024; the pod's memory limit is 1 GiB");
    row("service process: peak heap used, MB", Stat.of(heap).show("%.0f"), "sampled every 500 ms");
  }

  /**
   * Everything but the model in the packaged service, alone in its JVM: pointed at an embedding
   * endpoint that hashes the text, so its process does all it does in production except run a
   * model. Its CPU time per document (from {@code /proc}) gives what the service alone needs; the
   * broker, Qdrant local and the endpoint run in this process, on the same cores.
   */
  private void serviceOverhead(List<Corpus.Doc> fourKb) throws Exception {
    Path jar = serviceJar("overhead, service process");
    if (jar == null) {
      return;
    }
    List<Corpus.Doc> warmUp = new ArrayList<>();
    for (Corpus.Doc d : Corpus.generate(warmUpDocs, 4096, 45)) {
      warmUp.add(new Corpus.Doc("warm-" + d.id(), d.contentType(), d.paragraphs()));
    }
    List<Measured> measured = serviceRuns(jar, warmUp, fourKb, Map.of());
    ownProcessRows(
        "overhead, service process",
        "the service alone",
        measured,
        "packaged service, trivial remote embedder, after "
            + warmUp.size()
            + " documents of warm-up; shares the cores",
        "broker + Qdrant local + embedder",
        "grpc: Qdrant local; data-plane, kafka: the broker; pool, HTTP: the embedding endpoint");
    // The same with every event's Qdrant writes sent on their own, and with vectors as JSON
    // numbers.
    variantRow(
        jar,
        warmUp,
        fourKb,
        "indexer.pipeline.write-batch-points",
        "0",
        "overhead, service process, Qdrant writes unbatched",
        "one request per event");
    variantRow(
        jar,
        warmUp,
        fourKb,
        "indexer.embedding.remote.encoding-format",
        "float",
        "overhead, service process, float vectors",
        "the default is base64");
  }

  /**
   * The rows of a pipeline measured in a process of its own ({@code what}, which is {@code alone}
   * on the cores) and of this process ({@code others}).
   */
  private void ownProcessRows(
      String what,
      String alone,
      List<Measured> measured,
      String note,
      String others,
      String othersNote) {
    List<Double> cpuPerDoc = measured.stream().map(Measured::cpuMs).toList();
    int cores = Runtime.getRuntime().availableProcessors();
    Stat cpu = Stat.of(cpuPerDoc);
    row(
        what + ": 4 KB documents/s",
        Stat.of(measured.stream().map(Measured::docsPerSecond).toList()).show("%.0f"),
        note);
    row(what + ": CPU per document, ms", cpu.show("%.3f"), "user + system time of its process");
    int medianRun = medianIndex(cpuPerDoc, cpu);
    row(
        what + ": CPU by thread, ms per document",
        measured.get(medianRun).byThread(),
        "the run of median CPU; threads by the kernel's names (15 characters), digits as #");
    row(
        "overhead, " + others + ": CPU per document, ms",
        Stat.of(measured.stream().map(Measured::infraCpuMs).toList()).show("%.3f"),
        "this process, on the same cores");
    row(
        "overhead, " + others + ": CPU by thread, ms per document",
        measured.get(medianRun).infraByThread(),
        othersNote);
    row(
        what + ": documents/s on " + cores + " cores",
        String.format(
            Locale.ROOT,
            "%.0f (%.0f–%.0f)",
            cores * 1000 / cpu.median(),
            cores * 1000 / cpu.max(),
            cores * 1000 / cpu.min()),
        "the cores divided by the CPU per document: "
            + alone
            + ", broker and Qdrant elsewhere; target >= 2000");
    Stat noJit = Stat.of(measured.stream().map(Measured::cpuMsWithoutJit).toList());
    row(
        what + ": documents/s on " + cores + " cores, JIT compiler excluded",
        String.format(
            Locale.ROOT,
            "%.0f (%.0f–%.0f)",
            cores * 1000 / noJit.median(),
            cores * 1000 / noJit.max(),
            cores * 1000 / noJit.min()),
        String.format(
            Locale.ROOT,
            "%.3f ms per document without the compiler threads, still compiling after the warm-up",
            noJit.median()));
  }

  /**
   * The pipeline alone with the trivial embedder in process, as the target states it: the
   * production topology in a JVM of its own ({@link PipelineProcess}), with the broker and Qdrant
   * local in this process. Warmed with {@link #pipelineWarmUpDocs} new versions of documents whose
   * every chunk changes (as much work as new documents, while Qdrant local, in this heap, keeps one
   * corpus), then measured on the 4 KB corpus.
   */
  private void pipelineProcessOverhead(Embedder trivial, List<Corpus.Doc> fourKb) throws Exception {
    List<Corpus.Doc> warmUp = Corpus.generate(pipelineWarmUpDocs, 4096, 46);
    List<Measured> measured = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      try (PipelineRun run =
          PipelineRun.inOwnProcess(kafka, qdrant, client, trivial, partitions, threads)) {
        for (int i = 0; i < warmUp.size(); i++) {
          Corpus.Doc d = warmUp.get(i);
          run.send(
              new Corpus.Doc("warm-" + i % docs, d.contentType(), d.paragraphs()), 1 + i / docs);
        }
        run.awaitStatuses(warmUp.size(), TIMEOUT);
        measured.add(measure(run, fourKb, 1, warmUp.size()));
      }
    }
    ownProcessRows(
        "overhead, pipeline process",
        "the pipeline alone",
        measured,
        "the production topology with the trivial embedder in process, in a JVM of its own (-Xmx512m), after "
            + warmUp.size()
            + " documents of warm-up; shares the cores",
        "broker + Qdrant local",
        "grpc: Qdrant local; data-plane, kafka: the broker");
  }

  /** A row for the service run with one setting changed from its default. */
  private void variantRow(
      Path jar,
      List<Corpus.Doc> warmUp,
      List<Corpus.Doc> docs,
      String key,
      String value,
      String measure,
      String note)
      throws Exception {
    List<Measured> measured = serviceRuns(jar, warmUp, docs, Map.of(key, value));
    List<Double> cpuPerDoc = measured.stream().map(Measured::cpuMs).toList();
    Stat cpu = Stat.of(cpuPerDoc);
    Stat noJit = Stat.of(measured.stream().map(Measured::cpuMsWithoutJit).toList());
    int cores = Runtime.getRuntime().availableProcessors();
    row(
        measure + ": CPU per document, ms",
        cpu.show("%.3f"),
        String.format(
            Locale.ROOT,
            "%s=%s (%s); JIT compiler excluded %s = %.0f documents/s on %d cores; by thread (run of median CPU): %s",
            key.substring(key.lastIndexOf('.') + 1),
            value,
            note,
            noJit.show("%.3f"),
            cores * 1000 / noJit.median(),
            cores,
            measured.get(medianIndex(cpuPerDoc, cpu)).byThread()));
  }

  /**
   * Runs of the packaged service pointed at the trivial endpoint (with {@code extra} settings):
   * each warmed with {@code warmUp}, then measured on {@code docs}.
   */
  private List<Measured> serviceRuns(
      Path jar, List<Corpus.Doc> warmUp, List<Corpus.Doc> docs, Map<String, String> extra)
      throws Exception {
    List<Measured> measured = new ArrayList<>();
    eachServiceRun(
        jar,
        extra,
        service -> {
          for (Corpus.Doc d : warmUp) {
            service.send(d, 1);
          }
          service.awaitStatuses(warmUp.size(), TIMEOUT);
          measured.add(measure(service, docs, 1, warmUp.size()));
        });
    return measured;
  }

  /** Documents indexed before the reconcile scenario measures, and in each of its phases. */
  private final int reconcileDocs = Integer.getInteger("bench.reconcile.docs", 4000);

  /**
   * What reconciliation costs indexing: the packaged service (trivial remote embedder, default
   * settings) indexes new 4 KB documents with no round running, then with rounds running back to
   * back (POST /admin/reconcile in a loop), then with none again; the rate with rounds is compared
   * with the mean of the two without. Also the rounds' own figures over the index so built.
   */
  private void reconcile() throws Exception {
    Path jar = serviceJar("reconcile, service process");
    if (jar == null) {
      return;
    }
    List<Double> ratios = new ArrayList<>();
    List<Double> roundSeconds = new ArrayList<>();
    List<Double> pointsPerRound = new ArrayList<>();
    List<Double> with = new ArrayList<>();
    List<Double> without = new ArrayList<>();
    List<Double> cpuWith = new ArrayList<>();
    List<Double> cpuWithout = new ArrayList<>();
    List<Double> cpuPerThousandPoints = new ArrayList<>();
    List<Double> roundFindings = new ArrayList<>();
    List<Double> roundRepairs = new ArrayList<>();
    List<Double> roundInFlight = new ArrayList<>();
    eachServiceRun(
        jar,
        Map.of(),
        service -> {
          long sent = 0;
          List<Corpus.Doc> seed = prefixed("seed-", Corpus.generate(reconcileDocs, 4096, 61));
          for (Corpus.Doc d : seed) {
            service.send(d, 1);
          }
          sent += seed.size();
          service.awaitStatuses(sent, TIMEOUT);
          List<Corpus.Doc> phase1 = prefixed("a-", Corpus.generate(reconcileDocs, 4096, 62));
          Measured off1 = measure(service, phase1, 1, sent);
          sent += phase1.size();
          List<Corpus.Doc> phase2 = prefixed("b-", Corpus.generate(reconcileDocs, 4096, 63));
          RoundLoop loop = new RoundLoop(service.api.resolve("/admin/reconcile"));
          Measured on = measure(service, phase2, 1, sent);
          List<double[]> rounds = loop.stop();
          sent += phase2.size();
          List<Corpus.Doc> phase3 = prefixed("c-", Corpus.generate(reconcileDocs, 4096, 64));
          Measured off2 = measure(service, phase3, 1, sent);
          double rateOff = (off1.docsPerSecond() + off2.docsPerSecond()) / 2;
          with.add(on.docsPerSecond());
          without.add(rateOff);
          ratios.add(on.docsPerSecond() / rateOff);
          cpuWith.add(on.cpuMs() + on.infraCpuMs());
          cpuWithout.add((off1.cpuMs() + off1.infraCpuMs() + off2.cpuMs() + off2.infraCpuMs()) / 2);
          cpuPerThousandPoints.add(roundCpuPerThousandPoints(service));
          rounds.forEach(
              r -> {
                roundFindings.add(r[2]);
                roundRepairs.add(r[3]);
                roundInFlight.add(r[4]);
                roundSeconds.add(r[0]);
                pointsPerRound.add(r[1]);
              });
        });
    row(
        "reconcile: indexing documents/s, no round running",
        Stat.of(without).show("%.1f"),
        "packaged service, trivial remote embedder; new 4 KB documents; mean of before and after");
    row(
        "reconcile: indexing documents/s, rounds back to back",
        Stat.of(with).show("%.1f"),
        "POST /admin/reconcile in a loop, default settings (1,000 points/s)");
    row(
        "reconcile: indexing rate with rounds / without",
        Stat.of(ratios).show("%.3f"),
        "target >= 0.90 (reconciliation slows indexing by at most 10 %)");
    row(
        "reconcile: CPU per indexed document, ms, no round / rounds back to back",
        Stat.of(cpuWithout).show("%.2f") + " / " + Stat.of(cpuWith).show("%.2f"),
        "the service's process and this one (broker, Qdrant local, embedding endpoint); the"
            + " rounds' own work included");
    int pace = 1000;
    row(
        "reconcile: CPU of a round per 1,000 points, ms",
        Stat.of(cpuPerThousandPoints).show("%.1f"),
        "a round on the idle service, both processes, less their idle CPU over as long");
    row(
        "reconcile: share of 2 cores a round takes at its default pace",
        Stat.of(cpuPerThousandPoints.stream().map(ms -> ms * pace / 1000 / 2000 * 100).toList())
            .show("%.1f %%"),
        "1,000 points/s x CPU per point / 2 cores: the most a round can take from indexing"
            + " on the same cores; target <= 10 %");
    row(
        "reconcile: rounds during indexing: findings / repairs / documents in flight",
        roundFindings.isEmpty()
            ? "none finished"
            : Stat.of(roundFindings).show("%.0f")
                + " / "
                + Stat.of(roundRepairs).show("%.0f")
                + " / "
                + Stat.of(roundInFlight).show("%.0f"),
        "an index that agrees: nothing found, nothing repaired");
    row(
        "reconcile: one round, s",
        roundSeconds.isEmpty() ? "none finished" : Stat.of(roundSeconds).show("%.1f"),
        "points per round: "
            + (pointsPerRound.isEmpty() ? "-" : Stat.of(pointsPerRound).show("%.0f")));
  }

  /**
   * CPU a round costs per 1,000 points it reads: both processes' CPU over one round on the idle
   * service, less what they use idle over as long (measured just before).
   */
  private static double roundCpuPerThousandPoints(ServiceProcess service) throws Exception {
    double idleStart = service.cpuSeconds() + ownCpuSeconds();
    long idleNanos = System.nanoTime();
    Thread.sleep(10_000);
    double idlePerSecond =
        (service.cpuSeconds() + ownCpuSeconds() - idleStart)
            / ((System.nanoTime() - idleNanos) / 1e9);
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    double cpuStart = service.cpuSeconds() + ownCpuSeconds();
    long start = System.nanoTime();
    java.net.http.HttpResponse<String> r =
        http.send(
            java.net.http.HttpRequest.newBuilder(service.api.resolve("/admin/reconcile"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = service.cpuSeconds() + ownCpuSeconds() - cpuStart - idlePerSecond * seconds;
    double points =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(r.body())
            .get("points")
            .asDouble();
    return cpu * 1000 / points * 1000;
  }

  private static List<Corpus.Doc> prefixed(String prefix, List<Corpus.Doc> docs) {
    return docs.stream()
        .map(d -> new Corpus.Doc(prefix + d.id(), d.contentType(), d.paragraphs()))
        .toList();
  }

  /** Reconciliation rounds asked for back to back until stopped: seconds and points of each. */
  private static final class RoundLoop {
    private final java.util.concurrent.atomic.AtomicBoolean stop =
        new java.util.concurrent.atomic.AtomicBoolean();
    private final List<double[]> rounds = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Thread thread;

    RoundLoop(java.net.URI uri) {
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      thread =
          new Thread(
              () -> {
                while (!stop.get()) {
                  try {
                    java.net.http.HttpResponse<String> r =
                        http.send(
                            java.net.http.HttpRequest.newBuilder(uri)
                                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                                .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                      com.fasterxml.jackson.databind.JsonNode report =
                          new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
                      int found = 0;
                      for (com.fasterxml.jackson.databind.JsonNode n : report.get("found")) {
                        found += n.asInt();
                      }
                      rounds.add(
                          new double[] {
                            report.get("millis").asDouble() / 1000,
                            report.get("points").asDouble(),
                            found,
                            report.get("reprocessed").asDouble() + report.get("deleted").asDouble(),
                            report.get("inFlight").asDouble()
                          });
                    } else {
                      Thread.sleep(200);
                    }
                  } catch (InterruptedException e) {
                    return;
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }
              },
              "bench-reconcile-loop");
      thread.setDaemon(true);
      thread.start();
    }

    List<double[]> stop() throws InterruptedException {
      stop.set(true);
      thread.join();
      return List.copyOf(rounds);
    }
  }

  /**
   * The packaged service, or null after a "not run" row for {@code scenario} when it is not built.
   */
  private Path serviceJar(String scenario) {
    Path jar =
        Path.of(System.getProperty("bench.service.jar", "target/quarkus-app/quarkus-run.jar"));
    if (Files.exists(jar)) {
      return jar;
    }
    row(scenario, "not run", "no " + jar + " (built by ./mvnw package)");
    return null;
  }

  /** What a benchmark does with one started service. */
  interface ServiceRun {
    void run(ServiceProcess service) throws Exception;
  }

  /**
   * Starts the packaged service {@link #runs} times against the trivial endpoint (with {@code
   * extra} settings), gives each to {@code each}, then frees its collection in Qdrant local.
   */
  private void eachServiceRun(Path jar, Map<String, String> extra, ServiceRun each)
      throws Exception {
    try (TrivialEmbeddingServer embeddings = new TrivialEmbeddingServer(model.dimension())) {
      Map<String, String> settings = new java.util.HashMap<>(trivialRemote(embeddings));
      settings.putAll(extra);
      for (int r = 0; r < runs; r++) {
        String collection;
        try (ServiceProcess service =
            ServiceProcess.start(jar, kafka, qdrant, partitions, "512m", settings)) {
          collection = service.collection;
          each.run(service);
        }
        client.deleteCollectionAsync(collection + "_v1").get(); // free Qdrant local's memory
      }
    }
  }

  /** The packaged service's settings for the trivial embedding endpoint. */
  private Map<String, String> trivialRemote(TrivialEmbeddingServer embeddings) {
    return Map.of(
        "indexer.embedding.model",
        "remote",
        "indexer.embedding.remote.url",
        embeddings.url().toString(),
        "indexer.embedding.remote.model-name",
        "trivial-hash",
        "indexer.embedding.remote.dimension",
        Integer.toString(model.dimension()),
        "indexer.embedding.remote.max-tokens",
        Integer.toString(model.maxTokens()),
        "indexer.embedding.remote.tokenizer",
        "all-minilm-l6-v2-q-tokenizer.json");
  }

  /**
   * What a batch of documents cost, in ms of CPU per document: the service's process in all, the
   * same without its JIT compiler threads, by thread, and this process (broker, Qdrant local, the
   * embedding endpoint).
   */
  record Measured(
      double docsPerSecond,
      double cpuMs,
      double cpuMsWithoutJit,
      String byThread,
      double infraCpuMs,
      String infraByThread) {}

  /**
   * A pipeline in a process of its own, the packaged service or {@link PipelineProcess}, fed by
   * this one.
   */
  interface OwnProcess {
    void send(Corpus.Doc doc, long version);

    void awaitStatuses(long total, Duration timeout);

    double cpuSeconds();

    Map<String, Double> cpuSecondsByThread();
  }

  /**
   * Sends {@code docs} at {@code version} to a service that has answered {@code statusesBefore}
   * events, and measures them.
   */
  private static Measured measure(
      OwnProcess service, List<Corpus.Doc> docs, long version, long statusesBefore) {
    double cpuBefore = service.cpuSeconds();
    double ownCpuBefore = ownCpuSeconds();
    Map<String, Double> threadsBefore = service.cpuSecondsByThread();
    Map<String, Double> ownThreadsBefore =
        ServiceProcess.cpuSecondsByThread(ProcessHandle.current().pid());
    long start = System.nanoTime();
    for (Corpus.Doc d : docs) {
      service.send(d, version);
    }
    service.awaitStatuses(statusesBefore + docs.size(), TIMEOUT);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuMs = (service.cpuSeconds() - cpuBefore) * 1000 / docs.size();
    double infraMs = (ownCpuSeconds() - ownCpuBefore) * 1000 / docs.size();
    Map<String, Double> threadsAfter = service.cpuSecondsByThread();
    double compilerMs =
        threadsAfter.entrySet().stream()
                .filter(e -> e.getKey().contains("CompilerThre"))
                .mapToDouble(e -> e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0.0))
                .sum()
            * 1000
            / docs.size();
    String byThread = perDocument(threadsBefore, threadsAfter, docs.size());
    String infraByThread =
        perDocument(
            ownThreadsBefore,
            ServiceProcess.cpuSecondsByThread(ProcessHandle.current().pid()),
            docs.size());
    System.out.println("  its process's CPU by thread, ms per document: " + byThread);
    System.out.println("  benchmark process CPU by thread, ms per document: " + infraByThread);
    return new Measured(
        docs.size() / seconds, cpuMs, cpuMs - compilerMs, byThread, infraMs, infraByThread);
  }

  /**
   * Cost growth in the packaged service alone: its CPU per document for {@link #GROWTH_MORE} new
   * documents once its collection and manifest hold 500, 2,000 and 8,000 documents. The service is
   * warmed first by editing the first 500 documents over and over, so the collection stays at 500
   * until the first measurement. CPU per document is the service's own, so the broker and Qdrant
   * local (which share this process and its heap with the benchmark) do not blur it.
   */
  private void serviceGrowth() throws Exception {
    Path jar = serviceJar("growth, service process");
    if (jar == null) {
      return;
    }
    int[] sizes = {500, 2000, 8000};
    List<Corpus.Doc> base = Corpus.generate(sizes[0], 4096, 44);
    List<Corpus.Doc> fresh = new ArrayList<>();
    for (Corpus.Doc d :
        Corpus.generate(sizes[sizes.length - 1] - sizes[0] + GROWTH_MORE, 4096, 47)) {
      fresh.add(new Corpus.Doc("grow-" + d.id(), d.contentType(), d.paragraphs()));
    }
    List<List<Measured>> bySize = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      bySize.add(new ArrayList<>());
    }
    eachServiceRun(
        jar,
        Map.of(),
        service -> {
          long statuses = 0;
          int version = 1;
          for (List<Corpus.Doc> round = base;
              statuses < warmUpDocs;
              round = PipelineRun.editAll(base, ++version)) {
            for (Corpus.Doc d : round) {
              service.send(d, version);
            }
            statuses += round.size();
            service.awaitStatuses(statuses, TIMEOUT);
          }
          int next = 0; // fresh documents sent so far: the service holds base.size() + next
          for (int i = 0; i < sizes.length; i++) {
            List<Corpus.Doc> fill = fresh.subList(next, sizes[i] - base.size());
            for (Corpus.Doc d : fill) {
              service.send(d, 1);
            }
            statuses += fill.size();
            service.awaitStatuses(statuses, TIMEOUT);
            next += fill.size();
            List<Corpus.Doc> more = fresh.subList(next, next + GROWTH_MORE);
            bySize.get(i).add(measure(service, more, 1, statuses));
            statuses += more.size();
            next += more.size();
          }
        });
    int cores = Runtime.getRuntime().availableProcessors();
    double[] medians = new double[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      Stat noJit = Stat.of(bySize.get(i).stream().map(Measured::cpuMsWithoutJit).toList());
      Stat all = Stat.of(bySize.get(i).stream().map(Measured::cpuMs).toList());
      medians[i] = noJit.median();
      row(
          "growth, service process: CPU per document at " + sizes[i] + " documents, ms",
          noJit.show("%.3f"),
          String.format(
              Locale.ROOT,
              "JIT compiler excluded (%s with it); %d new documents of 4 KB; = %.0f documents/s on %d cores",
              all.show("%.3f"),
              GROWTH_MORE,
              cores * 1000 / noJit.median(),
              cores));
    }
    row(
        "growth, service process: cost at " + sizes[sizes.length - 1] + " / cost at " + sizes[0],
        String.format(Locale.ROOT, "%.2f", medians[sizes.length - 1] / medians[0]),
        "medians of the rows above; target within 1.20");
  }

  /** The index of the value closest to the median: the run whose details are shown. */
  private static int medianIndex(List<Double> values, Stat stat) {
    return java.util.stream.IntStream.range(0, values.size())
        .boxed()
        .min(java.util.Comparator.comparingDouble(i -> Math.abs(values.get(i) - stat.median())))
        .orElseThrow();
  }

  /**
   * CPU per document by kind of thread between two snapshots, largest first, those under 0.02 ms
   * left out.
   */
  private static String perDocument(
      Map<String, Double> before, Map<String, Double> after, int documents) {
    StringBuilder b = new StringBuilder();
    after.entrySet().stream()
        .map(
            e ->
                Map.entry(
                    e.getKey(),
                    (e.getValue() - before.getOrDefault(e.getKey(), 0.0)) * 1000 / documents))
        .filter(e -> e.getValue() >= 0.02)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(
            e ->
                b.append(b.isEmpty() ? "" : ", ")
                    .append(
                        String.format(Locale.ROOT, "%s %.2f", e.getKey().strip(), e.getValue())));
    return b.toString();
  }

  /** CPU seconds of the in-process model's inference threads ("embedding-#"). */
  private static double modelCpu(Map<String, Double> byThread) {
    return byThread.entrySet().stream()
        .filter(e -> e.getKey().startsWith("embedding-") && !e.getKey().startsWith("embedding-b"))
        .mapToDouble(Map.Entry::getValue)
        .sum();
  }

  /**
   * CPU time of this process (the broker, Qdrant local and what else the benchmark runs), in
   * seconds.
   */
  private static double ownCpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  /**
   * End to end with the real model, for one and two stream threads (the model's threads are its
   * own).
   */
  private void parallelism(List<Corpus.Doc> corpus) throws Exception {
    List<Corpus.Doc> sample = corpus.subList(0, Math.min(corpus.size(), 150));
    for (int t : new int[] {1, 2, 4}) {
      List<Double> rates = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        try (PipelineRun run = new PipelineRun(kafka, client, model, partitions, t)) {
          rates.add(sample.size() / timed(run, sample, 1, sample.size()));
        }
      }
      row(
          "parallelism: " + t + " stream thread" + (t == 1 ? "" : "s") + ", documents/s",
          Stat.of(rates).show("%.1f"),
          sample.size()
              + " documents, real model, "
              + partitions
              + " partitions, "
              + Runtime.getRuntime().availableProcessors()
              + " cores");
    }
  }

  /** Texts of one model call the raw row tries; the best is reported. */
  private static final int[] RAW_BATCHES = {1, 16, 32, 64};

  private final java.util.Map<Integer, Stat> rawByBatch = new java.util.TreeMap<>();

  /** The texts the raw rows embed, and the call size at which the model went fastest. */
  private List<String> rawTexts = List.of();

  private int rawBestBatch = 16;

  /**
   * The raw model again, right before an end-to-end run, at its best call size over the first 1,000
   * texts: the machine's speed drifts, and a run is compared with the model as fast as it was at
   * that time.
   */
  private double rawBeside() {
    List<String> texts = rawTexts.subList(0, Math.min(rawTexts.size(), 1000));
    long start = System.nanoTime();
    for (int i = 0; i < texts.size(); i += rawBestBatch) {
      model.embed(texts.subList(i, Math.min(texts.size(), i + rawBestBatch)));
    }
    return texts.size() / ((System.nanoTime() - start) / 1e9);
  }

  /** Texts of one ONNX run the batched-tensor rows try. */
  private static final int[] TENSOR_BATCHES = {8, 16, 32};

  private final java.util.Map<Integer, Stat> tensorByBatch = new java.util.TreeMap<>();
  private final java.util.Map<Integer, Double> tensorCosine = new java.util.TreeMap<>();

  /**
   * The model alone over the texts the pipeline embeds (each chunk with its heading context), in
   * calls of each of {@link #RAW_BATCHES} texts (the model's threads share each call's texts),
   * after warm-up: chunks/s at the best call size.
   */
  private Stat rawModel(List<Corpus.Doc> corpus) throws Exception {
    MarkupNormaliser normaliser = new MarkupNormaliser();
    PiiRedactor redactor = PolicyPiiRedactor.of(PiiPolicy.defaults());
    TokenChunker chunker = PipelineRun.chunker(model);
    List<String> chunks = new ArrayList<>();
    for (Corpus.Doc d : corpus) {
      for (Chunk c :
          chunker.chunk(
              redactor.redactBlocks(normaliser.normalise(d.content(), d.contentType())))) {
        chunks.add(c.embedText());
      }
      if (chunks.size() >= 3000) {
        break;
      }
    }
    model.embed(chunks.subList(0, 200)); // warm-up
    rawTexts = chunks;
    Stat best = null;
    for (int batch : RAW_BATCHES) {
      List<Double> rates = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        long start = System.nanoTime();
        for (int i = 0; i < chunks.size(); i += batch) {
          model.embed(chunks.subList(i, Math.min(chunks.size(), i + batch)));
        }
        rates.add(chunks.size() / ((System.nanoTime() - start) / 1e9));
      }
      Stat stat = Stat.of(rates);
      rawByBatch.put(batch, stat);
      if (best == null || stat.median() > best.median()) {
        best = stat;
        rawBestBatch = batch;
      }
    }
    List<float[]> perText = model.embed(chunks);
    try (BatchedTensors tensors =
        new BatchedTensors("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json")) {
      tensors.embed(chunks.subList(0, 200), 16); // warm-up
      for (int batch : TENSOR_BATCHES) {
        List<Double> rates = new ArrayList<>();
        double minCosine = 1;
        for (int r = 0; r < runs; r++) {
          long start = System.nanoTime();
          List<float[]> vectors = tensors.embed(chunks, batch);
          rates.add(chunks.size() / ((System.nanoTime() - start) / 1e9));
          minCosine = Math.min(minCosine, BatchedTensors.minCosine(perText, vectors));
        }
        Stat stat = Stat.of(rates);
        tensorByBatch.put(batch, stat);
        tensorCosine.put(batch, minCosine);
        if (stat.median() > best.median()) {
          best = stat;
        }
      }
    }
    return best;
  }

  /** The raw model with many texts in one ONNX run: a row of its own, against the service's way. */
  private void tensorRow() {
    StringBuilder value = new StringBuilder();
    tensorByBatch.forEach(
        (batch, stat) ->
            value.append(String.format(Locale.ROOT, "%d: %s; ", batch, stat.show("%.1f"))));
    value.setLength(value.length() - 2);
    StringBuilder note =
        new StringBuilder(
            "texts sorted by length, one ONNX run per call, a thread per core; smallest cosine to"
                + " the per-text vector:");
    tensorCosine.forEach(
        (batch, cosine) -> note.append(String.format(Locale.ROOT, " %d: %.4f,", batch, cosine)));
    note.setLength(note.length() - 1);
    row(
        "raw model, texts batched in one tensor, chunks/s by texts a run",
        value.toString(),
        note.toString());
  }

  /** The raw row's note: every call size tried, the best first. */
  private String rawNote() {
    StringBuilder note =
        new StringBuilder(
            "in-process all-MiniLM-L6-v2 (quantized), after warm-up, the texts the pipeline embeds;"
                + " by texts a call:");
    rawByBatch.forEach(
        (batch, stat) ->
            note.append(String.format(Locale.ROOT, " %d: %.1f,", batch, stat.median())));
    note.setLength(note.length() - 1);
    return note.toString();
  }

  /** Event-to-searchable latency: p50, p95 and p99, each over the runs. */
  private List<Stat> latency(List<Corpus.Doc> corpus, double rate) throws Exception {
    return latency(corpus, rate, model);
  }

  /**
   * As above, the pipeline embedding with {@code embedder}; a fourth figure: the p99 of the
   * pipeline's own freshness histogram over the same events.
   */
  List<Stat> latency(List<Corpus.Doc> corpus, double rate, Embedder embedder) throws Exception {
    int n = Math.min(corpus.size(), Math.max(50, (int) (rate * 20)));
    List<Double> p50 = new ArrayList<>();
    List<Double> p95 = new ArrayList<>();
    List<Double> p99 = new ArrayList<>();
    List<Double> metricP99 = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      try (PipelineRun run = new PipelineRun(kafka, client, embedder, partitions, threads)) {
        Map<String, Long> pending = new ConcurrentHashMap<>();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        Thread poller =
            new Thread(
                () -> {
                  float[] query = model.embed(List.of("search")).get(0);
                  // Polls every 2 ms: a tighter loop would take a core from the pipeline it
                  // measures.
                  while (!Thread.currentThread().isInterrupted()) {
                    for (Map.Entry<String, Long> e : pending.entrySet()) {
                      if (searchable(run.collection, e.getKey(), query)) {
                        latencies.add((System.nanoTime() - e.getValue()) / 1e6);
                        pending.remove(e.getKey());
                      }
                    }
                    LockSupport.parkNanos(2_000_000);
                  }
                });
        poller.start();
        long intervalNanos = (long) (1e9 / rate);
        long next = System.nanoTime();
        for (int i = 0; i < n; i++) {
          Corpus.Doc d = corpus.get(i);
          long wait = next - System.nanoTime();
          if (wait > 0) {
            LockSupport.parkNanos(wait); // sleeps: a spinning producer would take a core
          }
          pending.put(d.id(), System.nanoTime());
          run.send(d, 1);
          run.flush();
          next += intervalNanos;
        }
        run.awaitStatuses(n, TIMEOUT);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
        poller.interrupt();
        poller.join();
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        p50.add(percentile(sorted, 50));
        p95.add(percentile(sorted, 95));
        p99.add(percentile(sorted, 99));
        metricP99.add(run.freshnessP99Millis());
      }
    }
    return List.of(Stat.of(p50), Stat.of(p95), Stat.of(p99), Stat.of(metricP99));
  }

  private boolean searchable(String collection, String documentId, float[] query) {
    try {
      SearchPoints.Builder req =
          SearchPoints.newBuilder()
              .setCollectionName(collection)
              .setLimit(1)
              .setFilter(
                  Filter.newBuilder()
                      .addMust(
                          ConditionFactory.matchKeyword(PayloadFields.DOCUMENT_ID, documentId)));
      for (float f : query) {
        req.addVector(f);
      }
      return !client.searchAsync(req.build()).get().isEmpty();
    } catch (Exception e) {
      return false;
    }
  }

  private static double percentile(List<Double> sorted, int p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static double peakRssMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    return Double.NaN;
  }

  private static double peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024.0 * 1024.0);
  }

  static final String START =
      "<!-- benchmark:start (written by the benchmark command; do not edit) -->";
  static final String END = "<!-- benchmark:end -->";

  /** Writes the table between the markers of BENCHMARKS.md, keeping what stands around them. */
  private void write() throws IOException {
    StringBuilder b = new StringBuilder();
    b.append(START).append("\n\n");
    b.append("Run on ")
        .append(LocalDate.now())
        .append(". Machine: ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores, ")
        .append(System.getProperty("os.name"))
        .append(' ')
        .append(System.getProperty("os.arch"))
        .append(", Java ")
        .append(System.getProperty("java.version"))
        .append(", max heap ")
        .append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
        .append(" MB.\n\n");
    b.append(
        String.format(
            Locale.ROOT,
            "Corpus: %d documents of about %d model tokens, plain text, markdown and HTML with personal data sprinkled in; "
                + "%d stream threads, %d partitions; every figure is the median of %d runs, (min–max) after it.%n%n",
            docs,
            tokens,
            threads,
            partitions,
            runs));
    b.append("| measure | value | note |\n|---|---|---|\n");
    for (String[] r : rows) {
      b.append("| ")
          .append(r[0])
          .append(" | ")
          .append(r[1])
          .append(" | ")
          .append(r[2])
          .append(" |\n");
    }
    b.append("\n").append(END);
    String existing = Files.exists(out) ? Files.readString(out) : "";
    int s = existing.indexOf(START);
    int e = existing.indexOf(END);
    String text =
        s >= 0 && e > s
            ? existing.substring(0, s) + b + existing.substring(e + END.length())
            : "# Benchmarks\n\nWritten by `./mvnw -Pbench verify` (see README.md).\n\n" + b + "\n";
    Files.writeString(out, text);
    System.out.println("Wrote " + out.toAbsolutePath());
  }
}
