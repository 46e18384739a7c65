package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;

/**
 * Codes that open a door, a key safe or a card: "Key safe code 4719", "PIN: 4821", "der code vom
 * schlüsselkasten?\nJonas: 8812", "t'as le digicode ?\nkarim: 4B12A", and a password after "pass:"
 * beside a user. The code is the first run of four to eight digits (or, after a digicode, digits
 * and capitals) within {@value #WINDOW} characters and two words after its word, across the line of
 * a reply.
 */
final class AccessCodes {

  /** Words of such codes, lower case. */
  static final String[] CUES = {
    "pin",
    "pin code",
    "pin-code",
    "door code",
    "gate code",
    "alarm code",
    "keypad code",
    "entry code",
    "access code",
    "lockbox code",
    "key safe code",
    "key box code",
    "digicode",
    "code porte",
    "code de la porte",
    "code d'accès",
    "türcode",
    "haustürcode",
    "torcode",
    "alarmcode",
    "schlüsselkasten",
    "schlüsseltresor",
    "código de la puerta",
    "código de acceso",
    "caja de llaves",
    "codice del portone",
    "codice d'accesso",
    "portkod",
    "koden till porten",
    "dørkode",
    "portkode",
    "nøgleboks",
    "kode",
    "ovikoodi",
    "pinkoodi",
    "kod do drzwi",
    "kod dostępu",
    "pass:"
  };

  private static final int WINDOW = 60;

  private AccessCodes() {}

  static void find(String text, String lower, List<Finding> out) {
    for (int k = 0; k < CUES.length; k++) {
      String cue = CUES[k];
      for (int p : CueWords.positions(lower, CueWords.Kind.ACCESS_CODE, k)) {
        int e = p + cue.length();
        if (!Scan.wordStart(text, p) || (!cue.endsWith(":") && Context.wordCharAt(text, e))) {
          continue;
        }
        if (cue.equals("pass:")) {
          password(text, e, out);
        } else {
          code(text, e, cue.equals("digicode"), cue.equals("pin") || cue.equals("kode"), out);
        }
      }
    }
  }

  /**
   * The code after its word: after "pin" and "kode", words of pins and postcodes too ("set pin 1023
   * high", "kode pos 40115"), only past a colon, an equals sign, "is" or a line break.
   */
  private static void code(
      String text, int from, boolean lettered, boolean strict, List<Finding> out) {
    int stop = Math.min(text.length(), from + WINDOW);
    int lines = 0;
    int words = 0;
    boolean told = !strict;
    for (int i = from; i < stop; i++) {
      char c = text.charAt(i);
      if (c == '\n' && ++lines > 1) {
        return;
      }
      if (c == ':' || c == '=' || c == '\n') {
        told = true;
      }
      if (!Scan.isLetterOrDigit(c) || (i > 0 && Scan.isLetterOrDigit(text.charAt(i - 1)))) {
        continue;
      }
      int e = i;
      int digits = 0;
      boolean lower = false;
      while (e < text.length() && Scan.isLetterOrDigit(text.charAt(e))) {
        digits += Scan.isDigit(text.charAt(e)) ? 1 : 0;
        lower |= Character.isLowerCase(text.charAt(e));
        e++;
      }
      if (e + 1 < text.length() && text.charAt(e) == ':' && Scan.isDigit(text.charAt(e + 1))) {
        i = e + 1; // "[18:04]": the time of a chat's line, then its speaker
        while (i < stop && Scan.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        continue;
      }
      if (i > 0 && "-/_".indexOf(text.charAt(i - 1)) >= 0) {
        return; // "SKU-4410-B": a part of an identifier
      }
      int len = e - i;
      boolean number = digits == len && len >= 4 && len <= 8;
      boolean mixed = lettered && !lower && digits >= 2 && len >= 4 && len <= 6;
      if ((number || mixed) && !told) {
        return;
      }
      if (number || mixed) {
        if (e < text.length() && (text.charAt(e) == '#' || text.charAt(e) == '*')) {
          e++;
        }
        if (!Context.wordCharAt(text, e)
            && !(e < text.length()
                && ".,/:-".indexOf(text.charAt(e)) >= 0
                && e + 1 < text.length()
                && Scan.isDigit(text.charAt(e + 1)))) {
          out.add(new Finding(PiiType.API_KEY_OR_SECRET, i, e, 0.75));
        }
        return; // the first number after the word is the code, or none is
      }
      String word = text.substring(i, e);
      if (word.equals("is") || word.equals("ist") || word.equals("est") || word.equals("es")) {
        told = true;
      }
      if (digits > 0 || ++words > 2) {
        return; // "PIN 2 of the header": another number comes first; "kode produk SKU ...": a word
      }
      i = e;
    }
  }

  /** "user: admin pass: Blue-Falcon-77": a password-shaped value right after "pass:". */
  /** The longest password read after a short cue. */
  private static final int LONGEST = 64;

  private static void password(String text, int from, List<Finding> out) {
    int s = from;
    while (s < text.length() && s - from < 3 && text.charAt(s) == ' ') {
      s++;
    }
    int e = s;
    while (e < text.length() && e - s <= LONGEST && !Character.isWhitespace(text.charAt(e))) {
      e++;
    }
    if (e - s > LONGEST) {
      return; // no password: and reading on to the next space after each cue would be quadratic
    }
    if (e > s && SecretSettings.passwordShaped(text.substring(s, e))) {
      out.add(new Finding(PiiType.API_KEY_OR_SECRET, s, e, 0.75));
    }
  }
}
