package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.Set;

/**
 * Passwords that a password word announces somewhere in what follows, not as its value: "wer hat
 * das Passwort?\nmia: Nas#Wohnzimmer77". The loosest secret rule: it runs last and skips what the
 * others reported.
 */
final class PasswordsNearWords {

  /** Words that announce a password somewhere in what follows, not necessarily right after them. */
  private static final String[] PASSWORD_TOPICS = {
    "password", "passwort", "passwd", "passphrase", "kennwort", "mot de passe", "contraseña",
        "contrasena", "senha",
    "wachtwoord", "hasło", "haslo", "пароль", "credentials", "creds", "zugangsdaten",
        "identifiants", "credenciales",
    "credenziali", "inloggegevens", "pw", "pwd", "wifi", "wi-fi", "wlan", "wpa-psk", "psk",
    "passord", "salasana", "lösenord", "heslo", "şifre", "sifre", "jelszó", "jelszo", "parola",
    "lozinka", "geslo", "κωδικός", "密码", "パスワード", "비밀번호", "סיסמה", "رمز", "كلمة المرور",
    "كلمة السر", "كلمة سر", "รหัสผ่าน"
  };

  static final Set<String> TOPIC_SET = Set.of(PASSWORD_TOPICS);

  /** Password words that are not also setting keywords: the only ones searched for again. */
  static final String[] EXTRA_TOPICS =
      java.util.Arrays.stream(PASSWORD_TOPICS)
          .filter(t -> !java.util.Arrays.asList(SecretSettings.KEYWORDS).contains(t))
          .toArray(String[]::new);

  private PasswordsNearWords() {}

  /**
   * A token shaped like a chosen password (upper and lower case and a digit, or letters, a digit
   * and a special character) within 100 characters after a password word, across at most two line
   * breaks: "wer hat das Passwort?\nmia: Nas#Wohnzimmer77". Each character is read once.
   */
  static void findNearPasswordWords(String text, String lower, List<Finding> out, IntList topics) {
    addExtraTopics(text, lower, topics);
    int[] starts = topics.values;
    int count = topics.size;
    java.util.Arrays.sort(starts, 0, count);
    if (count == 0) {
      return;
    }
    java.util.BitSet found = new java.util.BitSet();
    for (Finding f : out) {
      if (f.type() == PiiType.API_KEY_OR_SECRET) {
        found.set(f.start(), f.end());
      }
    }
    int scannedTo = 0;
    for (int k = 0; k < count; k++) {
      int from = Math.max(starts[k], scannedTo);
      int stop = Math.min(text.length(), starts[k] + 100);
      scannedTo = Math.max(scannedTo, scanAfterTopic(text, lower, from, stop, found, out));
    }
  }

  /**
   * Where the password words that are not setting keywords end (those were collected with the
   * settings).
   */
  private static void addExtraTopics(String text, String lower, IntList topics) {
    for (int k = 0; k < EXTRA_TOPICS.length; k++) {
      String w = EXTRA_TOPICS[k];
      for (int i : CueWords.positions(lower, CueWords.Kind.PASSWORD_TOPIC, k)) {
        boolean spaceless = spaceless(w.charAt(0)) || thai(w.charAt(0));
        if ((spaceless || Scan.wordStart(text, i) || PassportOrIdRecognizer.hebrewPrefixed(text, i))
            && (spaceless || w.length() > 3 || !Context.wordCharAt(text, i + w.length()))
            && !standard(text, i + w.length(), w)
            && !SecretSettings.valueOfAField(text, i)) {
          topics.add(i + w.length());
        }
      }
    }
  }

  /**
   * "Wi-Fi 6E", "WLAN 802.11ax": the name of a radio standard in a specification, not the topic of
   * a password.
   */
  private static boolean standard(String text, int e, String w) {
    return w.startsWith("w") && Scan.at(STANDARD.matcher(text), e, 16, text.length());
  }

  /** A Wi-Fi generation or an 802.11 standard: " 6E", " 5", " 802.11ax". */
  private static final java.util.regex.Pattern STANDARD =
      java.util.regex.Pattern.compile(" (?:[4-7][Ee]?|802\\.11[a-z]{0,2})(?![A-Za-z0-9#])");

