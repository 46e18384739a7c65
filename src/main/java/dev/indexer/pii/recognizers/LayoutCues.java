package dev.indexer.pii.recognizers;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a name stands by the layout of the text: the line after a closing formula ("Best
 * regards,"), the recipient line of an address block, the speaker after a chat timestamp.
 */
final class LayoutCues {

  private static final String[] CLOSINGS = {
    "regards,",
    "regards",
    "best,",
    "best",
    "cheers,",
    "cheers",
    "thanks,",
    "thanks",
    "thank you,",
    "sincerely,",
    "sincerely",
    "yours,",
    "grüße",
    "grüßen",
    "grüße,",
    "grüßen,",
    "gruß",
    "gruß,",
    "cordialement,",
    "cordialement",
    "saludos,",
    "saludos",
    "atentamente,",
    "atentamente",
    "saluti,",
    "saluti",
    "groeten,",
    "groeten",
    "pozdrawiam,",
    "pozdrawiam",
    "atenciosamente,",
    "atenciosamente",
    "bien à vous,",
    "--",
    "—",
    "best wishes,",
    "love,",
    "love",
    "lots of love,",
    "xx",
    "hugs,",
    "liebe grüße,",
    "bisous,",
    "besos,",
    "abrazos,",
    "warm regards,",
    "kind regards,",
    "many thanks,",
    "danke,",
    "danke",
    "merci,",
    "merci",
    "gracias,",
    "gracias",
    "grazie,",
    "grazie",
    "bedankt,",
    "dzięki,",
    "obrigado,",
    "obrigada,",
    "a presto,",
    "a presto",
    "un saluto,",
    "un saluto",
    "saluto,",
    "cordialmente,",
    "cordialmente",
    "cordiales,",
    "cordiales",
    "un abrazo,",
    "un abrazo",
    "abrazos,",
    "à bientôt,",
    "à bientôt",
    "bises,",
    "amitiés,",
    "groet,",
    "groet",
    "mvg,",
    "mvg",
    "lg,",
    "lg",
    "vg,",
    "vg",
    "mfg,",
    "mfg",
    "take care,",
    "talk soon,",
    "best wishes",
    "thx,",
    "tschüss,",
    "ciao,",
    "hasta pronto,",
    "hartelijke groet,",
    "met vriendelijke groet,",
    "met vriendelijke groet",
    "groetjes,",
    "groetjes",
    "hilsen,",
    "hilsen",
    "mvh",
    "kram,",
    "kramar,",
    "klem,",
    "knus,",
    "hälsningar",
    "hälsningar,",
    "saygılarımla,",
    "saygılarımla",
    "selamlar,",
    "kveðja,",
    "kveðja",
    "pozdrowienia,",
    "z poważaniem,",
    "z poważaniem",
    "cumprimentos,",
    "terveisin,",
    "terveisin",
    "cu stimă,",
    "cu stimă",
    "salutations,",
    "bisous,",
    // closings of more languages: Estonian, Swiss German, Czech and Slovak, Hungarian, Danish and
    // Norwegian, Greek, Lithuanian, Latvian, Croatian and Slovene, Romanian, Indonesian, Swahili
    "parimat,",
    "parimat",
    "lugupidamisega",
    "gruess",
    "grüess",
    "s pozdravem",
    "s pozdravem,",
    "s pozdravom",
    "s pozdravom,",
    "üdvözlettel",
    "üdvözlettel,",
    "tisztelettel",
    "tisztelettel,",
    "venlig hilsen",
    "vennlig hilsen",
    "με εκτίμηση",
    "με εκτίμηση,",
    "φιλικά",
    "φιλικά,",
    "pagarbiai",
    "pagarbiai,",
    "ar cieņu",
    "ar cieņu,",
    "lijep pozdrav",
    "lep pozdrav",
    "s poštovanjem",
    "srdačno",
    "cu drag",
    "cu drag,",
    "numai bine",
    "hormat saya",
    "salam,",
    "wako,",
    "thanks!",
    "thank you!",
    "cheers!",
    "abraços",
    "abraços,",
    "beijos",
    "beijos,",
    "un saludo",
    "cordiali saluti",
    "distinti saluti",
  };

  private final NameLists names;

  LayoutCues(NameLists names) {
    this.names = names;
  }

  /** The word starts a line that follows a closing formula ("Best regards,"). */
  static boolean closingBefore(String text, int s) {
    int e = s;
    while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
      e--;
    }
    if (e > 0 && text.charAt(e - 1) != '\n') {
      return closingOnTheLine(text, e);
    }
    if (e == 0) {
      return false;
    }
    e--;
    if (e > 0 && text.charAt(e - 1) == '\r') {
      e--;
    }
    int ls = text.lastIndexOf('\n', e - 1) + 1;
    if (e - ls > 40) {
      return false;
    }
    String line = text.substring(ls, e).trim().toLowerCase(Locale.ROOT);
    for (String c : CLOSINGS) {
      // "--" and "—" only as the signature line itself, not as the end of a "-----" underline.
      if (c.equals("--") || c.equals("—") ? line.equals(c) : line.endsWith(c)) {
        return true;
      }
    }
    return false;
  }

  /** The closings without their comma, as they stand before a name on the name's line. */
  private static final List<String> BARE_CLOSINGS =
      Arrays.stream(CLOSINGS)
          .map(c -> c.endsWith(",") ? c.substring(0, c.length() - 1) : c)
          .filter(c -> c.length() > 2)
          .distinct()
          .toList();

  /** The last word of each closing, for a quick test before the closings are compared. */
  private static final Set<String> CLOSING_LAST_WORDS =
      BARE_CLOSINGS.stream()
          .map(c -> c.substring(Scan.letterRunStart(c, c.length())))
          .filter(w -> !w.isEmpty())
          .collect(Collectors.toUnmodifiableSet());

  /** How far back a closing on the name's line is looked for. */
  private static final int CLOSING_REACH = 64;

  /**
   * "Groetjes, Fleur", "Grazie! Marti": a closing right before the name on its line, at the line's
   * start or after a sentence's end, then a comma, an exclamation mark or a space.
   */
  private static boolean closingOnTheLine(String text, int e) {
    int ls = Scan.lineStart(text, e, CLOSING_REACH); // -1: the line starts farther back
    int floor = ls >= 0 ? ls : e - CLOSING_REACH;
    int k = e;
    while (k > floor && (text.charAt(k - 1) == ',' || text.charAt(k - 1) == '!')) {
      k--;
    }
    if (k == e && text.charAt(e - 1) != ' ') {
      return false;
    }
    while (k > floor && text.charAt(k - 1) == ' ') {
      k--;
    }
    int w0 = Math.max(floor, Scan.letterRunStart(text, k));
    if (w0 == k || !CLOSING_LAST_WORDS.contains(text.substring(w0, k).toLowerCase(Locale.ROOT))) {
      return false; // the word before is no closing's last: most words of a text
    }
    String before = text.substring(Math.max(floor, k - 40), k).toLowerCase(Locale.ROOT);
    for (String w : BARE_CLOSINGS) {
      if (before.endsWith(w)) {
        int b = k - w.length();
        if (b == ls
            || (b >= floor + 2
                && text.charAt(b - 1) == ' '
                && ".!?".indexOf(text.charAt(b - 2)) >= 0)) {
          return true; // else a longer closing may end here too ("kind regards", not "regards")
        }
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern STREET_LINE =
      java.util.regex.Pattern.compile(".*\\p{L}{3,}\\.?\\s?\\d{1,4}\\s?[a-zA-Z]?\\s*");

  /**
   * The word starts a line of two to four capitalised words, and the next line starts with a house
   * number or holds a street and number: the recipient line of an address block.
   */
  boolean addresseeLine(String text, int s) {
    if (s > 0 && text.charAt(s - 1) != '\n') {
      return false;
    }
    int lineEnd = text.indexOf('\n', s);
    if (lineEnd < 0 || lineEnd - s > 60) {
      return false;
    }
    int words = 0;
    int i = s;
    while (i < lineEnd) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\r') {
        i++;
        continue;
      }
      int we = NameWords.wordEnd(text, i);
      String w = text.substring(i, Math.max(i, we));
      if (we == i
          || !Character.isUpperCase(c)
          || (names.isStopword(w) && !names.isAmbiguousFirst(w))) {
        return false;
      }
      words++;
      i = we;
    }
    if (words < 2 || words > 4) {
      return false;
    }
    int next = lineEnd + 1;
    int nextEnd = text.indexOf('\n', next);
    String line =
        text.substring(
            next, nextEnd < 0 ? Math.min(text.length(), next + 60) : Math.min(nextEnd, next + 60));
    boolean digit = false;
    for (int k = 0; k < line.length(); k++) {
      digit |= Character.isDigit(line.charAt(k));
    }
    return digit
        && (Character.isDigit(line.isEmpty() ? ' ' : line.charAt(0))
            || STREET_LINE.matcher(line).matches());
  }

  /**
   * The word follows a chat timestamp at the start of a line and the name ends in a colon: "[09:14]
   * Kofi Mensah: hi".
   */
  static boolean chatSpeaker(String text, int s) {
    int b = s;
    while (b > 0 && text.charAt(b - 1) == ' ') {
      b--;
    }
    if (b == s || b == 0 || text.charAt(b - 1) != ']') {
      return false;
    }
    int open = b - 2;
    while (open >= 0 && b - open <= 24 && text.charAt(open) != '[') {
      char c = text.charAt(open);
      if (!Scan.isDigit(c)
          && c != ':'
          && c != '.'
          && c != ' '
          && c != '-'
          && c != 'T'
          && c != 'Z') {
        return false;
      }
      open--;
    }
    if (open < 0 || text.charAt(open) != '[' || (open > 0 && text.charAt(open - 1) != '\n')) {
      return false;
    }
    boolean time = false;
    for (int i = open + 1; i < b - 1; i++) {
      time |= text.charAt(i) == ':';
    }
    if (!time) {
      return false;
    }
    // One to three capitalised words, then the colon.
    int i = s;
    for (int words = 0; words < 3; words++) {
      int we = NameWords.wordEnd(text, i);
      if (we == i || !Character.isUpperCase(text.charAt(i))) {
        return false;
      }
      if (we < text.length() && text.charAt(we) == ':') {
        return true;
      }
      if (we >= text.length() || text.charAt(we) != ' ') {
        return false;
      }
      i = we + 1;
    }
    return false;
  }
}
