package dev.indexer.testkit.qdrant;

/**
 * JSON null inside a payload. A sentinel instead of Java null so that "key present with value
 * null" (is_null true, is_empty true) stays distinct from "key missing" in maps and lists.
 */
enum JsonNull {
  INSTANCE;

  @Override
  public String toString() {
    return "null";
  }
}
