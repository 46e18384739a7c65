package dev.indexer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The normaliser's one-pass cleaning equals the regular expressions it replaces (drop invisible
 * code points but tab and newline, and in prose any line break; in prose, a white space run becomes
 * one line break if it holds one, else one tab if it holds one or is three long or more (or is two
 * long and parts columns), else one ideographic space if it is one, else one space; strip), on any
 * text; and that prose, read with each white space run as one space, is what the normaliser gave
 * before it kept lines, except that a line break it used to drop (a lone carriage return, vertical
 * tab, form feed or next line) now parts the words beside it.
 */
class MarkupNormaliserCleanTest {

  static final Pattern INVISIBLE =
      Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}&&[^\\n\\t]]|\\p{Cs}");
  static final Pattern INVISIBLE_IN_PROSE =
      Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}&&[^\\n\\t\\x0B\\f\\r\\u0085]]|\\p{Cs}");
  static final Pattern SPACES = Pattern.compile("(?U)\\s+");
  static final Pattern EDGES = Pattern.compile("(?U)^\\s+|\\s+$");
  static final Pattern LINE_BREAK = Pattern.compile("[\\n\\x0B\\f\\r\\u0085\\u2028\\u2029]");

  @Property(tries = 3000)
  void equalsTheRegularExpressions(@ForAll("text") String text) {
    String visible = INVISIBLE.matcher(text).replaceAll("");
    assertThat(MarkupNormaliser.clean(text, true)).isEqualTo(visible.strip());
    String prose = MarkupNormaliser.clean(text, false);
    assertThat(prose).isEqualTo(reference(INVISIBLE_IN_PROSE.matcher(text).replaceAll("")));
    // As chunked: every white space run one space, what the normaliser gave before it kept lines.
    assertThat(TextBlock.singleSpaced(prose))
        .isEqualTo(
            SPACES
                .matcher(INVISIBLE_IN_PROSE.matcher(text).replaceAll(""))
                .replaceAll(" ")
                .strip());
  }

  /**
   * Each white space run of the visible text becomes a line break if it holds one, else a tab if it
   * holds one or is three long or more, else an ideographic space if it is one, else a space; but a
   * run of two is a tab in a line with three gaps or more (runs of two or more not after ".", "!"
   * or "?"), or where the line above or below has a gap (a run of two or more, or one holding a
   * tab) ending in the same column as it or one beside it, counted from the line's start in the
   * visible text; stripped.
   */
  private static String reference(String visible) {
    List<MatchResult> runs = SPACES.matcher(visible).results().toList();
    List<List<Integer>> lines = new ArrayList<>(); // the gaps of each line, by their runs
    List<Integer> lineStarts = new ArrayList<>();
    List<Integer> line = null;
    for (int r = 0; r < runs.size(); r++) {
      MatchResult m = runs.get(r);
      if (m.start() == 0 || LINE_BREAK.matcher(m.group()).find()) {
        line = new ArrayList<>();
        lines.add(line);
        int lastBreak = -1;
        for (int i = m.start(); i < m.end(); i++) {
          if (LINE_BREAK.matcher(visible.substring(i, i + 1)).matches()) {
            lastBreak = i;
          }
        }
        lineStarts.add(lastBreak + 1);
      } else if (m.end() < visible.length()
          && (m.group().length() >= 2 || m.group().indexOf('\t') >= 0)) {
        if (line == null) {
          line = new ArrayList<>();
          lines.add(line);
          lineStarts.add(0);
        }
        line.add(r);
      }
    }
    Set<Integer> columnar = new HashSet<>(); // the runs of two that part columns
    for (int l = 0; l < lines.size(); l++) {
      int counted = 0;
      for (int r : lines.get(l)) {
        MatchResult m = runs.get(r);
        if (m.group().length() >= 2 && ".!?".indexOf(visible.charAt(m.start() - 1)) < 0) {
          counted++;
        }
      }
      for (int r : lines.get(l)) {
        MatchResult m = runs.get(r);
        if (m.group().length() != 2 || m.group().indexOf('\t') >= 0) {
          continue;
        }
        int column = m.end() - lineStarts.get(l);
        if (counted >= 3
            || l > 0 && endsAt(runs, lines.get(l - 1), lineStarts.get(l - 1), column)
            || l + 1 < lines.size()
                && endsAt(runs, lines.get(l + 1), lineStarts.get(l + 1), column)) {
          columnar.add(r);
        }
      }
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int r = 0; r < runs.size(); r++) {
      MatchResult m = runs.get(r);
      String run = m.group();
      out.append(visible, at, m.start())
          .append(
              LINE_BREAK.matcher(run).find()
                  ? "\n"
                  : run.indexOf('\t') >= 0 || run.length() >= 3 || columnar.contains(r)
                      ? "\t"
                      : run.equals("\u3000") ? run : " ");
      at = m.end();
    }
    out.append(visible, at, visible.length());
    return EDGES.matcher(out).replaceAll("");
  }

  /**
   * Whether one of a line's gaps ends in {@code column} or one beside it, from the line's start.
   */
  private static boolean endsAt(List<MatchResult> runs, List<Integer> gaps, int start, int column) {
    return gaps.stream().anyMatch(r -> Math.abs(runs.get(r).end() - start - column) <= 1);
  }

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(12),
            Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(12),
            Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20),
            Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\t').ofMaxLength(20),
            Arbitraries.of(
                " ",
                "\t",
                "\n",
                "  ",
                "ab  ",
                "\n  x",
                "\r\n",
                "\u000B",
                "\u000C",
                "\u0085",
                "\u00A0",
                "\u1680",
                "\u2007",
                "\u2028",
                "\u2029",
                "\u202F",
                "\u3000",
                "\u200B",
                "\u200F",
                "\u202E",
                "\uFEFF",
                "\uE000",
                "\uD800",
                "\uDC00",
                "\uD83D\uDE00",
                "\uDB40\uDC01",
                "\uDBFF\uDFFD",
                "\u0378",
                "word",
                "漢字",
                "مرحبا"));
    return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
  }
}
