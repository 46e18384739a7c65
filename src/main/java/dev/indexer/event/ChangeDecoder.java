package dev.indexer.event;

import org.apache.kafka.common.header.Headers;

/**
 * Turns the raw key and value of a record of the input topic into a {@link DocumentChange}, in one
 * of the input formats ({@link EventDecoder}: the service's own events; {@code
 * dev.indexer.event.debezium.DebeziumDecoder}: Debezium change events of a table).
 */
public interface ChangeDecoder {

  /**
   * Decodes one record.
   *
   * @return the change, or {@code null} when the record concerns no document at all; a change that
   *     leaves a document's fields as they are (such as a change of table columns that are not
   *     mapped) is a change marked {@link DocumentChange#fieldsUnchanged()}, so that it still gets
   *     its status
   * @throws InvalidEventException for anything that cannot be used, with the reason
   * @throws RegistryUnavailableException while the schema registry cannot serve a schema that is
   *     not cached yet (transient: the event waits)
   */
  DocumentChange decode(String topic, Headers headers, byte[] key, byte[] value);
}
