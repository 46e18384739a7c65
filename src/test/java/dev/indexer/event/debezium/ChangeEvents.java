package dev.indexer.event.debezium;

import java.util.Map;

/**
 * Change events of the table {@code public.documents} in one of the forms Debezium writes, for the
 * tests that check every form ends the same.
 */
interface ChangeEvents {

  /** The table's columns and their Kafka Connect types; a schema change adds to them. */
  Map<String, String> columns();

  /** The key of a row: its primary key {@code (tenant, id)}. */
  byte[] key(String tenant, int id);

  /** The envelope of a change; the LSN and commit time grow with every call. */
  byte[] value(String op, Map<String, Object> before, Map<String, Object> after);
}
