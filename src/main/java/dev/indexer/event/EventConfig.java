package dev.indexer.event;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/**
 * Limits on incoming events (see {@link EventLimits}). An event over any of them is dead-lettered
 * with a reason that names the property; lengths count characters (UTF-16 units).
 */
@ConfigMapping(prefix = "indexer.events")
public interface EventConfig {

  /** Largest event value accepted, in bytes. */
  @WithDefault("10485760")
  @Positive
  int maxBytes();

  /** Longest tenant. */
  @WithDefault("128")
  @Positive
  int maxTenantLength();

  /** Longest document id. */
  @WithDefault("512")
  @Positive
  int maxDocumentIdLength();

  /** Longest event id. */
  @WithDefault("256")
  @Positive
  int maxEventIdLength();

  /** Most metadata entries of one event. */
  @WithDefault("64")
  @Positive
  int maxMetadataEntries();

  /** Longest metadata key. */
  @WithDefault("128")
  @Positive
  int maxMetadataKeyLength();

  /** Longest metadata value. */
  @WithDefault("4096")
  @Positive
  int maxMetadataValueLength();

  /**
   * Longest metadata in all, keys and values added up. The metadata is copied onto every chunk's
   * point, so it multiplies the size of a document's Qdrant writes.
   */
  @WithDefault("32768")
  @Positive
  int maxMetadataLength();

  /** Longest title. */
  @WithDefault("1024")
  @Positive
  int maxTitleLength();

  /** Longest source URI. */
  @WithDefault("4096")
  @Positive
  int maxSourceUriLength();

  /**
   * Most chunks of one document. Its manifest (about 130 bytes a chunk) is one Kafka record of the
   * changelog, which must stay below the broker's message size (1 MB by default).
   */
  @WithDefault("2000")
  @Positive
  int maxChunks();
}
