package dev.indexer.testkit.qdrant;

import io.qdrant.client.grpc.Collections.CollectionConfig;
import io.qdrant.client.grpc.Collections.CollectionParams;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.HnswConfigDiff;
import io.qdrant.client.grpc.Collections.MaxOptimizationThreads;
import io.qdrant.client.grpc.Collections.OptimizersConfigDiff;
import io.qdrant.client.grpc.Collections.WalConfigDiff;

/**
 * The configuration a collection reports: Qdrant's shipped defaults (config/config.yaml of
 * v1.17) overlaid with whatever the create (and later update) request set. Requests carry
 * "diff" messages, so merging is a plain protobuf merge of the given fields over the defaults.
 */
final class CollectionDefaults {
  private CollectionDefaults() {}

  static final HnswConfigDiff HNSW =
      HnswConfigDiff.newBuilder()
          .setM(16)
          .setEfConstruct(100)
          .setFullScanThreshold(10000)
          .setMaxIndexingThreads(0)
          .setOnDisk(false)
          .build();

  static final OptimizersConfigDiff OPTIMIZERS =
      OptimizersConfigDiff.newBuilder()
          .setDeletedThreshold(0.2)
          .setVacuumMinVectorNumber(1000)
          .setDefaultSegmentNumber(0)
          .setIndexingThreshold(10000)
          .setFlushIntervalSec(5)
          .setMaxOptimizationThreads(
              MaxOptimizationThreads.newBuilder()
                  .setSetting(MaxOptimizationThreads.Setting.Auto))
          .build();

  static final WalConfigDiff WAL =
      WalConfigDiff.newBuilder()
          .setWalCapacityMb(32)
          .setWalSegmentsAhead(0)
          .setWalRetainClosed(1)
          .build();

  /** Effective config of a collection created by {@code create}. */
  static CollectionConfig.Builder configFor(CreateCollection create) {
    CollectionParams.Builder params =
        CollectionParams.newBuilder()
            .setShardNumber(create.hasShardNumber() ? create.getShardNumber() : 1)
            .setOnDiskPayload(!create.hasOnDiskPayload() || create.getOnDiskPayload())
            .setReplicationFactor(create.hasReplicationFactor() ? create.getReplicationFactor() : 1)
            .setWriteConsistencyFactor(
                create.hasWriteConsistencyFactor() ? create.getWriteConsistencyFactor() : 1);
    if (create.hasVectorsConfig()) {
      params.setVectorsConfig(create.getVectorsConfig());
    }
    if (create.hasShardingMethod()) {
      params.setShardingMethod(create.getShardingMethod());
    }
    if (create.hasSparseVectorsConfig()) {
      params.setSparseVectorsConfig(create.getSparseVectorsConfig());
    }
    CollectionConfig.Builder config =
        CollectionConfig.newBuilder()
            .setParams(params)
            .setHnswConfig(HNSW.toBuilder().mergeFrom(create.getHnswConfig()))
            .setOptimizerConfig(OPTIMIZERS.toBuilder().mergeFrom(create.getOptimizersConfig()))
            .setWalConfig(WAL.toBuilder().mergeFrom(create.getWalConfig()))
            .putAllMetadata(create.getMetadataMap());
    if (create.hasOptimizersConfig() && create.getOptimizersConfig().hasMaxOptimizationThreads()) {
      // a oneof inside: take the request's choice as a whole rather than merging variants
      config.getOptimizerConfigBuilder()
          .setMaxOptimizationThreads(create.getOptimizersConfig().getMaxOptimizationThreads());
    }
    if (create.hasQuantizationConfig()) {
      config.setQuantizationConfig(create.getQuantizationConfig());
    }
    if (create.hasStrictModeConfig()) {
      config.setStrictModeConfig(create.getStrictModeConfig());
    }
    return config;
  }
}
