package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * National identity numbers that carry check digits. A number in a shape only that number takes
 * (the Swiss {@code 756.1234.5678.97}, the Belgian {@code 85.07.30-033.28}, the French NIR, the
 * Finnish {@code 131052-308T}) is reported wherever its check holds; a bare run of digits only
 * after a cue that names it within {@value #CUE_WINDOW} characters, and only when its check holds:
 * after "PESEL", a number that fails it is no PESEL.
 */
final class NationalNumbers {

  /** How far before the number its cue may stand ("PPSN, as asked on the form, is ..."). */
  private static final int CUE_WINDOW = 60;

  private record Kind(Pattern shape, Predicate<String> valid, boolean alone, String... cues) {

    /** The digits the shape starts with before its first separator: a cheap test first. */
    int firstRun() {
      String p = shape.pattern();
      int digits = 0;
      int i = 0;
      while (i < p.length()) {
        if (p.startsWith("[0-9]{", i) || p.startsWith("[1-9][0-9]{", i)) {
          int b = p.indexOf('{', i);
          int e = p.indexOf('}', b);
          String q = p.substring(b + 1, e);
          digits += Integer.parseInt(q.contains(",") ? q.substring(0, q.indexOf(',')) : q);
          if (p.startsWith("[1-9]", i)) {
            digits++;
          }
          i = e + 1;
        } else if (p.startsWith("[0-9]", i)
            || p.startsWith("[1-9]", i)
            || p.startsWith("[1-8]", i)
            || p.startsWith("[12]", i)) {
          digits++;
          i = p.indexOf(']', i) + 1;
        } else if (Character.isDigit(p.charAt(i))) {
          digits++;
          i++;
        } else if (p.startsWith("(?:19|20)", i)) {
          digits += 2;
          i += 9;
        } else {
          break;
        }
      }
      return digits;
    }
  }

  private static final String END = "(?![\\p{L}\\p{N}])";

  private static final List<Kind> KINDS =
      List.of(
          new Kind(
              Pattern.compile("756\\.[0-9]{4}\\.[0-9]{4}\\.[0-9]{2}" + END),
              s -> NationalChecks.swiss(compact(s)),
              true),
          new Kind(
              Pattern.compile("756[0-9]{10}" + END),
              s -> NationalChecks.swiss(compact(s)),
              false,
              "ahv",
              "avs",
              "sozialversicherungsnummer"),
          new Kind(
              Pattern.compile("[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}-[0-9]{3}\\.[0-9]{2}" + END),
              s -> NationalChecks.belgian(compact(s)),
              true),
          new Kind(
              Pattern.compile("[0-9]{11}" + END),
              s -> NationalChecks.belgian(compact(s)),
              false,
              "rijksregister",
              "registre national",
              "national register",
              "insz",
              "niss"),
          new Kind(
              Pattern.compile(
                  "[12] ?[0-9]{2} ?[0-9]{2} ?(?:[0-9]{2}|2[AB]) ?[0-9]{3} ?[0-9]{3} ?[0-9]{2}"
                      + END),
              s -> NationalChecks.french(compact(s)),
              true),
          new Kind(
              Pattern.compile("[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-FHJ-NPR-Y]" + END),
              NationalChecks::finnish,
              true),
          new Kind(
              Pattern.compile("(?:19|20)[0-9]{6}[-+]?[0-9]{4}" + END),
              s -> NationalChecks.swedish(compact(s.replace("+", ""))),
              true),
          new Kind(
              Pattern.compile("[1-9][0-9]{5}(?:19|20)[0-9]{9}[0-9Xx]" + END),
              s -> NationalChecks.chinese(s),
              true),
          new Kind(
              Pattern.compile("[0-9]{6}-[1-8][0-9]{6}" + END),
              s -> NationalChecks.korean(compact(s)),
              true),
          new Kind(
              Pattern.compile("[0-9]{3}\\.[0-9]{3}\\.[0-9]{3}-[0-9]{2}" + END),
              s -> NationalChecks.brazilian(compact(s)),
              true),
          new Kind(
              Pattern.compile("[0-9]{11}" + END), s -> NationalChecks.brazilian(s), false, "cpf"),
          new Kind(
              Pattern.compile("[0-9]{6} ?[0-9]{5}" + END),
              s -> NationalChecks.norwegian(compact(s)),
              false,
              "fødselsnummer",
              "fødselsnr",
              "fodselsnummer",
              "fnr",
              "personnummer",
              "d-nummer"),
          new Kind(
              Pattern.compile("[1-9][0-9]{10}" + END),
              s -> NationalChecks.turkish(compact(s)),
              false,
              "kimlik",
              "tckn",
              "tc ",
              "tc:",
              "t.c. no",
              "tc no"),
          new Kind(
              Pattern.compile("[0-9]{11}" + END),
              s -> NationalChecks.pesel(compact(s)),
              false,
              "pesel"),
          new Kind(
              Pattern.compile("[1-8][0-9]{12}" + END),
              s -> NationalChecks.romanian(compact(s)),
              false,
              "cnp",
              "cod numeric personal"),
          new Kind(
              Pattern.compile("[0-9]{7}[A-W][ABHW]?" + END),
              s -> NationalChecks.irish(compact(s)),
              false,
              "pps",
              "ppsn"),
          new Kind(
              Pattern.compile("[0-9]{2} ?[0-9]{6} ?[A-Z] ?[0-9]{3}" + END),
              s -> NationalChecks.german(compact(s)),
              false,
              "versicherungsnummer",
              "sozialversicherungsnummer",
              "rentenversicherungsnummer",
              "sv-nummer",
              "sv-nr",
              "svnr",
              "rvnr"),
          new Kind(
              Pattern.compile("[1-9][0-9]{3} ?[0-9]{6}" + END),
              s -> NationalChecks.austrian(compact(s)),
              false,
              "versicherungsnummer",
              "sozialversicherungsnummer",
              "sv-nummer",
              "sv-nr",
              "svnr"),
          new Kind(
              Pattern.compile("[1-8]-[0-9]{4}-[0-9]{5}-[0-9]{2}-[0-9]" + END),
              s -> NationalChecks.thai(compact(s)),
              true),
          new Kind(
              Pattern.compile("[0-9]{13}" + END),
              s -> NationalChecks.thai(s),
              false,
              "บัตรประจำตัวประชาชน",
              "เลขประจำตัวประชาชน",
              "thai id"),
          new Kind(
              Pattern.compile("784-(?:19|20)[0-9]{2}-[0-9]{7}-[0-9]" + END),
              s -> NationalChecks.emirati(compact(s)),
              true),
          new Kind(
              Pattern.compile("[0-9]{1,2}\\.[0-9]{3}\\.[0-9]{3}-[0-9Kk]" + END),
              s -> NationalChecks.chilean(compact(s)),
              true),
          new Kind(
              Pattern.compile("2[0347]-[0-9]{8}-[0-9]" + END),
              s -> NationalChecks.argentine(compact(s)),
              true),
          new Kind(
              Pattern.compile("[0-9]{3}\\.[0-9]{5}\\.[0-9]{2}-[0-9]" + END),
              s -> NationalChecks.pis(compact(s)),
              true),
          new Kind(
              Pattern.compile("[0-7][0-9]{5}-?[0-9]{4}" + END),
              s -> NationalChecks.icelandic(compact(s)),
              false,
              "kennitala",
              "kt.",
              "kt:"),
          new Kind(
              Pattern.compile("[0-9]{6}/[0-9]{4}" + END),
              s -> NationalChecks.czech(s.replace("/", "")),
              false,
              "r. č.",
              "r.č.",
              "rč",
              "rodné č",
              "rodne c",
              "rodné číslo",
              "rodne cislo",
              "rodné čísla"),
          new Kind(
              Pattern.compile("[0-9]{3} ?[0-9]{3} ?[0-9]{3}" + END),
              s -> NationalChecks.hungarianTaj(compact(s)),
              false,
              "taj szám",
              "tajszám",
              "taj-szám",
              "taj:"),
          new Kind(
              Pattern.compile("[0-9]{9}" + END),
              s -> NationalChecks.israeli(s),
              false,
              "ת.ז",
              "ת\"ז",
              "תעודת זהות",
              "מספר זהות"),
          new Kind(
              Pattern.compile("[0-9]{11}" + END),
              s -> NationalChecks.croatian(s),
              false,
              "oib",
              "osobni identifikacijski broj"),
          new Kind(
              Pattern.compile("[0-9]{13}" + END),
              s -> NationalChecks.slovenian(s),
              false,
              "emšo",
              "emso",
              "jmbg",
              "матични број",
              "матичен број"),
          new Kind(
              Pattern.compile("[0-9]{3} ?[0-9]{3} ?[0-9]{3}" + END),
              s -> NationalChecks.australianTfn(compact(s)),
              false,
              "tfn",
              "tax file number"),
          new Kind(
              Pattern.compile("[0-9]{6}[-+][0-9]{4}" + END),
              s -> NationalChecks.swedishShort(compact(s.replace("+", ""))),
              false,
              "personnummer",
              "personnr",
              "samordningsnummer",
              "samordningsnr"),
          // Denmark's CPR: since 2007 without a check the numbers must pass; a date, then four
          // digits, after its name ("hvad er dit cpr?" and the answer on the next line).
          new Kind(
              Pattern.compile("[0-3][0-9][01][0-9]{3}-?[0-9]{4}" + END),
              s -> NationalChecks.danish(compact(s)),
              false,
              "cpr",
              "cpr-nr",
              "cpr-nummer",
              "cpr nr",
              "personnummer"),
          // Pakistan's CNIC: no check digit; the shape (5-7-1, a province digit 1 to 7 first) and
          // the card's name.
          new Kind(
              Pattern.compile("[1-7][0-9]{4}-[0-9]{7}-[0-9]" + END),
              s -> true,
              false,
              "cnic",
              "nic",
              "شناختی",
              "identity card",
              "id card"));

  /** Each kind's {@link Kind#firstRun()}, computed once. */
  private static final int[] FIRST_RUNS = KINDS.stream().mapToInt(Kind::firstRun).toArray();

  /** Polish ID card: a series of three letters, then six digits. */
  private static final Kind POLISH_CARD =
      new Kind(
          Pattern.compile("[A-Z]{3} ?[0-9]{6}" + END),
          s -> NationalChecks.polishCard(compact(s)),
          false,
          "dowód",
          "dowod",
          "id card",
          "identity card");

  private NationalNumbers() {}

  private static String compact(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '.' && c != '-') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Looks for the numbers at the digit runs of one text, as its caller walks them: the matchers are
   * made only when a run long enough for one of them turns up.
   */
  static final class Scanner {
    private final String text;
    private Matcher[] matchers;
    private Matcher card;
    private int done;

    Scanner(String text) {
      this.text = text;
    }

    /** Reports the number that starts at the digit run at {@code p}, if there is one. */
    void at(int p, List<Finding> out) {
      int n = text.length();
      if (p < done) {
        return;
      }
      if (p >= 3 && isUpperSeries(text, p)) {
        int s = text.charAt(p - 1) == ' ' ? p - 4 : p - 3;
        if (card == null) {
          card = Scan.matcher(POLISH_CARD.shape(), text);
        }
        if (Scan.wordStart(text, s)
            && Scan.at(card, s, 12, n)
            && report(text, s, card, POLISH_CARD, out)) {
          done = card.end();
          return;
        }
      }
      if ((p > 0 && Character.isLetter(text.charAt(p - 1))) || digitsAhead(text, p) < 7) {
        return; // every number here has seven digits or more: dates and amounts stop early
      }
      if (matchers == null) {
        matchers = new Matcher[KINDS.size()];
      }
      // A kind that needs a cue is tried only where one of its cues stands before the number.
      String before = null;
      int run = Scan.digitsAt(text, p);
      for (int k = 0; k < matchers.length; k++) {
        Matcher m = matchers[k];
        Kind kind = KINDS.get(k);
        if (run < FIRST_RUNS[k]) {
          continue;
        }
        if (!kind.alone()) {
          if (before == null) {
            before = Context.before(text, p, CUE_WINDOW);
          }
          if (!anyIn(before, kind.cues())) {
            continue;
          }
        }
        if (m == null) {
          m = Scan.matcher(kind.shape(), text);
          matchers[k] = m;
        }
        if (Scan.at(m, p, 24, n) && report(text, p, m, KINDS.get(k), out)) {
          done = m.end();
          return;
        }
      }
    }
  }

  private static boolean anyIn(String lower, String[] cues) {
    for (String cue : cues) {
      if (lower.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  /** Digits in the run of digits, single separators and capitals that starts at {@code p}. */
  private static int digitsAhead(String text, int p) {
    int digits = 0;
    int n = Math.min(text.length(), p + 24);
    for (int i = p; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (!(c == ' '
              || c == '.'
              || c == '-'
              || c == '+'
              || c == '/'
              || (c >= 'A' && c <= 'Z'))
          || (c == ' ' && i + 1 < n && text.charAt(i + 1) == ' ')) {
        break;
      }
    }
    return digits;
  }

  private static boolean isUpperSeries(String text, int p) {
    int e = text.charAt(p - 1) == ' ' ? p - 1 : p;
    if (e < 3) {
      return false;
    }
    for (int i = e - 3; i < e; i++) {
      char c = text.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  private static boolean report(String text, int s, Matcher m, Kind kind, List<Finding> out) {
    if (!kind.valid().test(m.group())) {
      return false;
    }
    if (!kind.alone() && !Context.anyWordBefore(text, s, CUE_WINDOW, kind.cues())) {
      return false;
    }
    out.add(new Finding(PiiType.PASSPORT_OR_ID, m.start(), m.end(), 0.9));
    return true;
  }
}
