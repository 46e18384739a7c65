package dev.indexer.event;

import dev.indexer.event.InvalidEventException.Reason;
import java.util.Set;
import org.apache.kafka.common.header.Headers;

/**
 * The one stage where a record of the documents topic becomes a change or is rejected with its
 * reason, before anything else is done for it: its size, then its decoding (form, key and value
 * naming the same document, operation), then its ids and fields against the limits, then its
 * content type. An event rejected here costs no manifest read, no model and no Qdrant call, and
 * gets its reason whatever the document's state (an older event of an unsupported type is not
 * hidden as stale).
 */
public final class EventIntake {

  private final ChangeDecoder decoder;
  private final EventLimits limits;
  private final Set<String> mediaTypes;

  /**
   * @param mediaTypes the media types the text stage reads (see {@link DocumentChange#mediaType})
   */
  public EventIntake(ChangeDecoder decoder, EventLimits limits, Set<String> mediaTypes) {
    this.decoder = decoder;
    this.limits = limits;
    this.mediaTypes = Set.copyOf(mediaTypes);
  }

  /**
   * The change the record carries, or {@code null} when it changes no document (see {@link
   * ChangeDecoder#decode}): nothing is done for it.
   *
   * @throws InvalidEventException when it cannot be used, with the reason
   * @throws RegistryUnavailableException while the schema registry cannot serve a schema that is
   *     not cached yet (transient: the event waits)
   */
  public DocumentChange accept(String topic, Headers headers, byte[] key, byte[] value) {
    limits.checkSize(value);
    DocumentChange change = decoder.decode(topic, headers, key, value);
    if (change == null) {
      return null;
    }
    limits.check(change);
    if (change.operation() == DocumentChange.Operation.UPSERT
        && !mediaTypes.contains(change.mediaType())) {
      throw new InvalidEventException(
          Reason.UNKNOWN_CONTENT_TYPE, "unsupported content type (supported: " + mediaTypes + ")");
    }
    return change;
  }
}
