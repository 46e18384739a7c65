package dev.indexer.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;

/** How the replicas of the service reach each other's read API. */
@ConfigMapping(prefix = "indexer.api")
public interface ApiConfig {

  /**
   * Where the other replicas reach this replica's API, as {@code host:port}; it becomes Kafka
   * Streams' {@code application.server}, which every replica learns through the consumer group.
   * With it, {@code GET /documents/{id}} answers for every document: one held by another replica is
   * fetched from that replica with the caller's own credentials. Unset: each replica answers only
   * for the partitions it processes, and a document of another replica's partition is a 404, which
   * is right for a single replica only. Every replica needs its own value (the chart and manifests
   * use the pod's name under the headless Service, which survives restarts). A value that is not
   * {@code host:port} fails the start.
   */
  @WithConverter(HostInfoConverter.class)
  Optional<HostInfo> advertisedAddress();
}
