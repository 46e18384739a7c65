package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Secrets that a file's format places rather than a setting's name: the user and password of a
 * .pgpass line ({@code host:port:database:user:password}) and the values under {@code data:} or
 * {@code stringData:} of a Kubernetes Secret.
 */
final class SecretFiles {

  private SecretFiles() {}

  static void find(String text, List<Finding> out) {
    if (text.indexOf(':') < 0) {
      return;
    }
    findPgpassLines(text, out);
    int handledTo = -1;
    for (int kind = text.indexOf("kind: Secret");
        kind >= 0;
        kind = text.indexOf("kind: Secret", kind + 1)) {
      int e = kind + "kind: Secret".length();
      if (kind >= handledTo && (e == text.length() || Character.isWhitespace(text.charAt(e)))) {
        // Not "kind: SecretProviderClass"; a document read once, whatever it lists.
        handledTo = findSecretData(text, kind, out);
      }
    }
  }

  /**
   * A line of exactly five colon-separated fields without spaces: a host (a name, an address or
   * "*"), a port (digits or "*"), a database and a user (names or "*"), and a password that is no
   * placeholder. The user and password together are the secret, as "curl -u" gives them.
   */
  private static void findPgpassLines(String text, List<Finding> out) {
    int n = text.length();
    boolean named = Scan.lower(text).contains("pgpass");
    int ls = 0;
    while (ls < n) {
      int le = Scan.lineEnd(text, ls);
      int s = ls;
      while (s < le && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
        s++;
      }
      int e = le;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      int[] colons = colons(text, s, e);
      if (colons != null
          && hostField(text, s, colons[0])
          && portField(text, colons[0] + 1, colons[1], named)
          && nameField(text, colons[1] + 1, colons[2])
          && nameField(text, colons[2] + 1, colons[3])
          && !"*".equals(text.substring(colons[2] + 1, colons[3]))
          && e - colons[3] > 4
          && !SecretValues.placeholder(text.substring(colons[3] + 1, e))) {
        out.add(new Finding(PiiType.API_KEY_OR_SECRET, colons[2] + 1, e, 0.8));
      }
      ls = le + 1;
    }
  }

  /** The four colons of [s, e) when it has exactly four and no space, else null. */
  private static int[] colons(String text, int s, int e) {
    if (e - s < 12 || e - s > 300) {
      return null;
    }
    int[] at = new int[4];
    int k = 0;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        return null;
      }
      if (c == ':') {
        if (k == 4) {
          return null;
        }
        at[k++] = i;
      }
    }
    return k == 4 ? at : null;
  }

  private static boolean hostField(String text, int s, int e) {
    return star(text, s, e)
        || nameChars(text, s, e)
            && (hasLetter(text, s, e) || TableColumns.count(text, '.', s, e) == 3);
  }

  private static boolean portField(String text, int s, int e, boolean named) {
    if (e - s == 1 && text.charAt(s) == '*') {
      return true;
    }
    if (!named && !(e - s == 4 && text.startsWith("543", s))) {
      return false;
    }
    if (e - s < 2 || e - s > 5) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if (!Scan.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean nameField(String text, int s, int e) {
    return star(text, s, e) || nameChars(text, s, e) && hasLetter(text, s, e);
  }

  private static boolean star(String text, int s, int e) {
    return e - s == 1 && text.charAt(s) == '*';
  }

  /** Letters, digits, dots, dashes and underscores, as names of hosts, databases and users. */
  private static boolean nameChars(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (!(Scan.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) {
        return false;
      }
    }
    return e > s;
  }

  private static boolean hasLetter(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (Scan.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The values of the {@code data:} (base64) and {@code stringData:} (plain) maps of a manifest of
   * kind Secret: every key of those maps holds a secret, whatever its name.
   */
  private static int findSecretData(String text, int kind, List<Finding> out) {
    int docStart = text.lastIndexOf("\n---", kind);
    int docEnd = text.indexOf("\n---", kind);
    int from = docStart < 0 ? 0 : docStart + 4;
    int to = docEnd < 0 ? text.length() : docEnd;
    int ls = from;
    int mapIndent = -1;
    boolean base64 = false;
    while (ls < to) {
      int le = Math.min(Scan.lineEnd(text, ls), to);
      int s = ls;
      while (s < le && text.charAt(s) == ' ') {
        s++;
      }
      int indent = s - ls;
      if (s == le || (s + 1 == le && text.charAt(s) == '\r')) {
        mapIndent = -1; // a blank line ends the map: what follows is prose or another part
      } else if (text.charAt(s) != '#') {
        boolean field = manifestField(text, s);
        // Under the map, indented; or at its margin as the service leaves lines, up to the next
        // field of the manifest.
        if (mapIndent >= 0 && (indent > mapIndent || indent == mapIndent && !field)) {
          value(text, s, le, base64, out);
        } else if (text.startsWith("data:", s) || text.startsWith("stringData:", s)) {
          mapIndent = indent;
          base64 = text.startsWith("data:", s);
        } else {
          mapIndent = -1;
        }
      }
      ls = le + 1;
    }
    return to;
  }

  /** The fields of a manifest beside its data, which end the data's map. */
  private static final List<String> TOP_LEVEL =
      List.of(
          "apiVersion:", "kind:", "metadata:", "type:", "immutable:", "data:", "stringData:", "- ");

  private static boolean manifestField(String text, int s) {
    for (String f : TOP_LEVEL) {
      if (text.startsWith(f, s)) {
        return true;
      }
    }
    return false;
  }

  /** Keys of a Secret's data that name where or who, not the secret itself. */
  private static final Set<String> NOT_SECRET_KEYS =
      Set.of(
          "user",
          "username",
          "user-name",
          "user_name",
          "login",
          "email",
          "host",
          "hostname",
          "port",
          "database",
          "db",
          "dbname",
          "name",
          "region",
          "endpoint",
          "url",
          "uri");

  /** "password: c2VjcmV0" under data: the value after the key's colon, unquoted. */
  private static void value(String text, int s, int le, boolean base64, List<Finding> out) {
    int colon = s;
    while (colon + 1 < le && !(text.charAt(colon) == ':' && text.charAt(colon + 1) == ' ')) {
      colon++;
    }
    if (colon + 1 >= le
        || TableColumns.indexIn(text, ' ', s, colon) >= 0 // "Please rotate: ...": prose, no key
        || NOT_SECRET_KEYS.contains(text.substring(s, colon).toLowerCase(Locale.ROOT))) {
      return;
    }
    int vs = colon + 2;
    while (vs < le && text.charAt(vs) == ' ') {
      vs++;
    }
    int ve = le;
    while (ve > vs && Character.isWhitespace(text.charAt(ve - 1))) {
      ve--;
    }
    if (ve - vs >= 2
        && (text.charAt(vs) == '"' || text.charAt(vs) == '\'')
        && text.charAt(ve - 1) == text.charAt(vs)) {
      vs++;
      ve--;
    }
    if (ve - vs < (base64 ? 8 : 4)) {
      return;
    }
    String v = text.substring(vs, ve);
    if (SecretValues.placeholder(v) || v.equals("|") || v.equals(">")) {
      return;
    }
    if (base64) {
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (!(Scan.isLetterOrDigit(c) || c == '+' || c == '/' || c == '=')) {
          return;
        }
      }
    }
    out.add(new Finding(PiiType.API_KEY_OR_SECRET, vs, ve, 0.85));
  }
}
