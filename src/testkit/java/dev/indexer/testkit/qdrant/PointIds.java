package dev.indexer.testkit.qdrant;

import io.qdrant.client.grpc.Common.PointId;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses wire point ids. UUID strings follow the Rust {@code uuid} crate that Qdrant uses:
 * simple (32 hex), hyphenated (8-4-4-4-12), braced ({...}) and {@code urn:uuid:} forms, hex in
 * any case. Anything else, and an id with neither variant set, is INVALID_ARGUMENT.
 */
final class PointIds {
  private static final String URN_PREFIX = "urn:uuid:";

  private PointIds() {}

  static PointKey parse(PointId id) {
    return switch (id.getPointIdOptionsCase()) {
      case NUM -> new PointKey.Num(id.getNum());
      case UUID -> parseUuid(id.getUuid());
      default -> throw Errors.invalid("No ID options provided");
    };
  }

  static List<PointKey> parseAll(List<PointId> ids) {
    List<PointKey> keys = new ArrayList<>(ids.size());
    for (PointId id : ids) {
      keys.add(parse(id));
    }
    return keys;
  }

  static PointKey.Uuid parseUuid(String text) {
    String hex = uuidHex(text);
    if (hex == null) {
      throw Errors.invalid("Unable to parse UUID: " + text);
    }
    long high = Long.parseUnsignedLong(hex.substring(0, 16), 16);
    long low = Long.parseUnsignedLong(hex.substring(16), 16);
    return new PointKey.Uuid(high, low);
  }

  /** Returns the 32 hex digits of a UUID string in one of the accepted forms, else null. */
  private static String uuidHex(String text) {
    String body = text;
    boolean wrapped = false;
    if (body.startsWith(URN_PREFIX)) {
      body = body.substring(URN_PREFIX.length());
      wrapped = true;
    } else if (body.length() == 38 && body.startsWith("{") && body.endsWith("}")) {
      body = body.substring(1, 37);
      wrapped = true;
    }
    if (wrapped && body.length() != 36) {
      return null; // braced and urn forms wrap the hyphenated form only
    }
    if (body.length() == 36) {
      for (int dash : new int[] {8, 13, 18, 23}) {
        if (body.charAt(dash) != '-') {
          return null;
        }
      }
      body =
          body.substring(0, 8)
              + body.substring(9, 13)
              + body.substring(14, 18)
              + body.substring(19, 23)
              + body.substring(24);
    }
    if (body.length() != 32) {
      return null;
    }
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      boolean hexDigit = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (!hexDigit) {
        return null;
      }
    }
    return body;
  }
}
