package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A name found once is a name wherever else the text uses it: "Present: Pieter de Wit" makes the
 * "Pieter" of "Pieter to follow up" a name, and "Karim Benali" the speaker label "Karim". The words
 * of each name found (three letters or more, no stopword, no common English word unless it is a
 * listed name) are looked for among the text's capitalised words in one pass.
 */
final class LaterMentions {

  /** How many names found are read for their words. */
  private static final int MAX_NAMES = 500;

  private final NameLists names;

  LaterMentions(NameLists names) {
    this.names = names;
  }

  /** Adds the other mentions of the words of the names found in {@code out} from {@code first}. */
  void find(String text, int first, List<Finding> out) {
    int found = out.size();
    if (found == first) {
      return;
    }
    Set<String> words = new HashSet<>();
    Set<String> saidOnly = new HashSet<>();
    Map<String, Boolean> verdicts = new HashMap<>();
    // The words of the first names found are enough: a long text repeats its names.
    for (int k = first; k < Math.min(found, first + MAX_NAMES); k++) {
      Finding f = out.get(k);
      if (f.type() == PiiType.PERSON) {
        collect(text, f.start(), f.end(), words, saidOnly, verdicts);
      }
    }
    if (words.isEmpty()) {
      return;
    }
    // Most words fail on their first letter or their length, before a substring is made.
    BitSet lengths = new BitSet();
    BitSet initials = new BitSet();
    long[] asciiInitials = new long[2]; // the same, for a look-up without bounds checks
    for (String w : words) {
      lengths.set(w.length());
      initials.set(w.charAt(0));
      if (w.charAt(0) < 128) {
        asciiInitials[w.charAt(0) >>> 6] |= 1L << w.charAt(0);
      }
    }
    BitSet covered = PersonRecognizer.persons(text, out, first, found);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean initial = c < 128 ? (asciiInitials[c >>> 6] & 1L << c) != 0 : initials.get(c);
      if (!initial || (i > 0 && Scan.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int we = NameWords.wordEnd(text, i);
      if (we - i > 3
          && text.charAt(we - 1) == 's'
          && (text.charAt(we - 2) == '\'' || text.charAt(we - 2) == '’')) {
        we -= 2; // "Aigerim's dashboard": the name without the possessive
      }
      if (lengths.get(we - i)
          && !covered.get(i)
          && (we >= n || !Scan.isLetterOrDigit(text.charAt(we)) || text.charAt(we) == '\'')
          && words.contains(text.substring(i, we))
          && (Character.isUpperCase(c) || !insideIdentifier(text, i, we))
          && (saidOnly.contains(text.substring(i, we))
              ? speechAfter(text, we)
              : !(sentenceStart(text, i) && wordAtSentenceStart(text.substring(i, we))))
          && !companyAfter(text, we)
          && !NamedAfter.thingAt(text, i, we)) {
        out.add(new Finding(PiiType.PERSON, i, we, 0.6));
      }
      i = Math.max(we, i + 1);
    }
  }

  /**
   * A common English word that opens a sentence is that word rather than the name found elsewhere,
   * unless the lists hold it as a given name and not as a word too ("Oliver attached the key" after
   * "Reporter: Oliver Grant"; not "Grant" or "Will").
   */
  private boolean wordAtSentenceStart(String w) {
    return CommonWords.contains(w)
        && !(names.isFirst(w) && !names.isAmbiguousFirst(w) && !names.isStopword(w));
  }

  private static boolean insideIdentifier(String text, int i, int we) {
    return (i > 0 && ".@_/-".indexOf(text.charAt(i - 1)) >= 0)
        || (we + 1 < text.length()
            && ".@_/-".indexOf(text.charAt(we)) >= 0
            && Character.isLetterOrDigit(text.charAt(we + 1)));
  }

  /** Legal forms of companies: "Hausverwaltung Steinbrecher GmbH" names a firm. */
  static final Set<String> COMPANY_FORMS =
      Set.of(
          "GmbH", "AG", "KG", "Ltd", "Ltd.", "Limited", "LLC", "Inc", "Inc.", "PLC", "plc", "SA",
          "S.A.", "SL", "S.L.", "SAS", "SARL", "SRL", "S.r.l.", "SpA", "S.p.A.", "BV", "B.V.", "NV",
          "N.V.", "AB", "AS", "ASA", "Oy", "ApS", "A/S", "Sp.", "&", "und", "and", "e");

  /** A legal form of a company right after the span ("Keystone Fasteners B.V."). */
  static boolean legalFormAfter(String text, int we) {
    String next = tokenAfter(text, we);
    return next.length() > 1
        && Character.isUpperCase(next.charAt(0))
        && COMPANY_FORMS.contains(next);
  }

  private static boolean companyAfter(String text, int we) {
    return COMPANY_FORMS.contains(tokenAfter(text, we));
  }

  /** The token after the space at {@code we} (ten characters at most, no trailing comma), or "". */
  private static String tokenAfter(String text, int we) {
    if (we + 1 >= text.length() || text.charAt(we) != ' ') {
      return "";
    }
    int e = we + 1;
    while (e < text.length() && !Character.isWhitespace(text.charAt(e)) && e - we < 10) {
      e++;
    }
    if (e > we + 1 && ",;:".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return text.substring(we + 1, e);
  }

  /** Verbs of speech after a surname in the news: "Hughes said", "Varela dijo". */
  private static final Set<String> SPEECH =
      Set.of(
          "said",
          "says",
          "told",
          "added",
          "explained",
          "wrote",
          "asked",
          "replied",
          "recalled",
          "admitted",
          "insisted",
          "sagte",
          "sagt",
          "erklärte",
          "dijo",
          "afirmó",
          "explicó",
          "dit",
          "disse",
          "zei",
          "sa",
          "sanoi",
          "powiedział",
          "powiedziała",
          "řekl",
          "řekla",
          "spune",
          "dedi");

  private static boolean speechAfter(String text, int we) {
    int s = we;
    if (s < text.length() && text.charAt(s) == ',') {
      s++;
    }
    if (s + 2 >= text.length() || text.charAt(s) != ' ') {
      return false;
    }
    int e = NameWords.wordEnd(text, s + 1);
    return SPEECH.contains(text.substring(s + 1, e));
  }

  private void collect(
      String text,
      int s,
      int e,
      Set<String> words,
      Set<String> saidOnly,
      Map<String, Boolean> verdicts) {
    int i = s;
    while (i < e) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int we = Math.min(e, NameWords.wordEnd(text, i));
      String w = text.substring(i, we);
      if (w.length() >= 3
          && i == s
          && we == e
          && Character.isLowerCase(w.charAt(0))
          && w.chars().allMatch(Character::isLetter)) {
        // A chat handle in lower case ("kevin: done"): its other mentions are in lower case too.
        String cap = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        if (verdicts.computeIfAbsent(cap, this::mayRecur)) {
          words.add(w);
          words.add(cap);
        }
      } else if (w.length() >= 3 && Character.isUpperCase(w.charAt(0))) {
        String proper = NameWords.nameShaped(text, i, we) ? w : NameWords.titleCase(w);
        if (proper.length() == w.length() && verdicts.computeIfAbsent(proper, this::mayRecur)) {
          words.add(proper);
          if (i == s && mayRecurInLowerCase(proper)) {
            words.add(proper.toLowerCase(Locale.ROOT)); // "Priya Raman: ..." then "hi priya"
          }
        } else if (proper.length() == w.length()
            && i > s
            && names.isListedLast(proper)
            && !names.isStopword(proper)
            && !NamedAfter.THINGS.contains(proper)) {
          // A surname that is a word too ("Hughes", "Green") recurs before a verb of speech.
          words.add(proper);
          saidOnly.add(proper);
        }
      }
      i = Math.max(we, i + 1);
    }
  }

  private boolean mayRecur(String w) {
    if (NameWords.HONORIFICS.contains(w.toLowerCase(Locale.ROOT))
        || NamedAfter.THINGS.contains(w)
        || (names.isStopword(w) && !names.isAmbiguousFirst(w))) {
      return false;
    }
    // A first name recurs even when it is a word too ("Mark"); a surname that is one ("Green")
    // does not: "the Green Room".
    return !CommonWords.contains(w) || names.isFirst(w);
  }

  /**
   * Given names that are also the names of software, which technical text writes in lower case:
   * "Cassandra Ortiz" ... "the cassandra cluster is down".
   */
  private static final Set<String> SOFTWARE =
      Set.of(
          "Cassandra",
          "Julia",
          "Ruby",
          "Pascal",
          "Alexa",
          "Siri",
          "Travis",
          "Jenkins",
          "Rocky",
          "Jasmine",
          "Karma",
          "Jade",
          "Gatsby",
          "Crystal",
          "Nova",
          "Flask",
          "Django",
          "Maven",
          "Grafana",
          "Kibana",
          "Ansible",
          "Ember",
          "Debian",
          "Fedora");

  /**
   * The first word of a name found recurs in lower case, as chats write names, when the lists hold
   * it as a given name and not as a word too; not inside an address or an identifier ("jane.doe@",
   * "matti_v").
   */
  private boolean mayRecurInLowerCase(String proper) {
    return proper.length() >= 4
        && !SOFTWARE.contains(proper)
        && names.isFirst(proper)
        && !names.isAmbiguousFirst(proper)
        && !names.isStopword(proper)
        && !names.isLowerStopword(proper.toLowerCase(Locale.ROOT));
  }

  /**
   * At the start of a text, a line or a sentence a capitalised word may be any word: a name that is
   * a word too ("Said", "Even") recurs only inside a sentence.
   */
  static boolean sentenceStart(String text, int i) {
    int b = i;
    while (b > 0 && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == '\t')) {
      b--;
    }
    return b == 0 || ".!?\n:\"“„«(-*#>".indexOf(text.charAt(b - 1)) >= 0;
  }
}
