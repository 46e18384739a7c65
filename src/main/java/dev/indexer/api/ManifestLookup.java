package dev.indexer.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.indexer.api.DocumentResource.DocumentStatus;
import dev.indexer.auth.ApiKeyAuthenticationMechanism;
import dev.indexer.event.DocumentRef;
import dev.indexer.pipeline.IndexerTopology;
import dev.indexer.pipeline.Manifest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Finds a document's manifest wherever the replicas keep it. Each replica holds the manifests of
 * the partitions it processes (active tasks only: a standby copy may lag, so it never answers).
 *
 * <p>Without an advertised address ({@code indexer.api.advertised-address}) the replica answers
 * from its own store only, as a single replica does. With one, it asks its own store first, then
 * the replica that Kafka Streams' key metadata names for the key, then every other replica holding
 * active manifests, and answers with the first that has the document. The others are asked because
 * the key metadata assumes the document's record was partitioned by Kafka's default partitioner on
 * the text key {@code tenant/documentId}; an Avro key, or a producer with another partitioner
 * (librdkafka's default hashes with CRC32), puts it elsewhere. So a document found is one round
 * trip away for text keys from Java producers, and a missing one costs one request to each other
 * replica.
 *
 * <p>A request to another replica carries the caller's own credentials (the {@code Authorization}
 * and {@code X-API-Key} headers, nothing else) and the hop marker {@link #FORWARDED_HEADER}: the
 * other replica authenticates the caller again, builds the key from the caller's tenant again, and
 * answers from its own store only, never asking further. Nothing about the caller's tenant travels
 * but the caller's credentials, so another tenant's document is missing on every replica alike.
 *
 * <p>The answer is "missing" only when every replica holding manifests answered and this one runs
 * (not rebalancing); a replica that could not be asked, or a rebalance, makes it "unavailable" (503
 * with Retry-After) instead, since the document may be there.
 */
public final class ManifestLookup {

  /** Marks a request one replica sends another: answer from your own store, ask nobody. */
  public static final String FORWARDED_HEADER = "X-Indexer-Forwarded";

  /** The request headers that carry the caller's identity; the only ones sent on. */
  public static final List<String> CREDENTIAL_HEADERS =
      List.of("Authorization", ApiKeyAuthenticationMechanism.HEADER);

  /** What a 503 asks the caller to wait: about one rebalance step or a restarting replica. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(1);

  private static final Serializer<String> KEYS = new StringSerializer();

  /** What the replicas know about a document of the caller's tenant. */
  public sealed interface Answer permits Found, Missing, Unavailable, Refused {}

  /** The document's manifest, as the API shows it. */
  public record Found(DocumentStatus status) implements Answer {}

  /** No replica holding manifests has the document (or it is another tenant's: the same). */
  public record Missing() implements Answer {}

  /**
   * The replicas cannot tell now (rebalancing, a replica not reachable); {@code reason} names no
   * document and no tenant.
   */
  public record Unavailable(String reason, Duration retryAfter) implements Answer {}

  /** Another replica refused the caller's credentials (401 or 403): passed on as it is. */
  public record Refused(int status) implements Answer {}

  private final KafkaStreams streams;
  private final Optional<HostInfo> self;
  private final HttpClient http;
  private final ObjectMapper json;
  private final Duration timeout;

  /**
   * @param self the address this replica's API is advertised at to the others (Kafka Streams'
   *     {@code application.server}); empty: answer from the local store only
   * @param http sends requests to the other replicas (its connect timeout applies)
   * @param json reads another replica's answer (the API's JSON)
   * @param timeout how long one request to another replica may take before the answer is
   *     "unavailable"; a caller waits at most this long per replica asked
   */
  public ManifestLookup(
      KafkaStreams streams,
      Optional<HostInfo> self,
      HttpClient http,
      ObjectMapper json,
      Duration timeout) {
    this.streams = streams;
    this.self = self;
    this.http = http;
    this.json = json;
    this.timeout = timeout;
  }

  /**
   * @param credentials the caller's credential headers, by name (others are not sent on)
   * @param forwarded the request came from another replica: answer from the local store only
   */
  public Answer find(DocumentRef ref, Map<String, String> credentials, boolean forwarded) {
    if (self.isEmpty() || forwarded) {
      return local(ref);
    }
    KeyQueryMetadata key;
    List<HostInfo> holders = new ArrayList<>();
    try {
      key = streams.queryMetadataForKey(IndexerTopology.MANIFEST_STORE, ref.toString(), KEYS);
      for (StreamsMetadata m : streams.streamsMetadataForStore(IndexerTopology.MANIFEST_STORE)) {
        if (m.stateStoreNames().contains(IndexerTopology.MANIFEST_STORE)
            && !m.topicPartitions().isEmpty()) {
          holders.add(m.hostInfo());
        }
      }
    } catch (IllegalStateException | InvalidStateStoreException e) {
      return unavailable();
    }
    if (key == null
        || key == KeyQueryMetadata.NOT_AVAILABLE
        || key.activeHost().port() < 0
        || holders.isEmpty()) {
      return unavailable();
    }
    boolean unanswered = false;
    for (HostInfo host : askingOrder(key.activeHost(), holders)) {
      Answer answer =
          host.equals(self.get()) ? local(ref) : ask(http, json, timeout, host, ref, credentials);
      if (answer instanceof Found || answer instanceof Refused) {
        return answer;
      }
      unanswered |= answer instanceof Unavailable;
    }
    return unanswered ? unavailable() : new Missing();
  }

  /** This replica first (no round trip), then the owner by key metadata, then the others. */
  private List<HostInfo> askingOrder(HostInfo owner, List<HostInfo> holders) {
    List<HostInfo> order = new ArrayList<>();
    if (holders.contains(self.get())) {
      order.add(self.get());
    }
    if (!order.contains(owner)) {
      order.add(owner);
    }
    holders.stream().filter(h -> !order.contains(h)).forEach(order::add);
    return order;
  }

  /**
   * From this replica's active manifests. With replicas to ask, "missing" while this one rebalances
   * is not conclusive (a partition may be on its way here), so it is "unavailable".
   */
  private Answer local(DocumentRef ref) {
    Manifest m;
    try {
      ReadOnlyKeyValueStore<String, Manifest> store =
          streams.store(
              StoreQueryParameters.fromNameAndType(
                  IndexerTopology.MANIFEST_STORE, QueryableStoreTypes.keyValueStore()));
      m = store.get(ref.toString());
    } catch (InvalidStateStoreException e) {
      return new Unavailable(
          "manifests are not queryable yet (Kafka Streams is " + streams.state() + ")",
          RETRY_AFTER);
    }
    if (m != null) {
      return new Found(
          new DocumentStatus(
              ref.tenant(),
              ref.documentId(),
              m.version(),
              m.deleted(),
              m.chunks().size(),
              m.indexedAt(),
              m.modelId()));
    }
    if (self.isPresent() && streams.state() != KafkaStreams.State.RUNNING) {
      return unavailable();
    }
    return new Missing();
  }

  private static Unavailable unavailable() {
    return new Unavailable(
        "the replicas' partitions are being reassigned or a replica is not reachable", RETRY_AFTER);
  }

  /**
   * Asks another replica for the document with the caller's credentials and the hop marker. Its 404
   * is "not held there"; anything but 200, 404, 401 and 403, or no answer within {@code timeout},
   * is "unavailable".
   */
  static Answer ask(
      HttpClient http,
      ObjectMapper json,
      Duration timeout,
      HostInfo host,
      DocumentRef ref,
      Map<String, String> credentials) {
    String authority = host.host().indexOf(':') >= 0 ? "[" + host.host() + "]" : host.host();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://"
                        + authority
                        + ":"
                        + host.port()
                        + "/documents/"
                        + pathSegment(ref.documentId())))
            .timeout(timeout)
            .header("Accept", "application/json")
            .header(FORWARDED_HEADER, "1")
            .GET();
    credentials.forEach(
        (name, value) -> {
          if (value != null && CREDENTIAL_HEADERS.stream().anyMatch(name::equalsIgnoreCase)) {
            request.header(name, value);
          }
        });
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      return unavailable();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return unavailable();
    }
    switch (response.statusCode()) {
      case 200:
        return found(json, ref, response.body());
      case 404:
        return new Missing();
      case 401, 403:
        return new Refused(response.statusCode());
      default:
        return unavailable();
    }
  }

  /** Another replica's document, if it is the one asked for (anything else is not trusted). */
  private static Answer found(ObjectMapper json, DocumentRef ref, byte[] body) {
    DocumentStatus status;
    try {
      status = json.readValue(body, DocumentStatus.class);
    } catch (IOException e) {
      return unavailable();
    }
    if (status == null
        || !ref.tenant().equals(status.tenant())
        || !ref.documentId().equals(status.documentId())) {
      return unavailable();
    }
    return new Found(status);
  }

  /**
   * Percent-encodes a path segment: every byte of the UTF-8 form but RFC 3986's unreserved ones.
   */
  static String pathSegment(String text) {
    StringBuilder sb = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        sb.append(c);
      } else {
        sb.append('%')
            .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return sb.toString();
  }
}
