package dev.indexer.event;

import io.quarkus.logging.Log;
import org.apache.avro.SystemLimitException;

/**
 * Avro's decoder limits, so that an event that declares a huge collection or string (a few forged
 * bytes) is refused before Avro allocates for it. Avro reads them once, from system properties,
 * when its {@link SystemLimitException} class is first used: they are set here unless the JVM was
 * started with its own, before any event is decoded.
 */
final class AvroLimits {

  /** Most items of one array or map: far above any real event (its metadata is at most 64). */
  static final int MAX_COLLECTION_ITEMS = 100_000;

  /** Longest string or byte field: above the largest event accepted (indexer.events.max-bytes). */
  static final int MAX_LENGTH = 64 * 1024 * 1024;

  private AvroLimits() {}

  static {
    setIfAbsent(SystemLimitException.MAX_COLLECTION_LENGTH_PROPERTY, MAX_COLLECTION_ITEMS);
    setIfAbsent(SystemLimitException.MAX_STRING_LENGTH_PROPERTY, MAX_LENGTH);
    setIfAbsent(SystemLimitException.MAX_BYTES_LENGTH_PROPERTY, MAX_LENGTH);
    if (!effective()) {
      Log.warnf(
          "Avro's decoder limits were read before they could be set: start the JVM with"
              + " -D%s=%d (and %s, %s) to bound what a forged event can make Avro allocate",
          SystemLimitException.MAX_COLLECTION_LENGTH_PROPERTY,
          MAX_COLLECTION_ITEMS,
          SystemLimitException.MAX_STRING_LENGTH_PROPERTY,
          SystemLimitException.MAX_BYTES_LENGTH_PROPERTY);
    }
  }

  /** Sets the limits, once per JVM (class initialisation). */
  static void apply() {}

  /** Whether Avro refuses a collection just above {@link #MAX_COLLECTION_ITEMS}. */
  static boolean effective() {
    try {
      SystemLimitException.checkMaxCollectionLength(MAX_COLLECTION_ITEMS + 1L);
      return false;
    } catch (SystemLimitException refused) {
      return true;
    }
  }

  private static void setIfAbsent(String property, int value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, Integer.toString(value));
    }
  }
}
