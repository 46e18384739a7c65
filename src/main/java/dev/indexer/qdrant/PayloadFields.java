package dev.indexer.qdrant;

/** Payload keys of an indexed chunk; filters and the search API use the same names. */
public final class PayloadFields {

  public static final String DOCUMENT_ID = "document_id";
  public static final String TENANT = "tenant";
  public static final String CHUNK_INDEX = "chunk_index";
  public static final String CHUNK_COUNT = "chunk_count";
  public static final String TEXT = "text";

  /** The headings above the chunk, such as "Install > Linux"; absent when there are none. */
  public static final String HEADING_PATH = "heading_path";

  public static final String VERSION = "version";
  public static final String CONTENT_HASH = "content_hash";
  public static final String TITLE = "title";
  public static final String SOURCE_URI = "source_uri";
  public static final String METADATA = "metadata";
  public static final String MODEL_ID = "model_id";
  public static final String PII_POLICY = "pii_policy";
  public static final String EVENT_TIME = "event_time";
  public static final String INDEXED_AT = "indexed_at";

  /**
   * The fence token of the change that wrote the point: it grows with every change of the document,
   * and a change replaces or removes only points of smaller tokens (see {@link Fences}).
   */
  public static final String FENCE = "fence";

  /**
   * The partition of the documents topic whose event wrote the point: reconciliation judges each
   * partition's points against that partition's manifests. Absent on points written before it was
   * recorded.
   */
  public static final String PARTITION = "source_partition";

  /** On a document's fence point: whether its newest change deleted it. */
  public static final String DELETED = "deleted";

  private PayloadFields() {}
}
