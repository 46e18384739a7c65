package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of a secret-ish setting: "password = X", "api_key: X", "the password is X", "my
 * password for the drive is X", "--password X", ".netrc: password X". The setting's name decides
 * how strict the value check is: after a password word any non-placeholder value goes, after
 * "token" or "key" only a random-looking one.
 */
final class SecretSettings {

  /** Secret-ish setting names (lower case); the assignment and value are read after them. */
  static final String[] KEYWORDS = {
    "password",
    "passwd",
    "passphrase",
    "pwd",
    "secret",
    "api_key",
    "api-key",
    "apikey",
    "access_key",
    "access-key",
    "accesskey",
    "private_key",
    "private-key",
    "privatekey",
    "auth_token",
    "auth-token",
    "authtoken",
    "access_token",
    "access-token",
    "accesstoken",
    "refresh_token",
    "refresh-token",
    "token",
    "credential",
    "passwort",
    "kennwort",
    "accountkey",
    "account_key",
    "signing_key",
    "signing-key",
    "signingkey",
    "license_key",
    "license-key",
    "licence_key",
    "app_key",
    "app-key",
    "master_key",
    "master-key",
    "encryption_key",
    "encryption-key",
    "basic_auth",
    "basic-auth",
    "mot de passe",
    "mot_de_passe",
    "contraseña",
    "contrasena",
    "senha",
    "wachtwoord",
    "hasło",
    "haslo",
    "clave",
    "пароль",
    "pw",
    "sig",
    "signature",
    "pass"
  };

  private static final Pattern ASSIGNMENT =
      Pattern.compile(
          "[A-Za-z0-9_.-]{0,30}[\"']?\\]?(?:\\s{1,4}value)?(?:\\s{0,4}|[ \\t]{5,40})(=>|:=|=|:|\\s(?:is|ist|est|es|è|was)\\s)\\s{0,4}[\"'`]?([^\\s\"'`,;<>()\\[\\]{}]{4,256})");

  /** "my password for the shared drive is X": a few words between the keyword and "is". */
  private static final Pattern PROSE =
      Pattern.compile(
          "(?:\\s[\\p{L}']{1,12}){0,5}?\\s(?:is|was|ist|war|est|es|era|è|:)\\s{1,3}[\"'`]?([^\\s\"'`,;<>()\\[\\]{}]{4,64})");

  private SecretSettings() {}

  static void findAssignments(
      String text, String lower, List<Finding> out, PasswordsNearWords.IntList topics) {
    Matcher a = Scan.matcher(ASSIGNMENT, text);
    for (int w = 0; w < KEYWORDS.length; w++) {
      String keyword = KEYWORDS[w];
      int covered = 0;
      boolean topic = PasswordsNearWords.TOPIC_SET.contains(keyword);
      for (int k : CueWords.positions(lower, CueWords.Kind.SECRET_SETTING, w)) {
        if (k < covered) {
          continue; // inside the value of an assignment already read
        }
        if (keyword.length() <= 3
            && (!Scan.wordStart(text, k)
                || Character.isLetter(charAt(text, k + keyword.length())))) {
          continue; // "pw", "pwd", "sig" only as words of their own ("sign", "sigma" are not)
        }
        if (keyword.equals("pass") && !shortPassSetting(text, k)) {
          continue; // a boarding pass, a passport, a password (read as its own word)
        }
        if (topic && Scan.wordStart(text, k) && !valueOfAField(text, k)) {
          topics.add(k + keyword.length()); // for the near-password pass, without searching again
        }
        // A keyword inside the value just read ("password=password=...") is part of that value.
        covered = Math.max(covered, assignment(text, keyword, k, a, out));
      }
    }
  }

