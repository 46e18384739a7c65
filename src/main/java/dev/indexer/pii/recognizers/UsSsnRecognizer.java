package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US social security numbers, AAA-GG-SSSS, following the SSA's allocation rules: area not 000, 666
 * or 900-999, group not 00, serial not 0000, and the numbers published in advertising only next to
 * an SSN cue and never beside a word that calls them a sample or placeholder. Dashed numbers count
 * unless the context says they are something else; spaced, dotted or bare digits count only next to
 * an SSN cue.
 */
public final class UsSsnRecognizer implements Recognizer {

  private static final Pattern CANDIDATE =
      Pattern.compile(
          "(?<![0-9A-Za-z.\\-/])([0-9]{3})( - |[-. ]?)([0-9]{2})\\2([0-9]{4})(?![0-9A-Za-z]|[.\\-/][0-9A-Za-z])");
  private static final Set<String> ADVERTISED = Set.of("078051120", "219099999", "123456789");
  private static final String[] CUES = {
    "ssn",
    "social security",
    "soc. sec",
    "soc sec",
    "taxpayer",
    "ssa",
    "itin",
    "sozialversicherungs",
    "seguro social",
    "an sinh xã hội"
  };

  /** Cues that begin other words too ("tin" in "tinted"): whole words only. */
  private static final String[] CUE_WORDS = {"tin", "ss#", "ss no"};

  /** Column names under which a spaced or bare number is an SSN (CSV, pipe tables, SQL). */
  private static final Set<String> COLUMNS =
      Set.of(
          "ssn",
          "ssn itin",
          "ss#",
          "ss no",
          "soc sec",
          "soc sec no",
          "social security",
          "social security no",
          "social security number",
          "employee ssn",
          "ssn number",
          "tin");

  /** Words that mark a published sample number as a sample even next to an SSN cue. */
  private static final String[] PLACEHOLDER = {
    "placeholder", "sample", "example", "dummy", "fake", "invalid", "test", "like "
  };

  private static final String[] NOT_SSN = {
    "phone",
    "tel",
    "fax",
    "order",
    "invoice",
    "ticket",
    "isbn",
    "tracking",
    "expediente",
    "docket",
    "application",
    "claim",
    "dossier",
    "aktenzeichen",
    "p/n",
    "mpn",
    "s/n",
    "catalog",
    "catalogue"
  };

  /** Register words that begin other words ("part" in "partial", "ref" in "refund"). */
  private static final String[] NOT_SSN_WORDS = {"part", "ref", "sku", "zip", "case", "file no"};

  @Override
  public Set<PiiType> types() {
    return Set.of(PiiType.US_SSN);
  }

  @Override
  public void find(String text, List<Finding> out) {
    Matcher m = Scan.matcher(CANDIDATE, text);
    int n = text.length();
    String lower = Scan.lower(text);
    boolean named = lower.contains("ssn") || lower.contains("social security");
    int[] cells = named ? TableColumns.cells(text, lower, COLUMNS) : new int[0];
    int listEnd = -1; // end of the last number named as something else, for a list after it
    Scan.DigitRuns digitRuns = Scan.digitRuns(text);
    for (int p = digitRuns.at(0); p >= 0; p = digitRuns.at(p + 1)) {
      // Three digits and a separator, or nine digits: nothing else can start a candidate.
      int digits = Scan.digitsAt(text, p);
      boolean shaped =
          digits == 9 || digits == 3 && p + 3 < n && "-. ".indexOf(text.charAt(p + 3)) >= 0;
      if (!shaped || !Scan.at(m, p, 15, n)) {
        continue;
      }
      String area = m.group(1);
      String group = m.group(3);
      String serial = m.group(4);
      if (!validParts(area, group, serial)) {
        continue;
      }
      boolean cue =
          Context.anyWordBefore(text, m.start(), 40, CUES)
              || Context.anyWholeWordBefore(text, m.start(), 40, CUE_WORDS)
              || (named
                  && (TableColumns.inCell(cells, m.start()) || underHeader(lower, m.start())));
      if (ADVERTISED.contains(area + group + serial)
          && (!cue || Context.anyAround(text, m.start(), m.end(), 40, PLACEHOLDER))) {
        continue; // published sample numbers: personal only where the text says it is an SSN
      }
      boolean dashed = m.group(2).equals("-"); // " - " only after a cue: "Score 100 - 20 - 2020"
      boolean other =
          Context.anyWordBefore(text, m.start(), 24, NOT_SSN)
              || Context.anyWholeWordBefore(text, m.start(), 24, NOT_SSN_WORDS)
              || inList(text, listEnd, m.start());
      if (other) {
        listEnd = m.end();
      }
      if (cue || (dashed && !other)) {
        out.add(new Finding(PiiType.US_SSN, m.start(), m.end()));
        p = m.end() - 1;
      }
    }
  }

  /**
   * Whether one of the first three lines of the block (lines without a blank one between, at most
   * 40 back) holding {@code start}, above its own line, names the SSN as a whole word: the header
   * of a table laid out with spaces, tabs, commas or pipes (columns "Claimant SSN", "DOB", "Claim
   * #"). Headers and rows of tables have no colons; the lines of a form do.
   */
  private static boolean underHeader(String lower, int start) {
    int line = Scan.lineStart(lower, start, 300);
    if (line < 0 || TableColumns.indexIn(lower, ':', line, start) >= 0) {
      return false; // a long line of prose, or a form's field ("Driver's license: 009284711")
    }
    int block = line;
    for (int k = 0; k < 40 && block > 0; k++) {
      int prev = Scan.lineStart(lower, block - 1, 300);
      if (prev < 0 || lower.substring(prev, block - 1).isBlank()) {
        break;
      }
      block = prev;
    }
    int from = block;
    for (int k = 0; k < 3 && from < line; k++) {
      int to = lower.indexOf('\n', from);
      String header = lower.substring(from, to);
      if (header.indexOf(':') < 0
          && (header.contains("  ")
              || header.indexOf('\t') >= 0
              || header.indexOf(',') >= 0
              || header.indexOf('|') >= 0)
          && Context.anyWholeWordBefore(
              header, header.length(), header.length(), "ssn", "social security")) {
        return true;
      }
      from = to + 1;
    }
    return false;
  }

  /**
   * Whether the number continues a list that starts with a number named as something else ("Part
   * nos. 219-66-0418, 219-66-0419 and 219-67-0002"): only a comma, "and", "or" or "&" between.
   */
  private static boolean inList(String text, int listEnd, int start) {
    if (listEnd < 0 || start - listEnd > 40) {
      return false;
    }
    String gap = text.substring(listEnd, start).strip();
    if (gap.startsWith("(") && gap.indexOf(')') > 0) {
      gap = gap.substring(gap.indexOf(')') + 1).strip(); // "540-18-2736 (hinge, left) and ..."
    }
    return gap.equals(",")
        || gap.equals(";")
        || gap.equals("&")
        || gap.equals("and")
        || gap.equals("or")
        || gap.equals(", and")
        || gap.equals(", or");
  }

  static boolean validParts(String area, String group, String serial) {
    int a = Integer.parseInt(area);
    if (a == 0 || a == 666 || a >= 900) {
      return false;
    }
    if (group.equals("00") || serial.equals("0000")) {
      return false;
    }
    String all = area + group + serial;
    return !all.chars().allMatch(c -> c == all.charAt(0));
  }

  static boolean containsDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
