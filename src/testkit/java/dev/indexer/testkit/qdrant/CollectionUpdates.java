package dev.indexer.testkit.qdrant;

import io.qdrant.client.grpc.Collections.CollectionConfig;
import io.qdrant.client.grpc.Collections.CollectionParams;
import io.qdrant.client.grpc.Collections.CollectionParamsDiff;
import io.qdrant.client.grpc.Collections.QuantizationConfig;
import io.qdrant.client.grpc.Collections.QuantizationConfigDiff;
import io.qdrant.client.grpc.Collections.UpdateCollection;
import io.qdrant.client.grpc.Collections.VectorParamsDiff;

/**
 * Applies an UpdateCollection request to the reported config. Only the reported config
 * changes: nothing here affects search results (no HNSW, no quantization).
 */
final class CollectionUpdates {
  private CollectionUpdates() {}

  static void apply(CollectionConfig.Builder config, UpdateCollection update) {
    if (update.hasOptimizersConfig()) {
      config.getOptimizerConfigBuilder().mergeFrom(update.getOptimizersConfig());
      if (update.getOptimizersConfig().hasMaxOptimizationThreads()) {
        config.getOptimizerConfigBuilder()
            .setMaxOptimizationThreads(update.getOptimizersConfig().getMaxOptimizationThreads());
      }
    }
    if (update.hasHnswConfig()) {
      config.getHnswConfigBuilder().mergeFrom(update.getHnswConfig());
    }
    if (update.hasParams()) {
      applyParams(config.getParamsBuilder(), update.getParams());
    }
    if (update.hasVectorsConfig() && update.getVectorsConfig().hasParams()
        && config.getParams().getVectorsConfig().hasParams()) {
      VectorParamsDiff diff = update.getVectorsConfig().getParams();
      var params = config.getParamsBuilder().getVectorsConfigBuilder().getParamsBuilder();
      if (diff.hasHnswConfig()) {
        params.getHnswConfigBuilder().mergeFrom(diff.getHnswConfig());
      }
      if (diff.hasOnDisk()) {
        params.setOnDisk(diff.getOnDisk());
      }
    }
    if (update.hasQuantizationConfig()) {
      applyQuantization(config, update.getQuantizationConfig());
    }
    if (update.hasStrictModeConfig()) {
      config.getStrictModeConfigBuilder().mergeFrom(update.getStrictModeConfig());
    }
    config.putAllMetadata(update.getMetadataMap());
  }

  private static void applyParams(CollectionParams.Builder params, CollectionParamsDiff diff) {
    if (diff.hasReplicationFactor()) {
      params.setReplicationFactor(diff.getReplicationFactor());
    }
    if (diff.hasWriteConsistencyFactor()) {
      params.setWriteConsistencyFactor(diff.getWriteConsistencyFactor());
    }
    if (diff.hasOnDiskPayload()) {
      params.setOnDiskPayload(diff.getOnDiskPayload());
    }
    if (diff.hasReadFanOutFactor()) {
      params.setReadFanOutFactor(diff.getReadFanOutFactor());
    }
    if (diff.hasReadFanOutDelayMs()) {
      params.setReadFanOutDelayMs(diff.getReadFanOutDelayMs());
    }
  }

  private static void applyQuantization(CollectionConfig.Builder config, QuantizationConfigDiff diff) {
    switch (diff.getQuantizationCase()) {
      case SCALAR -> config.setQuantizationConfig(
          QuantizationConfig.newBuilder().setScalar(diff.getScalar()));
      case PRODUCT -> config.setQuantizationConfig(
          QuantizationConfig.newBuilder().setProduct(diff.getProduct()));
      case BINARY -> config.setQuantizationConfig(
          QuantizationConfig.newBuilder().setBinary(diff.getBinary()));
      case DISABLED -> config.clearQuantizationConfig();
      default -> {}
    }
  }
}
