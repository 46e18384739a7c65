package dev.indexer.event.debezium;

import java.util.List;
import java.util.Optional;

/**
 * The mapping of table columns to document fields ({@link DebeziumConfig}), checked.
 *
 * @param tenantColumn the tenant's column, or empty when every row has {@code tenant}
 * @param metadataColumns columns copied into the metadata
 */
public record DebeziumMapping(
    String documentIdColumn,
    Optional<String> tenantColumn,
    Optional<String> tenant,
    Optional<String> titleColumn,
    String contentColumn,
    Optional<String> contentTypeColumn,
    String contentType,
    Optional<String> sourceUriColumn,
    List<String> metadataColumns,
    VersionSource versionSource,
    Optional<String> versionColumn) {

  /**
   * @throws IllegalArgumentException naming the property when neither a tenant nor its column is
   *     set, or a version column is needed and not set
   */
  public DebeziumMapping {
    metadataColumns = List.copyOf(metadataColumns);
    if (tenantColumn.isEmpty() && tenant.isEmpty()) {
      throw new IllegalArgumentException(
          "indexer.debezium.columns.tenant or indexer.debezium.tenant must be set");
    }
    if (versionSource == VersionSource.COLUMN && versionColumn.isEmpty()) {
      throw new IllegalArgumentException(
          "indexer.debezium.columns.version must be set with indexer.debezium.version-source=column");
    }
  }

  /** The mapping a configuration describes. */
  public static DebeziumMapping of(DebeziumConfig config) {
    DebeziumConfig.Columns c = config.columns();
    return new DebeziumMapping(
        c.documentId(),
        c.tenant(),
        config.tenant(),
        c.title(),
        c.content(),
        c.contentType(),
        config.contentType(),
        c.sourceUri(),
        c.metadata().orElse(List.of()),
        config.versionSource(),
        c.version());
  }

  /** Every mapped column: a change that touches none of them changes no document. */
  List<String> mappedColumns() {
    java.util.ArrayList<String> all = new java.util.ArrayList<>();
    all.add(documentIdColumn);
    tenantColumn.ifPresent(all::add);
    titleColumn.ifPresent(all::add);
    all.add(contentColumn);
    contentTypeColumn.ifPresent(all::add);
    sourceUriColumn.ifPresent(all::add);
    all.addAll(metadataColumns);
    if (versionSource == VersionSource.COLUMN) {
      versionColumn.ifPresent(all::add);
    }
    return all;
  }
}