  /**
   * Reports the first password-shaped token in [from, stop), unless an earlier rule reported one
   * there; returns how far the text was read.
   */
  private static int scanAfterTopic(
      String text, String lower, int from, int stop, java.util.BitSet found, List<Finding> out) {
    int i = from;
    int lines = 0;
    int reached = i;
    while (i < stop) {
      char c = text.charAt(i);
      if (c == '\n' && ++lines > 2) {
        break;
      }
      if (!tokenChar(c)) {
        i++;
        continue;
      }
      int s = i;
      while (i < text.length() && i - s < 80 && tokenChar(text.charAt(i))) {
        i++;
      }
      int e = i;
      reached = Math.max(reached, e); // a token read once is not read again by the next window
      while (s < e && (text.charAt(s) == '=' || text.charAt(s) == ':')) {
        s++; // "password=...": the assignment, read by the other rules
      }
      if (found.nextSetBit(s) >= 0 && found.nextSetBit(s) < e) {
        i = stop;
        break; // already reported by a more specific rule
      }
      int whole = e;
      while (e > s && ".:!?".indexOf(text.charAt(e - 1)) >= 0 && e - s > 8) {
        e--; // sentence punctuation after the value
      }
      if (e < whole
          && !SecretValues.strongPassword(text, s, e, lower)
          && text.charAt(e) == '!'
          && SecretValues.strongPassword(text, s, whole, lower)) {
        e = whole; // "kumo_0412!": the mark is the password's own, as nothing else makes it one
      }
      if (SecretValues.strongPassword(text, s, e, lower) && !exampleBefore(lower, s)) {
        out.add(new Finding(PiiType.API_KEY_OR_SECRET, s, e, 0.7));
        i = stop;
        break;
      }
    }
    return Math.max(i, reached);
  }

  /** Words that open a list of examples on their line: "Bad examples: "Password1", ...". */
  private static final String[] EXAMPLES_OF_A_LINE = {
    "example", "exemple", "ejemplo", "beispiel", "esempio", "voorbeeld", "exemplo"
  };

  /** "a digit like Abcdef12", "e.g. Passw0rd!": an example in a password rule, not a password. */
  private static boolean exampleBefore(String lower, int s) {
    int from = Math.max(0, s - 80);
    int nl = from;
    for (int i = s - 1; i >= from; i--) {
      if (lower.charAt(i) == '\n') {
        nl = i + 1;
        break;
      }
    }
    String before = lower.substring(nl, s);
    for (String e : EXAMPLES_OF_A_LINE) {
      for (int at = before.indexOf(e); at >= 0; at = before.indexOf(e, at + 1)) {
        int end = at + e.length();
        boolean word = at == 0 || !Character.isLetter(before.charAt(at - 1));
        boolean domain =
            end + 1 < before.length()
                && before.charAt(end) == '.'
                && Character.isLetter(before.charAt(end + 1));
        if (word && !domain) {
          return true; // "Bad examples:", not "example.org"
        }
      }
    }
    String w = lower.substring(Math.max(0, s - 14), s);
    return w.endsWith("like ")
        || w.endsWith("e.g. ")
        || w.endsWith("e.g.: ")
        || w.endsWith("such as ")
        || w.endsWith("example ")
        || w.endsWith("example: ")
        || w.endsWith("z.b. ")
        || w.endsWith("wie ")
        || w.endsWith("p.ex. ")
        || w.endsWith("comme ")
        || w.endsWith("como ")
        || w.endsWith("ad es. ")
        || w.endsWith("bijv. ")
        || w.endsWith("zoals ")
        || w.endsWith("not ");
  }

  /** Thai, written without spaces between words: a password word may stand inside a longer one. */
  private static boolean thai(char c) {
    return c >= 0x0E00 && c <= 0x0E7F;
  }

  /**
   * Chinese, Japanese and Korean letters, their punctuation and full-width forms: a password word
   * of theirs may be glued to the words around it ("路由器的密码是 Lz9!wR4q，别告诉别人", "비밀번호는"), so it starts
   * anywhere, and a password ends at the first of their characters.
   */
  private static boolean spaceless(char c) {
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || Scan.cjk(c);
  }

  private static boolean tokenChar(char c) {
    if (spaceless(c)) {
      return false;
    }
    return switch (c) {
      case ' ',
          '\t',
          '\n',
          '\r',
          '"',
          '\'',
          '`',
          '(',
          ')',
          '[',
          ']',
          '{',
          '}',
          '<',
          '>',
          ',',
          ';',
          '|' ->
          false;
      default -> !Character.isWhitespace(c);
    };
  }

  /** A growable list of ints: where password words end, shared by two passes. */
  static final class IntList {
    int[] values = new int[16];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }
  }
}
