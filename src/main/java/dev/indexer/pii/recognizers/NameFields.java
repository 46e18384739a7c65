package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names as the quoted value of a name field in code and data: JSON ({@code "fullName": "Hyun-woo
 * Park"}), keyword arguments and assignments ({@code name="Olamide Adebayo"}), XML attributes and
 * elements ({@code <firstName>Wendell</firstName>}). A field that holds nothing but a person's name
 * (its key, without case, underscores or hyphens, is a person-only column or ends in one: {@code
 * billing_last_name}) takes any name-shaped value; a general one ({@code name}, {@code owner}) a
 * value of one to five capitalised words each of which is a listed name or no common word ({@code
 * CommonWords}), with two words at least when none is listed.
 */
final class NameFields {

  /** Endings of keys that hold nothing but a person's name. */
  private static final List<String> PERSON_KEY_ENDINGS =
      List.of("fullname", "firstname", "lastname", "surname", "givenname", "familyname");

  private static final Set<String> PERSON_KEYS = normalised(NameColumns.PERSON_ONLY_COLUMNS);
  private static final Set<String> NAME_KEYS = normalised(NameColumns.NAME_COLUMNS);

  private final NameColumns columns;
  private final NameLists names;

  NameFields(NameColumns columns, NameLists names) {
    this.columns = columns;
    this.names = names;
  }

  private static Set<String> normalised(Set<String> columns) {
    Set<String> keys = new HashSet<>();
    for (String c : columns) {
      keys.add(key(c));
    }
    return Set.copyOf(keys);
  }

  private static String key(String raw) {
    StringBuilder k = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '_' && c != '-' && c != ' ') {
        k.append(Character.toLowerCase(c));
      }
    }
    return k.toString();
  }

  /**
   * Every capitalised word of [s, e) is a listed name or no common word: "Olamide Adebayo", "Maria
   * Garcia", not "Quarterly Report" or "Data Loader".
   */
  private boolean noCommonWord(String text, int s, int e) {
    int i = s;
    while (i < e) {
      int we = Math.min(e, NameWords.wordEnd(text, i));
      if (we > i && Character.isUpperCase(text.charAt(i))) {
        String w = text.substring(i, we);
        if (CommonWords.contains(w) && !names.isFirst(w) && !names.isLast(w)) {
          return false;
        }
      }
      i = Math.max(we, i + 1);
    }
    return true;
  }

  /** Reports the values of name fields that are shaped like a name. */
  void find(String text, List<Finding> out) {
    if (text.indexOf("</") >= 0) {
      elements(text, out);
    }
    if (text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
      return;
    }
    int n = text.length();
    for (int p = 1; p < n - 2; p++) {
      char sep = text.charAt(p);
      if (sep != ':' && sep != '=') {
        continue;
      }
      int q = p + 1;
      while (q < n && q - p <= 3 && text.charAt(q) == ' ') {
        q++;
      }
      if (q >= n || (text.charAt(q) != '"' && text.charAt(q) != '\'')) {
        continue;
      }
      char quote = text.charAt(q);
      int s = q + 1;
      int e = s;
      while (e < n && e - s <= 60 && text.charAt(e) != quote && text.charAt(e) != '\n') {
        e++;
      }
      if (e >= n || text.charAt(e) != quote || e == s) {
        continue;
      }
      String k = keyBefore(text, p);
      if (k != null) {
        value(text, s, e, k, out);
      }
      p = e;
    }
  }

  /**
   * The text of XML elements named as name fields: {@code <firstName>Wendell</firstName>}, {@code
   * <name type="legal">Tendai Mushonga</name>}; a namespace prefix of the tag does not count.
   */
  private void elements(String text, List<Finding> out) {
    int n = text.length();
    for (int c = text.indexOf("</"); c >= 0; c = text.indexOf("</", c + 2)) {
      int ts = c + 2;
      int te = ts;
      while (te < n && te - ts <= 40 && (keyChar(text.charAt(te)) || text.charAt(te) == ':')) {
        te++;
      }
      if (te == ts || te >= n || text.charAt(te) != '>') {
        continue;
      }
      int s = c;
      while (s > 0 && c - s <= 60 && "<>\n".indexOf(text.charAt(s - 1)) < 0) {
        s--;
      }
      if (s == c || s == 0 || text.charAt(s - 1) != '>') {
        continue;
      }
      // The opening tag of the same name right before the value.
      int open = text.lastIndexOf('<', s - 1);
      String tag = text.substring(ts, te);
      if (open < 0
          || s - open > 200
          || !text.startsWith(tag, open + 1)
          || " >".indexOf(text.charAt(open + 1 + tag.length())) < 0) {
        continue;
      }
      int colon = tag.lastIndexOf(':');
      String k = key(colon >= 0 ? tag.substring(colon + 1) : tag);
      int firstEnd = Math.min(c, NameWords.wordEnd(text, s));
      // A general element ("<name>") names plugins and products too: a listed given name first.
      if (personOnly(k, text, s, c) || names.isFirst(text.substring(s, firstEnd))) {
        value(text, s, c, k, out);
      }
    }
  }

  /**
   * Whether a "given" key stands within 80 characters of the value at {@code s}: a record's name
   * parts (FHIR's {"given": ..., "family": ...}), where a family key of one word holds a surname;
   * "family": "Sans Serif" is a font's.
   */
  private static boolean givenBeside(String text, int s) {
    int from = Math.max(0, s - 80);
    int to = Math.min(text.length(), s + 80);
    String around = text.substring(from, to);
    return around.contains("\"given\"") || around.contains("'given'");
  }

  /** The key before the separator at {@code p}, normalised, or null when none is there. */
  private static String keyBefore(String text, int p) {
    int e = p;
    while (e > 0 && p - e < 2 && text.charAt(e - 1) == ' ') {
      e--;
    }
    if (e > 0 && (text.charAt(e - 1) == '"' || text.charAt(e - 1) == '\'')) {
      e--;
    }
    int s = e;
    while (s > 0 && e - s <= 40 && keyChar(text.charAt(s - 1))) {
      s--;
    }
    if (s == e
        || !Character.isLetter(text.charAt(s))
        || s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) {
      return null;
    }
    return key(text.substring(s, e));
  }

  private static boolean keyChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-');
  }

  private static boolean personOnly(String k, String text, int s, int e) {
    return PERSON_KEYS.contains(k)
        || PERSON_KEY_ENDINGS.stream().anyMatch(k::endsWith)
        || (k.equals("family") && givenBeside(text, s) && !TableColumns.containsSpace(text, s, e));
  }

  private void value(String text, int s, int e, String k, List<Finding> out) {
    boolean personOnly = personOnly(k, text, s, e);
    if (!personOnly && !NAME_KEYS.contains(k)) {
      return;
    }
    while (s < e && text.charAt(s) == ' ') {
      s++;
    }
    while (e > s && text.charAt(e - 1) == ' ') {
      e--;
    }
    if (e <= s) {
      return;
    }
    int firstEnd = NameWords.wordEnd(text, s);
    boolean brand = !personOnly && ProductNames.BRANDS.contains(text.substring(s, firstEnd));
    if (!brand
        && columns.nameCell(text, s, e, personOnly, true)
        && (personOnly || noCommonWord(text, s, e))) {
      out.add(new Finding(PiiType.PERSON, s, e, 0.7));
    }
  }
}
