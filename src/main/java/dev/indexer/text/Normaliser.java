package dev.indexer.text;

import java.util.List;

/** Turns document content of a given media type into the blocks that are redacted and chunked. */
public interface Normaliser {

  /**
   * The blocks of {@code content} in document order, each with non-blank text (none for {@code
   * null}) whose line breaks are kept as {@link TextBlock} describes; an unsupported content type
   * throws {@link dev.indexer.event.InvalidEventException}, a permanent error of that event.
   */
  List<TextBlock> normalise(String content, String contentType);

  /** The media types it reads, lower case and without parameters. */
  java.util.Set<String> mediaTypes();
}
