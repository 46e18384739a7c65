package dev.indexer.testkit.qdrant;

/**
 * Collection-name validation as Qdrant does it: 1..255 characters everywhere; creating a
 * collection additionally rejects characters that are illegal in file names on any OS, while
 * every other call only rejects the legacy set ('/' and NUL) so old collections stay reachable.
 */
final class CollectionNames {
  private static final String STRICT_INVALID = "<>:\"/\\|?*\0\u001F";
  private static final String LEGACY_INVALID = "/\0";
  private static final int MAX_LENGTH = 255;

  private CollectionNames() {}

  /** Validation for CreateCollection. */
  static void validateForCreate(String name) {
    validate(name, STRICT_INVALID);
  }

  /** Validation for every other call that names a collection (or alias). */
  static void validate(String name) {
    validate(name, LEGACY_INVALID);
  }

  private static void validate(String name, String invalidChars) {
    int length = name.codePointCount(0, name.length());
    if (length < 1 || length > MAX_LENGTH) {
      throw Errors.invalid(
          "Validation error in body: [collection_name: value must be between 1 and 255 characters]");
    }
    for (int i = 0; i < invalidChars.length(); i++) {
      char c = invalidChars.charAt(i);
      if (name.indexOf(c) >= 0) {
        throw Errors.invalid(
            "Validation error in body: [collection_name: collection name cannot contain \""
                + c
                + "\" char]");
      }
    }
  }
}
