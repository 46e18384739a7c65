package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The person a message greets or signs as, in Cyrillic, Greek, Arabic and Hebrew: "Привет, Лена!",
 * "Γεια σου Μαρία,", "مرحبا سارة،", "שלום דנה," and a sign-off with the name after it on its line
 * or alone on the next ("Целую, Катя", "مع التحية،\nعمر"). In the cased scripts the name is
 * capitalised; in the others it is the word or two up to the punctuation that closes the greeting.
 */
final class GreetingsOfMoreScripts {

  /** Greetings that a name follows, lower case. */
  static final String[] GREETINGS = {
    "привет",
    "здравствуй",
    "здравствуйте",
    "добрый день",
    "доброе утро",
    "добрый вечер",
    "дорогой",
    "дорогая",
    "уважаемый",
    "уважаемая",
    "привіт",
    "вітаю",
    "добрий день",
    "шановний",
    "шановна",
    "здравей",
    "здравейте",
    "γεια σου",
    "γεια σας",
    "καλημέρα",
    "καλησπέρα",
    "αγαπητέ",
    "αγαπητή",
    "مرحبا",
    "مرحباً",
    "أهلا",
    "أهلاً",
    "عزيزي",
    "عزيزتي",
    "שלום",
    "היי"
  };

  /** Sign-offs that a name follows on their line or the next, lower case. */
  static final String[] SIGN_OFFS = {
    "с уважением",
    "обнимаю",
    "целую",
    "всего доброго",
    "спасибо",
    "з повагою",
    "дякую",
    "цілую",
    "поздрави",
    "φιλιά",
    "με εκτίμηση",
    "ευχαριστώ",
    "φιλικά",
    "مع التحية",
    "مع تحياتي",
    "تحياتي",
    "شكرا",
    "شكراً",
    "בברכה",
    "תודה"
  };

  /** Words after a greeting that address a group or fill the sentence, never a person. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "все",
          "всем",
          "друзья",
          "коллеги",
          "ребята",
          "команда",
          "всі",
          "друзі",
          "колеги",
          "вам",
          "вас",
          "тебе",
          "всех",
          "клиент",
          "коллега",
          "пользователь",
          "покупатель",
          "господин",
          "госпожа",
          "σας",
          "σου",
          "πελάτη",
          "φίλοι",
          "όλοι",
          "παιδιά",
          "συνάδελφοι",
          "الجميع",
          "جميعا",
          "بكم",
          "بك",
          "بالجميع",
          "أصدقائي",
          "الفريق",
          "يا",
          "רבה",
          "לך",
          "לכם",
          "جزيلا",
          "جزيلاً",
          "لك",
          "لكم",
          "כולם",
          "חברים",
          "לכולם",
          "צוות");

  private GreetingsOfMoreScripts() {}

  static void find(String text, List<Finding> out) {
    String lower = Scan.lower(text);
    for (int k = 0; k < GREETINGS.length; k++) {
      for (int p : CueWords.positions(lower, CueWords.Kind.GREETING, k)) {
        int e = p + GREETINGS[k].length();
        if (Scan.wordStart(text, p) && !Context.wordCharAt(text, e)) {
          int s = skip(text, e, " ,،");
          int ne = nameAt(text, s);
          if (ne > s && closes(text, ne)) {
            add(s, ne, out);
          }
        }
      }
    }
    for (int k = 0; k < SIGN_OFFS.length; k++) {
      for (int p : CueWords.positions(lower, CueWords.Kind.SIGN_OFF, k)) {
        int e = p + SIGN_OFFS[k].length();
        if (!lineStart(text, p) || Context.wordCharAt(text, e)) {
          continue;
        }
        int s = skip(text, e, " ,،!.");
        boolean below = s < text.length() && text.charAt(s) == '\n';
        if (below) {
          s = skip(text, s + 1, " ");
        }
        int ne = nameAt(text, s);
        // Below the sign-off the name is its line's only word ("Спасибо!\nОтлично." is no name).
        boolean alone = ne == text.length() || text.charAt(ne) == '\n' || text.charAt(ne) == '\r';
        if (ne > s && (below ? alone : alone || closes(text, ne))) {
          add(s, ne, out);
        }
      }
    }
  }

  /** Adds the name unless a name found before already covers it. */
  private static void add(int s, int e, List<Finding> out) {
    for (Finding f : out) {
      if (f.type() == PiiType.PERSON && f.start() <= s && f.end() >= e) {
        return;
      }
    }
    out.add(new Finding(PiiType.PERSON, s, e, 0.7));
  }

  private static int skip(String text, int i, String chars) {
    while (i < text.length() && chars.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static boolean lineStart(String text, int p) {
    int i = p;
    while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
      i--;
    }
    return i == 0 || text.charAt(i - 1) == '\n';
  }

  /** Punctuation that closes a greeting or a sign-off's name. */
  private static boolean closes(String text, int i) {
    return i == text.length() || ",!.?،\n".indexOf(text.charAt(i)) >= 0;
  }

  /** The end of one or two name words of these scripts from {@code s}, or {@code s}. */
  private static int nameAt(String text, int s) {
    int e = wordAt(text, s);
    if (e == s) {
      return s;
    }
    if (e + 1 < text.length() && text.charAt(e) == ' ') {
      int e2 = wordAt(text, e + 1);
      if (e2 > e + 1 && closes(text, e2)) {
        return e2;
      }
    }
    return e;
  }

  private static int wordAt(String text, int s) {
    if (s >= text.length() || !Character.isLetter(text.charAt(s))) {
      return s;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(s));
    boolean cased =
        script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK;
    boolean uncased =
        script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW;
    if (!(cased && Character.isUpperCase(text.charAt(s)) || uncased)) {
      return s;
    }
    int e = NameWords.wordEnd(text, s, s + 24);
    if (uncased && !NameLists.get().scriptFirst.contains(text.substring(s, e))) {
      return s; // without capitals only a listed given name: not "שלום עולם", "شكرا على"
    }
    if (e - s < 2
        || Context.wordCharAt(text, e)
        || NOT_NAMES.contains(text.substring(s, e).toLowerCase(Locale.ROOT))) {
      return s;
    }
    return e;
  }
}
