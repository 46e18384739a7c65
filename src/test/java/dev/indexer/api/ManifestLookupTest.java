package dev.indexer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.indexer.api.DocumentResource.DocumentStatus;
import dev.indexer.auth.ApiKeyAuthenticationMechanism;
import dev.indexer.event.DocumentRef;
import dev.indexer.pipeline.IndexerTopology;
import dev.indexer.pipeline.StreamsHarness;
import dev.indexer.testkit.HashEmbedder;
import dev.indexer.testkit.qdrant.QdrantLocal;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /documents/{id}} with two replicas: two Kafka Streams instances of the real topology on
 * the in-process broker, each behind a small HTTP endpoint that does what {@link DocumentResource}
 * does (the caller's tenant from its credentials, then {@link ManifestLookup}). Every document of a
 * four-partition topic is answered the same from either replica; another tenant's document is a 404
 * from either, exactly like a missing one; a request that was already forwarded is never forwarded
 * again; a replica that cannot be reached makes the answer a 503 with Retry-After, never a 404.
 */
class ManifestLookupTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final String ACME_KEY = "key-of-acme";
  private static final String GLOBEX_KEY = "key-of-globex";
  private static final Map<String, String> TENANTS = Map.of(ACME_KEY, "acme", GLOBEX_KEY, "globex");

  /** As Quarkus' own mapper writes the API's JSON: java.time values as ISO-8601 text. */
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private static QdrantLocal qdrant;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void startQdrant() {
    qdrant = QdrantLocal.start();
  }

  @AfterAll
  static void stopQdrant() {
    qdrant.close();
  }

  @Test
  void everyDocumentIsAnsweredFromEitherReplicaAndOtherTenantsStayMissing() throws Exception {
    try (StreamsHarness h = new StreamsHarness(qdrant, new HashEmbedder(16, 64), 4);
        Replica a = new Replica();
        Replica b = new Replica()) {
      List<String> acme = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        acme.add("doc-" + i);
        h.sendUpsert(
            "acme", "doc-" + i, 3, "Document number " + i + ". It has one sentence more.", null);
      }
      for (int i = 0; i < 10; i++) {
        h.sendUpsert("globex", "secret-" + i, 1, "Globex internal note " + i + ".", null);
      }
      KafkaStreams sa = startBoth(h, a, b);

      for (String id : acme) {
        for (Replica r : List.of(a, b)) {
          HttpResponse<String> res = get(r, id, ACME_KEY, false);
          assertThat(res.statusCode()).as("%s from replica %s", id, r.address()).isEqualTo(200);
          DocumentStatus status = JSON.readValue(res.body(), DocumentStatus.class);
          assertThat(status.tenant()).isEqualTo("acme");
          assertThat(status.documentId()).isEqualTo(id);
          assertThat(status.version()).isEqualTo(3L);
          assertThat(status.chunkCount()).isPositive();
        }
      }
      assertThat(a.forwardedIn.get() + b.forwardedIn.get())
          .as(
              "each document asked once at its owner (answered there) and once elsewhere (forwarded once)")
          .isEqualTo(acme.size());
      assertThat(a.forwardedIn.get()).isPositive();
      assertThat(b.forwardedIn.get()).isPositive();

      // Another tenant's id, asked from either replica, reads exactly like an id never indexed.
      String missing = get(a, "never-indexed", ACME_KEY, false).body();
      for (Replica r : List.of(a, b)) {
        for (int i = 0; i < 10; i++) {
          HttpResponse<String> res = get(r, "secret-" + i, ACME_KEY, false);
          assertThat(res.statusCode()).isEqualTo(404);
          assertThat(res.body()).isEqualTo(missing).doesNotContain("secret");
        }
        assertThat(get(r, "doc-1", GLOBEX_KEY, false).statusCode()).isEqualTo(404);
        assertThat(get(r, "secret-1", GLOBEX_KEY, false).statusCode())
            .as("its own tenant reads it")
            .isEqualTo(200);
      }
    }
  }

  @Test
  void aForwardedRequestIsAnsweredLocallyAndNeverForwardedAgain() throws Exception {
    try (StreamsHarness h = new StreamsHarness(qdrant, new HashEmbedder(16, 64), 4);
        Replica a = new Replica();
        Replica b = new Replica()) {
      sendDocuments(h, 20);
      KafkaStreams sa = startBoth(h, a, b);

      // A rebalance may still follow the first assignment (cooperative rounds, a probing
      // rebalance): the replica then answers 503 for a while, as it should. So each answer is
      // awaited, with the owners read again, and the other replica must never be asked meanwhile.
      int before = b.requests.get();
      await()
          .atMost(TIMEOUT)
          .untilAsserted(
              () ->
                  assertThat(get(a, firstOwnedBy(sa, b, 20), ACME_KEY, true).statusCode())
                      .as("not held here, and not asked further")
                      .isEqualTo(404));
      assertThat(b.requests.get()).isEqualTo(before);
      await()
          .atMost(TIMEOUT)
          .untilAsserted(
              () ->
                  assertThat(get(a, firstOwnedBy(sa, a, 20), ACME_KEY, true).statusCode())
                      .as("held here")
                      .isEqualTo(200));
      assertThat(b.requests.get()).isEqualTo(before);
    }
  }

  @Test
  void aDocumentOnAPartitionItsKeyDoesNotHashToIsStillFound() throws Exception {
    // Producers that partition otherwise than Kafka's Java client (librdkafka's default, Avro keys)
    // put a document where its text key does not hash to: the owner by key metadata is then wrong.
    try (StreamsHarness h = new StreamsHarness(qdrant, new HashEmbedder(16, 64), 4);
        Replica a = new Replica();
        Replica b = new Replica()) {
      sendDocuments(h, 8);
      KafkaStreams sa = startBoth(h, a, b);

      String key = "acme/elsewhere";
      int hashed = Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 4;
      HostInfo hashedOwner = ownerOf(sa, hashed);
      int other = -1;
      for (int p = 0; p < 4; p++) {
        if (!ownerOf(sa, p).equals(hashedOwner)) {
          other = p;
        }
      }
      assertThat(other).as("a partition of the other replica").isNotNegative();
      h.sendUpsert("acme", "elsewhere", 7, "Written where its key does not hash to.", other);
      h.awaitStatuses(TIMEOUT);

      for (Replica r : List.of(a, b)) {
        HttpResponse<String> res = get(r, "elsewhere", ACME_KEY, false);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(JSON.readValue(res.body(), DocumentStatus.class).version()).isEqualTo(7L);
      }
    }
  }

  @Test
  void anUnreachableOwnerIsA503WithRetryAfterNeverA404() throws Exception {
    try (StreamsHarness h = new StreamsHarness(qdrant, new HashEmbedder(16, 64), 4);
        Replica a = new Replica();
        Replica b = new Replica()) {
      sendDocuments(h, 20);
      KafkaStreams sa = startBoth(h, a, b);
      String ofB = firstOwnedBy(sa, b, 20);
      String ofA = firstOwnedBy(sa, a, 20);

      b.close(); // its API is gone; its Kafka Streams instance still owns its partitions

      HttpResponse<String> res = get(a, ofB, ACME_KEY, false);
      assertThat(res.statusCode()).isEqualTo(503);
      assertThat(res.headers().firstValue("Retry-After")).contains("1");
      assertThat(res.body()).doesNotContain(ofB);
      assertThat(get(a, "never-indexed", ACME_KEY, false).statusCode())
          .as("a replica that did not answer may hold it")
          .isEqualTo(503);
      assertThat(get(a, ofA, ACME_KEY, false).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void anInstanceWithoutMetadataYetAnswers503() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.table("unused-topic", Materialized.as(IndexerTopology.MANIFEST_STORE));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "never-started");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1");
    props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, "localhost:2");
    props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
    props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
    try (KafkaStreams streams = new KafkaStreams(builder.build(), props)) {
      ManifestLookup lookup =
          new ManifestLookup(
              streams,
              Optional.of(new HostInfo("localhost", 2)),
              client,
              JSON,
              Duration.ofSeconds(1));

      assertThat(lookup.find(new DocumentRef("acme", "doc-1"), Map.of(), false))
          .isInstanceOf(ManifestLookup.Unavailable.class);
      assertThat(lookup.find(new DocumentRef("acme", "doc-1"), Map.of(), true))
          .isInstanceOf(ManifestLookup.Unavailable.class);
    }
  }

  @Test
  void onlyTheCallersCredentialsAndTheHopMarkerAreSentOn() throws Exception {
    Map<String, String> received = new LinkedHashMap<>();
    HttpServer peer = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    peer.createContext(
        "/",
        ex -> {
          ex.getRequestHeaders()
              .forEach((k, v) -> received.put(k.toLowerCase(), String.join(",", v)));
          received.put("path", ex.getRequestURI().getRawPath());
          respond(ex, 404, "");
        });
    peer.start();
    try {
      Map<String, String> credentials = new LinkedHashMap<>();
      credentials.put("Authorization", "Bearer t0ken");
      credentials.put(ApiKeyAuthenticationMechanism.HEADER, "k3y");
      credentials.put("Cookie", "session=1");
      ManifestLookup.Answer answer =
          ManifestLookup.ask(
              client,
              JSON,
              Duration.ofSeconds(5),
              new HostInfo("localhost", peer.getAddress().getPort()),
              new DocumentRef("acme", "a b/ä?#%"),
              credentials);

      assertThat(answer).isInstanceOf(ManifestLookup.Missing.class);
      assertThat(received)
          .containsEntry("authorization", "Bearer t0ken")
          .containsEntry("x-api-key", "k3y")
          .containsEntry(ManifestLookup.FORWARDED_HEADER.toLowerCase(), "1")
          .doesNotContainKey("cookie")
          .containsEntry("path", "/documents/a%20b%2F%C3%A4%3F%23%25");
    } finally {
      peer.stop(0);
    }
  }

  @Test
  void anotherReplicasAnswerCountsOnlyForTheDocumentAskedAndRefusalsArePassedOn() throws Exception {
    AtomicInteger status = new AtomicInteger();
    java.util.concurrent.atomic.AtomicReference<String> body =
        new java.util.concurrent.atomic.AtomicReference<>("");
    HttpServer peer = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    peer.createContext("/", ex -> respond(ex, status.get(), body.get()));
    peer.start();
    try {
      HostInfo host = new HostInfo("localhost", peer.getAddress().getPort());
      DocumentRef ref = new DocumentRef("acme", "doc-1");
      java.util.function.Supplier<ManifestLookup.Answer> ask =
          () -> ManifestLookup.ask(client, JSON, Duration.ofSeconds(5), host, ref, Map.of());

      status.set(200);
      body.set(
          JSON.writeValueAsString(
              new DocumentStatus("acme", "doc-1", 4L, false, 2, java.time.Instant.EPOCH, "m")));
      assertThat(ask.get())
          .isEqualTo(
              new ManifestLookup.Found(
                  new DocumentStatus("acme", "doc-1", 4L, false, 2, java.time.Instant.EPOCH, "m")));
      body.set(
          JSON.writeValueAsString(
              new DocumentStatus("globex", "doc-1", 4L, false, 2, java.time.Instant.EPOCH, "m")));
      assertThat(ask.get())
          .as("another tenant's document")
          .isInstanceOf(ManifestLookup.Unavailable.class);
      body.set("not json");
      assertThat(ask.get()).isInstanceOf(ManifestLookup.Unavailable.class);
      body.set("");
      status.set(401);
      assertThat(ask.get()).isEqualTo(new ManifestLookup.Refused(401));
      status.set(403);
      assertThat(ask.get()).isEqualTo(new ManifestLookup.Refused(403));
      status.set(500);
      assertThat(ask.get()).isInstanceOf(ManifestLookup.Unavailable.class);
      status.set(503);
      assertThat(ask.get()).isInstanceOf(ManifestLookup.Unavailable.class);
    } finally {
      peer.stop(0);
    }
  }

  // ---------------------------------------------------------------------------------- helpers

  private ManifestLookup lookup(KafkaStreams streams, Replica self) {
    return new ManifestLookup(
        streams, Optional.of(self.hostInfo()), client, JSON, Duration.ofSeconds(5));
  }

  private HttpResponse<String> get(Replica r, String id, String apiKey, boolean forwarded)
      throws Exception {
    HttpRequest.Builder req =
        HttpRequest.newBuilder(
                URI.create(
                    "http://" + r.address() + "/documents/" + ManifestLookup.pathSegment(id)))
            .header(ApiKeyAuthenticationMechanism.HEADER, apiKey)
            .timeout(Duration.ofSeconds(30));
    if (forwarded) {
      req.header(ManifestLookup.FORWARDED_HEADER, "1");
    }
    return client.send(req.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Documents doc-0 to doc-(count - 1) of tenant acme, version 1. */
  private static void sendDocuments(StreamsHarness h, int count) {
    for (int i = 0; i < count; i++) {
      h.sendUpsert("acme", "doc-" + i, 1, "Document number " + i + ".", null);
    }
  }

  /**
   * Starts an instance behind each replica's endpoint, waits until both own partitions, and returns
   * the first.
   */
  private KafkaStreams startBoth(StreamsHarness h, Replica a, Replica b) throws Exception {
    KafkaStreams sa = h.startAdvertising(a.address());
    a.serve(lookup(sa, a));
    KafkaStreams sb = h.startAdvertising(b.address());
    b.serve(lookup(sb, b));
    h.awaitStatuses(TIMEOUT);
    awaitBothOwnPartitions(sa, sb);
    return sa;
  }

  /**
   * Waits until both instances run and each owns some of the store's partitions, and have done so
   * for two seconds on end (a rebalance that follows the first assignment starts within that).
   */
  private static void awaitBothOwnPartitions(KafkaStreams sa, KafkaStreams sb) {
    await()
        .during(Duration.ofSeconds(2))
        .atMost(TIMEOUT)
        .until(
            () ->
                sa.state() == KafkaStreams.State.RUNNING
                    && sb.state() == KafkaStreams.State.RUNNING
                    && sa.streamsMetadataForStore(IndexerTopology.MANIFEST_STORE).stream()
                            .filter(
                                m ->
                                    m.stateStoreNames().contains(IndexerTopology.MANIFEST_STORE)
                                        && !m.topicPartitions().isEmpty())
                            .count()
                        == 2);
  }

  private static HostInfo ownerOf(KafkaStreams streams, int partition) {
    for (StreamsMetadata m : streams.streamsMetadataForStore(IndexerTopology.MANIFEST_STORE)) {
      if (m.topicPartitions().stream().anyMatch(tp -> tp.partition() == partition)) {
        return m.hostInfo();
      }
    }
    throw new AssertionError("partition " + partition + " has no owner");
  }

  private static String firstOwnedBy(KafkaStreams streams, Replica r, int count) {
    for (int i = 0; i < count; i++) {
      KeyQueryMetadata m =
          streams.queryMetadataForKey(
              IndexerTopology.MANIFEST_STORE, "acme/doc-" + i, Serdes.String().serializer());
      if (m.activeHost().equals(r.hostInfo())) {
        return "doc-" + i;
      }
    }
    throw new AssertionError("no document of " + r.address());
  }

  private static void respond(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
    ex.close();
  }

  /**
   * One replica's read API for documents, as {@link DocumentResource} serves it: the tenant from
   * the caller's API key (401 without one), the hop marker read, the answer of the lookup mapped to
   * a status. Counts the requests it gets, and those that were forwarded to it.
   */
  private static final class Replica implements AutoCloseable {
    final HttpServer server;
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger forwardedIn = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean closed =
        new java.util.concurrent.atomic.AtomicBoolean();
    private volatile ManifestLookup lookup;

    Replica() throws IOException {
      server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
      server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
      server.createContext("/documents/", this::handle);
      server.start();
    }

    String address() {
      return "localhost:" + server.getAddress().getPort();
    }

    HostInfo hostInfo() {
      return new HostInfo("localhost", server.getAddress().getPort());
    }

    void serve(ManifestLookup lookup) {
      this.lookup = lookup;
    }

    private void handle(HttpExchange ex) throws IOException {
      requests.incrementAndGet();
      String apiKey = ex.getRequestHeaders().getFirst(ApiKeyAuthenticationMechanism.HEADER);
      String tenant = apiKey == null ? null : TENANTS.get(apiKey);
      if (tenant == null) {
        respond(ex, 401, "");
        return;
      }
      boolean forwarded = ex.getRequestHeaders().containsKey(ManifestLookup.FORWARDED_HEADER);
      if (forwarded) {
        forwardedIn.incrementAndGet();
      }
      String raw = ex.getRequestURI().getRawPath().substring("/documents/".length());
      String id = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
      Map<String, String> credentials = Map.of(ApiKeyAuthenticationMechanism.HEADER, apiKey);
      ManifestLookup.Answer answer =
          lookup.find(new DocumentRef(tenant, id), credentials, forwarded);
      if (answer instanceof ManifestLookup.Found found) {
        ex.getResponseHeaders().add("Content-Type", "application/json");
        respond(ex, 200, JSON.writeValueAsString(found.status()));
      } else if (answer instanceof ManifestLookup.Missing) {
        respond(ex, 404, "{\"error\":\"no such document has been indexed\"}");
      } else if (answer instanceof ManifestLookup.Unavailable u) {
        ex.getResponseHeaders().add("Retry-After", Long.toString(u.retryAfter().toSeconds()));
        respond(ex, 503, "{\"error\":\"" + u.reason() + "\"}");
      } else if (answer instanceof ManifestLookup.Refused refused) {
        respond(ex, refused.status(), "");
      }
    }

    @Override
    public void close() {
      if (!closed.compareAndSet(false, true)) {
        return;
      }
      server.stop(0);
      ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
  }
}