  /**
   * Reads "keyword[suffix] = value" after a keyword; returns the end of what was read (0 if
   * nothing).
   */
  private static int assignment(String text, String keyword, int k, Matcher a, List<Finding> out) {
    int keywordEnd = k + keyword.length();
    if (Scan.at(a, keywordEnd, 300, text.length())) {
      String suffix = text.substring(keywordEnd, a.start(1));
      if ((namesAReference(suffix) && !keyIdWithItsKey(keyword, suffix, a.group(2)))
          || (isPasswordWord(keyword) && camelCaseKey(suffix))) {
        return a.end(); // "secret_name: prod/db", "password_length = 12": about the secret, not the
        // secret
      }
      String op = a.group(1);
      String value = a.group(2);
      int vs = a.start(2);
      int ve = a.end(2);
      if (op.equals("=") && TableColumns.indexIn(text, '\n', a.end(1), vs) >= 0) {
        return a.end(1); // "JWT_SECRET=" left empty: the next line is another setting
      }
      boolean prose = op.length() > 2 && Character.isWhitespace(op.charAt(0));
      int closing = closingQuote(text, vs, ve);
      if (closing > 0) {
        ve = closing; // a quoted value runs to its closing quote, spaces and all
      } else {
        // "password: ..." opening a sentence versus a value: values rarely end in a full stop;
        // "!" and "?" end a sentence only in prose, in a setting they are part of the value.
        String stops = prose ? ".!?" : ".";
        while (ve > vs && stops.indexOf(text.charAt(ve - 1)) >= 0 && ve - vs > 4) {
          ve--;
        }
      }
      value = text.substring(vs, ve);
      if (acceptValue(keyword, value, prose, text, ve)) {
        out.add(new Finding(PiiType.API_KEY_OR_SECRET, vs, ve, 0.85));
      }
      return a.end();
    }
    if (isPasswordWord(keyword)) {
      Matcher p = Scan.matcher(PROSE, text);
      if (Scan.at(p, keywordEnd, 160, text.length())) {
        int vs = p.start(1);
        int ve = p.end(1);
        while (ve > vs + 4 && ".!?".indexOf(text.charAt(ve - 1)) >= 0) {
          ve--;
        }
        if (acceptValue(keyword, text.substring(vs, ve), true, text, ve)) {
          out.add(new Finding(PiiType.API_KEY_OR_SECRET, vs, ve, 0.8));
          return ve;
        }
      }
    }
    return spaceSeparated(text, keyword, k, out);
  }

