package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;

/**
 * The fields of HL7 version 2 messages that hold a person's data, read by their place in the
 * segment, as the standard defines them: the patient's name (PID-5: family^given^middle), the
 * mother's maiden name (PID-6), birth date (PID-7) and street (the first part of PID-11); the name
 * of the next of kin (NK1-2); the doctors of a visit (PV1-7 to PV1-9: id^family^given).
 */
final class Hl7Segments {

  private Hl7Segments() {}

  /** Whether the text holds a message's header and a segment that this class reads. */
  static boolean in(String text) {
    return text.contains("MSH|")
        && (text.contains("PID|") || text.contains("NK1|") || text.contains("PV1|"));
  }

  static void persons(String text, List<Finding> out) {
    fields(text, "PID|", 5, (s, e) -> nameParts(text, s, e, 0, out));
    fields(text, "PID|", 6, (s, e) -> nameParts(text, s, e, 0, out));
    fields(text, "NK1|", 2, (s, e) -> nameParts(text, s, e, 0, out));
    for (int k = 7; k <= 9; k++) {
      fields(text, "PV1|", k, (s, e) -> nameParts(text, s, e, 1, out));
    }
  }

  static void births(String text, List<Finding> out) {
    fields(
        text,
        "PID|",
        7,
        (s, e) -> {
          int d = s;
          while (d < e && d - s < 8 && Scan.isDigit(text.charAt(d))) {
            d++;
          }
          if (d - s == 8) {
            out.add(new Finding(PiiType.DATE_OF_BIRTH, s, d, 0.9));
          }
        });
  }

  static void streets(String text, List<Finding> out) {
    fields(
        text,
        "PID|",
        11,
        (s, e) -> {
          int c = TableColumns.indexIn(text, '^', s, e);
          int end = c < 0 ? e : c;
          if (end > s && Scan.isDigit(text.charAt(s))) {
            out.add(new Finding(PiiType.STREET_ADDRESS, s, end, 0.85));
          }
        });
  }

  private interface Field {
    void at(int start, int end);
  }

  /** Calls {@code field} with field {@code index} of each segment that opens a line. */
  private static void fields(String text, String segment, int index, Field field) {
    int n = text.length();
    for (int i = text.indexOf(segment); i >= 0; i = text.indexOf(segment, i + 1)) {
      if (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
        continue;
      }
      int le = i;
      while (le < n && text.charAt(le) != '\n' && text.charAt(le) != '\r') {
        le++;
      }
      int s = i + segment.length();
      for (int k = 1; k < index && s <= le; k++) {
        int p = TableColumns.indexIn(text, '|', s, le);
        s = p < 0 ? le + 1 : p + 1;
      }
      if (s >= le) {
        continue;
      }
      int e = TableColumns.indexIn(text, '|', s, le);
      field.at(s, e < 0 ? le : e);
    }
  }

  /**
   * The parts of a name [s, e) split by carets, from part {@code from} (0 for family^given, 1 after
   * an id): each part of letters is a name, the first three at most.
   */
  private static void nameParts(String text, int s, int e, int from, List<Finding> out) {
    int part = 0;
    int p = s;
    while (p <= e && part < from + 3) {
      int c = TableColumns.indexIn(text, '^', p, e);
      int pe = c < 0 ? e : c;
      if (part >= from && pe - p >= 2 && letters(text, p, pe)) {
        out.add(new Finding(PiiType.PERSON, p, pe, 0.85));
      }
      part++;
      p = pe + 1;
    }
  }

  private static boolean letters(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '\'') {
        return false;
      }
    }
    return Character.isLetter(text.charAt(s));
  }
}
