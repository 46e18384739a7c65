package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The handles of the people who wrote posts, reviews and replies: after the words that introduce an
 * author ("posted by DaveAndKaz_Travels", "Réponse de MarieLaure.C", "Opinión escrita por
 * viajeraMaite82") or before the words that follow one ("Kalle_aus_Kassel schrieb:"). A handle is a
 * word with an underscore, a dot, a digit or a capital inside, or an initial glued to a listed
 * surname ("mlopez"); plain words ("admin", "the team"), bots and services are not.
 */
final class PostAuthors {

  /** Words before an author, then words after one (those start with a space). */
  static final String[] CUES = {
    "posted by ",
    "written by ",
    "reviewed by ",
    "submitted by ",
    "reported by ",
    "added by ",
    "answered by ",
    "reply from ",
    "réponse de ",
    "posté par ",
    "écrit par ",
    "publié par ",
    "antwort von ",
    "beitrag von ",
    "geschrieben von ",
    "recensione di ",
    "scritto da ",
    "pubblicato da ",
    "escrita por ",
    "escrito por ",
    "publicado por ",
    "añadida por ",
    "añadido por ",
    "respuesta de ",
    "reactie van ",
    "geplaatst door ",
    "geschreven door ",
    "dodane przez ",
    "odpowiedź od ",
    "svar från ",
    "skrevet av ",
    "svar fra ",
    "scris de ",
    // the header of a quoted reply that names its writer last: "... Uhr schrieb Jörg Wendeler:"
    "schrieb ",
    "schreef ",
    "skrev ",
    " schrieb:",
    " wrote:",
    " a écrit",
    " escribió:",
    " ha scritto:",
    " schreef:",
    " skrev:",
    " kirjoitti:",
    " napisał:",
    " napisała:",
    " escreveu:",
    " написал:",
    " написала:"
  };

  private static final Pattern HANDLE =
      Pattern.compile("@?([\\p{L}\\p{N}][\\p{L}\\p{N}._-]{1,30}[\\p{L}\\p{N}])");

  /** Accounts of a site or a team, not of a person. */
  private static final Set<String> ACCOUNTS =
      Set.of(
          "admin",
          "administrator",
          "moderator",
          "mod",
          "team",
          "staff",
          "editor",
          "redaktion",
          "support",
          "anonymous",
          "guest",
          "user",
          "system",
          "webmaster",
          "redazione",
          "redacción");

  private final NameLists names;

  PostAuthors(NameLists names) {
    this.names = names;
  }

  void find(String text, List<Finding> out) {
    int first = out.size();
    authors(text, out);
    bracketedWriters(text, out);
    // The handles found, wherever else they stand whole ("@Kalle_aus_Kassel das ist ...").
    Set<String> handles = new java.util.HashSet<>();
    for (int k = first; k < out.size(); k++) {
      handles.add(text.substring(out.get(k).start(), out.get(k).end()));
    }
    if (handles.isEmpty()) {
      return;
    }
    java.util.BitSet starts = new java.util.BitSet(text.length());
    for (int k = first; k < out.size(); k++) {
      starts.set(out.get(k).start());
    }
    // One pass over the runs of handle characters, each looked up once.
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!handleChar(text.charAt(i))) {
        i++;
        continue;
      }
      int e = i;
      while (e < n && handleChar(text.charAt(e))) {
        e++;
      }
      int end = e;
      while (end > i + 1 && text.charAt(end - 1) == '.') {
        end--; // "MarieLaure.C." at the end of a sentence
      }
      if (!starts.get(i) && handles.contains(text.substring(i, end))) {
        out.add(new Finding(PiiType.PERSON, i, end, 0.7));
      }
      i = e;
    }
  }

  private void authors(String text, List<Finding> out) {
    String lower = Scan.lower(text);
    Matcher m = HANDLE.matcher(text);
    int n = text.length();
    for (int k = 0; k < CUES.length; k++) {
      String cue = CUES[k];
      boolean before = cue.charAt(0) != ' ';
      for (int c : CueWords.positions(lower, CueWords.Kind.AUTHOR, k)) {
        if (before) {
          if (c > 0 && Character.isLetter(text.charAt(c - 1))) {
            continue;
          }
          m.region(c + cue.length(), Math.min(n, c + cue.length() + 40));
          if (m.lookingAt() && ends(text, m.end(1)) && handle(m.group(1))) {
            out.add(new Finding(PiiType.PERSON, m.start(1), m.end(1), 0.7));
          } else if ((cue.endsWith("b ") || cue.endsWith("f ") || cue.endsWith("v "))
              && digitBefore(text, c)) {
            int s = c + cue.length();
            int e = nameWordsEnd(text, s);
            if (e > s && e < n && (text.charAt(e) == ':' || text.startsWith(" <", e))) {
              out.add(new Finding(PiiType.PERSON, s, e, 0.7)); // "schrieb Jörg Wendeler:"
            }
          }
        } else {
          int s = c;
          while (s > 0 && s > c - 32 && handleChar(text.charAt(s - 1))) {
            s--;
          }
          if (s < c
              && (s == 0
                  || Character.isWhitespace(text.charAt(s - 1))
                  // "@maria.g wrote:", not the domain of "john.smith@acme.com wrote:"
                  || (text.charAt(s - 1) == '@' && (s < 2 || !handleChar(text.charAt(s - 2)))))
              && Character.isLetterOrDigit(text.charAt(s))
              && handle(text.substring(s, c))) {
            out.add(new Finding(PiiType.PERSON, s, c, 0.7));
          } else {
            int b = replyWriterStart(text, c);
            if (b >= 0) {
              out.add(new Finding(PiiType.PERSON, b, c, 0.7)); // "On Tue, Rajesh Natarajan wrote:"
            }
          }
        }
      }
    }
  }

  /**
   * The writer in brackets after the label of a reply or a note that opens a line, before its
   * colon: "Respuesta (Álvaro Cifuentes, atención al cliente):", "Internal note (tomasz.b):". The
   * label is one to three words; the writer a handle or one to four words of a name (each listed or
   * no common word: not "(Net Sales):", "(Support Team):"), a comma and a role after it.
   */
  private void bracketedWriters(String text, List<Finding> out) {
    for (int c = text.indexOf("):"); c >= 0; c = text.indexOf("):", c + 2)) {
      int open = c - 1;
      while (open >= 0 && c - open <= 80 && text.charAt(open) != '(' && text.charAt(open) != '\n') {
        open--; // a bounded look back: no scan to the start of a text without brackets
      }
      if (open < 2 || c - open > 80 || text.charAt(open) != '(' || text.charAt(open - 1) != ' ') {
        continue;
      }
      int ls = open - 1;
      int words = 0;
      while (ls > 0 && open - ls <= 32 && text.charAt(ls - 1) != '\n') {
        char ch = text.charAt(ls - 1);
        if (ch == ' ') {
          words++;
        } else if (!Character.isLetter(ch)) {
          break;
        }
        ls--;
      }
      if (ls > 0 && text.charAt(ls - 1) != '\n' || words > 3 || ls == open - 1) {
        continue; // the label opens its line
      }
      int s = open + 1;
      int e = s;
      while (e < c && text.charAt(e) != ',') {
        e++;
      }
      String inside = text.substring(s, e);
      if (inside.indexOf(' ') < 0 && handle(inside)) {
        out.add(new Finding(PiiType.PERSON, s, e, 0.7));
      } else if (Character.isUpperCase(text.charAt(s)) && nameWordsEnd(text, s) == e) {
        out.add(new Finding(PiiType.PERSON, s, e, 0.7));
      }
    }
  }

  /**
   * The end of one to four words of a name from {@code s} ("Jörg Wendeler", "Siobhán Ní Bhriain",
   * "Thiago da Silva"): capitalised words, each a listed name or no common word, and particles
   * between them; {@code s} when there are none.
   */
  private int nameWordsEnd(String text, int s) {
    int n = text.length();
    int i = s;
    int end = s;
    int words = 0;
    while (i < n && words < 4) {
      int we = NameWords.wordEnd(text, i);
      if (we == i) {
        break;
      }
      String w = text.substring(i, we);
      if (Character.isUpperCase(text.charAt(i))) {
        if (!NameWords.nameShaped(text, i, we) || !nameWord(w)) {
          return s;
        }
        end = we;
      } else if (!NameWords.PARTICLES.contains(w) || words == 0) {
        break;
      }
      words++;
      if (we + 1 >= n || text.charAt(we) != ' ') {
        break;
      }
      i = we + 1;
    }
    return end;
  }

  private boolean nameWord(String w) {
    return !names.isStopword(w)
        && (names.isFirst(w) || names.isLast(w) || !CommonWords.contains(w));
  }

  /**
   * Where the name before " wrote:" at {@code c} starts, in the header of a quoted reply: the name
   * follows a comma ("On Tue, 4 Jun 2024 at 10:02, Rajesh Natarajan wrote:") or opens the line
   * after the marks of a quote; -1 when no such name is there.
   */
  private int replyWriterStart(String text, int c) {
    int b = c;
    int words = 0;
    while (b > 0 && words < 4) {
      int ws = b;
      while (ws > 0 && Character.isLetter(text.charAt(ws - 1)) && b - ws < 30) {
        ws--;
      }
      if (ws == b) {
        break;
      }
      words++;
      b = ws;
      if (b < 2 || text.charAt(b - 1) != ' ' || !Character.isLetter(text.charAt(b - 2))) {
        break;
      }
      b--;
    }
    if (words == 0 || nameWordsEnd(text, b) != c) {
      return -1;
    }
    int q = b;
    while (q > 0 && (text.charAt(q - 1) == ' ' || text.charAt(q - 1) == '>')) {
      q--;
    }
    boolean afterComma = b >= 2 && text.charAt(b - 1) == ' ' && text.charAt(b - 2) == ',';
    return afterComma || q == 0 || text.charAt(q - 1) == '\n' ? b : -1;
  }

  /**
   * A digit earlier on the line, within 80 characters: the date or time of a reply's header ("Am
   * Mo., 3. Juni 2024 um 09:14 Uhr schrieb ..."), not prose ("Der Kunde schrieb Folgendes:").
   */
  private static boolean digitBefore(String text, int c) {
    for (int i = c - 1; i >= 0 && i >= c - 80 && text.charAt(i) != '\n'; i--) {
      if (Scan.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean handleChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
  }

  /** The handle ends there: not "MarieLaure.C" cut before a letter. */
  private static boolean ends(String text, int e) {
    return e >= text.length() || !handleChar(text.charAt(e)) || text.charAt(e) == '.';
  }

  private boolean handle(String h) {
    String lower = h.toLowerCase(Locale.ROOT);
    if (ACCOUNTS.contains(lower)
        || lower.endsWith("bot")
        || lower.endsWith("-actions")
        || CommonWords.contains(lower)) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < h.length() && !letter; i++) {
      letter = Character.isLetter(h.charAt(i));
    }
    if (!letter) {
      return false; // "Reply from 192.168.1.1:", a ping's answer
    }
    boolean marked = false;
    for (int i = 1; i < h.length(); i++) {
      char c = h.charAt(i);
      marked |=
          c == '_'
              || c == '.'
              || Character.isDigit(c)
              || (Character.isUpperCase(c) && Character.isLowerCase(h.charAt(i - 1)));
    }
    if (marked) {
      return true;
    }
    // "mlopez": an initial glued to a listed surname.
    return h.equals(lower)
        && h.length() >= 5
        && names.isListedLast(Character.toUpperCase(h.charAt(1)) + h.substring(2));
  }
}