  /**
   * For a value right after a quote that stopped before its closing quote (at a space), the index
   * of the closing quote on the same line within 128 chars; otherwise -1.
   */
  private static int closingQuote(String text, int vs, int ve) {
    if (vs == 0) {
      return -1;
    }
    char q = text.charAt(vs - 1);
    if (q != '"' && q != '\'' && q != '`') {
      return -1;
    }
    if (ve < text.length() && text.charAt(ve) == q) {
      return ve;
    }
    for (int i = ve; i < text.length() && i - vs < 128; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return -1;
      }
      if (c == q) {
        return i;
      }
    }
    return -1;
  }

  /** A setting name followed by the secret without "=" or ":": flags, .netrc lines, chat. */
  private static final Pattern SPACED_VALUE =
      Pattern.compile("[ \t]{1,4}([\"'`]?)([^\\s\"'`]{4,256})\\1(?![^\\s,;)\\]}])");

  private static int spaceSeparated(String text, String keyword, int k, List<Finding> out) {
    int keywordEnd = k + keyword.length();
    if (Context.wordCharAt(text, keywordEnd) || keywordEnd >= text.length()) {
      return 0; // "--password-stdin", "passwords"
    }
    Matcher v = Scan.matcher(SPACED_VALUE, text);
    if (!Scan.at(v, keywordEnd, 270, text.length())) {
      return 0;
    }
    int vs = v.start(2);
    int ve = v.end(2);
    String value = text.substring(vs, ve);
    boolean flag = k > 0 && text.charAt(k - 1) == '-' && !Context.wordCharAt(text, k - 2);
    if (value.startsWith("-")
        || (value.startsWith("(") && v.group(1).isEmpty()) // "(X-Hub-Signature-256)": a remark
        || keyValue(value)
        || SecretValues.placeholder(value)
        || SecretValues.looksLikeIdentifierPath(value)
        || SecretTokens.knownTokenPrefix(value)) {
      return 0; // vendor tokens are reported by their own rule
    }
    boolean accept;
    if (flag) {
      // "--password X", "-password X": the flag says what the value is.
      accept = isPasswordWord(keyword) || acceptValue(keyword, value, false, text, ve);
    } else {
      // "pw St4g!ng-2024", ".netrc: password c2f7a9e1-...": only values shaped like a password.
      // "auth token 0123abcd...": a long random-looking value after a token or key word.
      accept =
          isPasswordWord(keyword)
              ? passwordShaped(value)
              : value.length() >= 20 && acceptValue(keyword, value, false, text, ve);
    }
    if (accept) {
      out.add(new Finding(PiiType.API_KEY_OR_SECRET, vs, ve, 0.8));
      return ve;
    }
    return 0;
  }

  /**
   * The password word is the value of another field of a log line ("grund=passwort",
   * "reason=BAD_PASSWORD"): a reason or a state, which announces no password.
   */
  static boolean valueOfAField(String text, int k) {
    int b = k;
    while (b > 0
        && b > k - 16
        && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '_')) {
      b--;
    }
    return b > 0 && text.charAt(b - 1) == '=';
  }

  /** "attempt=3/5": another field of the line, not a value of its own. */
  private static boolean keyValue(String value) {
    int eq = value.indexOf('=');
    if (eq <= 0 || eq + 1 >= value.length() || value.charAt(eq + 1) == '=') {
      return false; // "c2VjcmV0UGFzcw==": base64's padding
    }
    for (int i = 0; i < eq; i++) {
      char c = value.charAt(i);
      if (!(c >= 'a' && c <= 'z') && c != '_') {
        return false; // a key is a lower-case word: "attempt=3/5", not "Tr0ub4dor=Xk9"
      }
    }
    return true;
  }

  /** Letters and digits, and a symbol or both cases: unlike a word or a number in prose. */
  static boolean passwordShaped(String v) {
    if (v.length() < 6 || v.length() > 64) {
      return false;
    }
    boolean letter = false;
    boolean digit = false;
    boolean upper = false;
    boolean lower = false;
    boolean symbol = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        upper |= Character.isUpperCase(c);
        lower |= Character.isLowerCase(c);
      } else if (Character.isDigit(c)) {
        digit = true;
      } else {
        symbol = true;
      }
    }
    char last = v.charAt(v.length() - 1);
    if (last == '.' || last == ',' || last == ':') {
      return false;
    }
    return letter && digit && (symbol || (upper && lower));
  }

  private static final String[] REFERENCE_SUFFIXES = {
    "name",
    "id",
    "ids",
    "arn",
    "ref",
    "path",
    "file",
    "length",
    "type",
    "version",
    "count",
    "hint",
    "policy",
    "field",
    "label",
    "prompt",
    "var",
    "env",
    "location",
    "uri",
    "url",
    "expiry",
    "ttl",
    "age"
  };

  /**
   * "adminPasswordKey: postgres-password", "passwordSecretName: db-creds": in camel case, a
   * password setting whose last word is "Key" or a word of {@link #REFERENCE_SUFFIXES} names where
   * the password is kept (the key of a Kubernetes secret), not the password.
   */
  private static boolean camelCaseKey(String suffix) {
    if (suffix.isEmpty() || !Character.isUpperCase(suffix.charAt(0))) {
      return false;
    }
    int e = 1;
    while (e < suffix.length() && Character.isLowerCase(suffix.charAt(e))) {
      e++;
    }
    String word = suffix.substring(0, e).toLowerCase(Locale.ROOT);
    if (word.equals("key") || word.equals("keys")) {
      return true;
    }
    for (String r : REFERENCE_SUFFIXES) {
      if (word.equals(r)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "private_key_id": "9f3b7e1c...": the id of a key given with the key (a service account's JSON,
   * a pair of access keys) is labelled with it, when it is a long random-looking value.
   */
  private static boolean keyIdWithItsKey(String keyword, String suffix, String value) {
    String v = value.endsWith("\"") ? value.substring(0, value.length() - 1) : value;
    return (keyword.startsWith("private") || keyword.startsWith("access"))
        && suffix.toLowerCase(Locale.ROOT).matches("[_-]id[\"']?\\s*")
        && v.length() >= 16
        && v.chars().allMatch(Character::isLetterOrDigit)
        && v.chars().anyMatch(Character::isDigit)
        && Checksums.entropy(v) >= 3.0;
  }

  /** The setting names the secret (its name, id, path, length...) rather than holding it. */
  private static boolean namesAReference(String suffix) {
    int e = suffix.length();
    while (e > 0 && !Character.isLetterOrDigit(suffix.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetterOrDigit(suffix.charAt(b - 1))) {
      b--;
    }
    if (b == e || b == 0) {
      return false; // no suffix word of its own ("password", "passwordX")
    }
    char sep = suffix.charAt(b - 1);
    if (sep != '_' && sep != '-' && sep != '.') {
      return false;
    }
    String last = suffix.substring(b, e).toLowerCase(Locale.ROOT);
    for (String r : REFERENCE_SUFFIXES) {
      if (last.equals(r)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "pass" at {@code k} names a password setting: the last word of a setting's name
   * ("DB_PASS=", "smtp.pass:", "key_file_pass = "), or a word of its own assigned with "=" ("user=x
   * pass=y", "pass = y") or opening a line as a key ("pass: ...", "\"pass\": ...").
   */
  private static boolean shortPassSetting(String text, int k) {
    int e = k + 4;
    if (Character.isLetterOrDigit(charAt(text, e))) {
      return false;
    }
    while (e < text.length() && e < k + 8 && (text.charAt(e) == ' ' || text.charAt(e) == '\t')) {
      e++; // "pass = ...", as INI and rclone files space it
    }
    char after = charAt(text, e);
    char before = k > 0 ? text.charAt(k - 1) : '\n';
    if ((before == '_' || before == '.' || before == '-')
        && k >= 2
        && Character.isLetterOrDigit(text.charAt(k - 2))) {
      return after == '=' || after == ':' || after == '"' || after == '\'';
    }
    if (Character.isLetterOrDigit(before)) {
      return false;
    }
    if (after == '=') {
      return true;
    }
    int p = before == '"' || before == '\'' ? k - 2 : k - 1;
    while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
      p--;
    }
    boolean lineStart = p < 0 || text.charAt(p) == '\n';
    return lineStart
        && (after == ':' || (after == '"' || after == '\'') && charAt(text, e + 1) == ':');
  }

  /**
   * Whether the value of a short "pass" is a password: a letter and a digit or a sign, and neither
   * a path nor a share, as a test runner prints after "PASS:".
   */
  private static boolean passwordOfAShortPass(String value) {
    boolean letter = value.chars().anyMatch(Character::isLetter);
    boolean other = value.chars().anyMatch(c -> !Character.isLetter(c));
    return letter && other && value.indexOf('/') < 0 && !value.endsWith("%");
  }

  private static boolean isPasswordWord(String keyword) {
    return keyword.startsWith("pass")
        || keyword.startsWith("pw")
        || keyword.startsWith("kenn")
        || keyword.startsWith("mot")
        || keyword.startsWith("contrase")
        || keyword.startsWith("senha")
        || keyword.startsWith("wacht")
        || keyword.startsWith("has")
        || keyword.startsWith("clave")
        || keyword.startsWith("пар");
  }

  static boolean acceptValue(
      String keyword, String value, boolean prose, String text, int valueEnd) {
    if (value.length() < 4 || SecretValues.placeholder(value)) {
      return false;
    }
    if (valueEnd < text.length()
        && (text.charAt(valueEnd) == '(' || text.charAt(valueEnd) == '[')) {
      return false; // a call or an index: code, not a value
    }
    if (keyword.startsWith("basic")) {
      // "FLOWER_BASIC_AUTH=ops:Wq9z...": a user and a password, not "basic_auth: true".
      int colon = value.indexOf(':');
      return colon > 0 && value.length() - colon > 4;
    }
    if (keyword.equals("pass") && !passwordOfAShortPass(value)) {
      return false; // "Pass: 12873 Fail: 0", "PASS: t/basic.sh", "pass: 98.5%": test results
    }
    boolean password = isPasswordWord(keyword);
    boolean hasDigit = false;
    boolean hasUpper = false;
    boolean hasLower = false;
    boolean hasSymbol = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isDigit(c)) {
        hasDigit = true;
      } else if (Character.isUpperCase(c)) {
        hasUpper = true;
      } else if (Character.isLowerCase(c)) {
        hasLower = true;
      } else {
        hasSymbol = true;
      }
    }
    if (SecretValues.looksLikeIdentifierPath(value)) {
      return false;
    }
    if (password) {
      if (prose) {
        return hasDigit || hasSymbol || (hasUpper && hasLower && value.length() >= 8);
      }
      return true;
    }
    // Generic secret/token/key names: the entropy gate.
    if (value.length() < 8) {
      return false;
    }
    if (prose && !(hasDigit && (hasUpper || hasLower))) {
      return false;
    }
    return hasDigit && (hasUpper || hasLower)
        ? Checksums.entropy(value) >= 2.8
        : Checksums.entropy(value) >= 3.5 && hasSymbol;
  }

  private static char charAt(String text, int i) {
    return i < text.length() ? text.charAt(i) : ' ';
  }
}
