package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys and secrets: vendor tokens with a fixed shape (AWS, GitHub, GitLab, Slack, Stripe,
 * Google, npm, SendGrid, OpenAI/Anthropic, JWTs), PEM and OpenSSH private key blocks, the values
 * of Authorization / API-key headers, and the values of password, secret and token settings in
 * config lines and prose. Values without a vendor shape pass an entropy gate, so git SHAs,
 * UUIDs and digests are only reported where the text says they are a secret.
 */
public final class SecretRecognizer implements Recognizer {

  /** Vendor token shapes; applied only inside long runs of token characters. */
  private static final Pattern VENDOR =
      Pattern.compile(
          "(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9])"
              + "|gh[pousr]_[A-Za-z0-9]{36,251}"
              + "|github_pat_[A-Za-z0-9_]{22,255}"
              + "|glpat-[A-Za-z0-9_-]{20,64}"
              + "|xox[abposre]-[A-Za-z0-9-]{10,250}"
              + "|xapp-[0-9]-[A-Za-z0-9-]{10,250}"
              + "|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}"
              + "|whsec_[A-Za-z0-9+/=]{24,128}"
              + "|AIza[0-9A-Za-z_-]{35}"
              + "|ya29\\.[0-9A-Za-z_-]{20,2048}"
              + "|GOCSPX-[0-9A-Za-z_-]{20,64}"
              + "|npm_[A-Za-z0-9]{36}"
              + "|SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{16,64}"
              + "|sk-(?:proj-|ant-[a-z0-9]{2,8}-)?[A-Za-z0-9_-]{32,256}"
              + "|eyJ[A-Za-z0-9_-]{8,4096}\\.eyJ[A-Za-z0-9_-]{8,8192}\\.[A-Za-z0-9_-]{0,4096}"
              + "|hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_-]{20,256}"
              + "|dckr_pat_[A-Za-z0-9_-]{20,64}"
              + "|hf_[A-Za-z0-9]{30,40}(?![A-Za-z0-9])"
              + "|pypi-AgE[A-Za-z0-9_-]{50,512}"
              + "|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"
              + "|glc_[A-Za-z0-9+/]{32,400}={0,2}"
              + "|hvs\\.[A-Za-z0-9_-]{24,256}"
              + "|do[opr]_v1_[a-f0-9]{64}"
              + "|lin_api_[A-Za-z0-9]{40}"
              + "|sq0(?:atp|csp)-[0-9A-Za-z_-]{22,43}"
              + "|AGE-SECRET-KEY-1[0-9A-Z]{58}"
              + "|SK[0-9a-f]{32}(?![0-9A-Za-z])");

  /** After "authorization": the scheme and the credentials. */
  private static final Pattern AUTHORIZATION =
      Pattern.compile(
          "(?i)[\"']?\\s{0,4}[:=]\\s{0,4}[\"']?(?:bearer|basic|token|bot|digest|apikey|sso-key)\\s{1,4}([A-Za-z0-9._~+/:=-]{8,4096})");
  /** After "bearer". */
  private static final Pattern BEARER = Pattern.compile("\\s{1,4}([A-Za-z0-9._~+/-]{16,4096}=*)");
  /** After an API-key header name. */
  private static final Pattern KEY_HEADER =
      Pattern.compile("[\"']?\\s{0,4}[:=]\\s{0,4}[\"']?([A-Za-z0-9._~+/=-]{8,4096})");
  private static final String[] KEY_HEADERS = {
    "x-api-key", "api-key", "x-auth-token", "x-access-token", "private-token", "x-goog-api-key",
    "ocp-apim-subscription-key", "x-functions-key"
  };

  /** Secret-ish setting names (lower case); the assignment and value are read after them. */
  private static final String[] KEYWORDS = {
    "password", "passwd", "passphrase", "pwd", "secret", "api_key", "api-key", "apikey", "access_key", "access-key",
    "accesskey", "private_key", "private-key", "privatekey", "auth_token", "auth-token", "authtoken", "access_token",
    "access-token", "accesstoken", "refresh_token", "refresh-token", "token", "credential", "passwort", "kennwort",
    "accountkey", "account_key", "mot de passe", "mot_de_passe", "contraseña", "contrasena", "senha", "wachtwoord", "hasło", "haslo", "clave",
    "пароль", "pw", "sig", "signature"
  };
  private static final Pattern ASSIGNMENT =
      Pattern.compile(
          "[A-Za-z0-9_.-]{0,30}[\"']?\\]?(?:\\s{1,4}value)?\\s{0,4}(=>|:=|=|:|\\s(?:is|ist|est|es|è|was)\\s)\\s{0,4}[\"'`]?([^\\s\"'`,;<>()\\[\\]{}]{4,256})");

  /** "my password for the shared drive is X": a few words between the keyword and "is". */
  private static final Pattern PROSE =
      Pattern.compile(
          "(?:\\s[\\p{L}']{1,12}){0,5}?\\s(?:is|was|ist|war|est|es|era|è|:)\\s{1,3}[\"'`]?([^\\s\"'`,;<>()\\[\\]{}]{4,64})");

  private static final Set<String> PLACEHOLDERS =
      Set.of(
          "string", "str", "int", "integer", "bool", "boolean", "text", "varchar", "char", "bytes", "null",
          "none", "nil", "true", "false", "undefined", "required", "optional", "yes", "empty", "hidden",
          "masked", "redacted", "value", "example", "placeholder", "todo", "tbd", "n/a", "incorrect",
          "invalid", "wrong", "expired", "correct", "reset", "changed", "missing", "needed", "the",
          "your", "this", "that", "not", "also", "still", "stored", "used", "set", "sent", "same", "ok",
          "secret", "password", "token", "length", "field", "type", "object", "array", "number", "update",
          "updated", "rotated", "revoked", "valid", "protected", "encrypted", "hashed", "configured",
          "environment", "env", "default", "description", "format", "pattern", "minlength", "maxlength",
          "weak", "strong", "too", "must", "should", "will", "can", "only", "und", "ist", "est", "abgelaufen",
          "falsch", "incorrecto", "caducado", "oublié", "vergessen", "olvidada", "generated", "refresh",
          "bearer", "basic", "header", "manager", "policy", "policies", "rotation", "expiry", "expires",
          "leaked", "compromised", "exposed", "file", "store", "vault", "reference", "ref", "name", "key",
          "keys", "id", "ids", "holder", "prompt", "dialog", "request", "requests", "auth", "section");

  private static final String[] AWS_CUES = {"aws", "secret_access", "secretaccess", "secret access"};
  private static final Pattern UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Override
  public Set<PiiType> types() {
    return Set.of(PiiType.API_KEY_OR_SECRET);
  }

  @Override
  public void find(String text, List<Finding> out) {
    findPrivateKeyBlocks(text, out);
    String lower = Scan.lower(text);
    findVendorTokens(text, lower, out);
    findHeaders(text, lower, out);
    IntList topics = new IntList();
    findAssignments(text, lower, out, topics);
    findCommandLines(text, lower, out);
    findShortFlagPasswords(text, out);
    findNearPasswordWords(text, lower, out, topics);
  }

  private static final String[] PASSWORD_FLAGS = {" -p", " -P", " -w", " -a", "\t-p", "\t-P"};

  /**
   * The value of a short flag that many clients use for a password (-p, -P, -w, -a), whatever the
   * tool, when it is a strong password with a special character: "az login -p 'Az#Login2024'",
   * "sqlcmd -P 'Sql#Server2022'", "ldapsearch -w Ld4pAdm!n". Ports, paths and names do not pass.
   */
  private static void findShortFlagPasswords(String text, List<Finding> out) {
    java.util.BitSet found = null;
    for (String flag : PASSWORD_FLAGS) {
      for (int i = text.indexOf(flag); i >= 0; i = text.indexOf(flag, i + 1)) {
        int v = i + flag.length();
        if (v < text.length() && text.charAt(v) == ' ') {
          v++;
        }
        int e = v;
        char quote = v < text.length() && (text.charAt(v) == '\'' || text.charAt(v) == '"') ? text.charAt(v) : 0;
        if (quote != 0) {
          v++;
          e = v;
          while (e < text.length() && e - v < 64 && text.charAt(e) != quote && text.charAt(e) != '\n') {
            e++;
          }
          if (e >= text.length() || text.charAt(e) != quote) {
            continue;
          }
        } else {
          while (e < text.length() && e - v < 64 && !Character.isWhitespace(text.charAt(e))) {
            e++;
          }
        }
        if (e - v < 8 || !hasSpecial(text, v, e) || !strongPassword(text, v, e, Scan.lower(text))) {
          continue;
        }
        if (found == null) {
          found = new java.util.BitSet();
          for (Finding f : out) {
            if (f.type() == PiiType.API_KEY_OR_SECRET) {
              found.set(f.start(), f.end());
            }
          }
        }
        int seen = found.nextSetBit(v);
        if (seen < 0 || seen >= e) {
          out.add(new Finding(PiiType.API_KEY_OR_SECRET, v, e, 0.75));
          found.set(v, e);
        }
      }
    }
  }

  private static boolean hasSpecial(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (SPECIALS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Words that announce a password somewhere in what follows, not necessarily right after them. */
  private static final String[] PASSWORD_TOPICS = {
    "password", "passwort", "passwd", "passphrase", "kennwort", "mot de passe", "contraseña", "contrasena", "senha",
    "wachtwoord", "hasło", "haslo", "пароль", "credentials", "creds", "zugangsdaten", "identifiants", "credenciales",
    "credenziali", "inloggegevens", "pw", "pwd"
  };
  private static final Set<String> TOPIC_SET = Set.of(PASSWORD_TOPICS);
  /** Password words that are not also setting keywords: the only ones searched for again. */
  private static final String[] EXTRA_TOPICS =
      java.util.Arrays.stream(PASSWORD_TOPICS).filter(t -> !java.util.Arrays.asList(KEYWORDS).contains(t)).toArray(String[]::new);
  private static final String SPECIALS = "!@#$%^&*?~+§€£";
  /** Dotted identifiers and calls: "self._CRAM_MD5_AUTH", "user.getPassword2". */
  private static final Pattern IDENTIFIER_CHAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(?:\\.[A-Za-z_$][A-Za-z0-9_$]*)+");

  /**
   * A token shaped like a chosen password (upper and lower case and a digit, or letters, a digit
   * and a special character) within 100 characters after a password word, across at most two line
   * breaks: "wer hat das Passwort?\nmia: Nas#Wohnzimmer77". Each character is read once.
   */
  private static void findNearPasswordWords(String text, String lower, List<Finding> out, IntList topics) {
    for (String w : EXTRA_TOPICS) {
      for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
        if (Scan.wordStart(text, i) && (w.length() > 3 || !Context.wordCharAt(text, i + w.length()))) {
          topics.add(i + w.length());
        }
      }
    }
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
      int i = Math.max(starts[k], scannedTo);
      int stop = Math.min(text.length(), starts[k] + 100);
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
        while (e > s && ".:!?".indexOf(text.charAt(e - 1)) >= 0 && e - s > 8) {
          e--; // sentence punctuation after the value
        }
        if (strongPassword(text, s, e, lower) && !exampleBefore(lower, s)) {
          out.add(new Finding(PiiType.API_KEY_OR_SECRET, s, e, 0.7));
          i = stop;
          break;
        }
      }
      scannedTo = Math.max(scannedTo, Math.max(i, reached));
    }
  }

  /** "a digit like Abcdef12", "e.g. Passw0rd!": an example in a password rule, not a password. */
  private static boolean exampleBefore(String lower, int s) {
    String w = lower.substring(Math.max(0, s - 14), s);
    return w.endsWith("like ") || w.endsWith("e.g. ") || w.endsWith("e.g.: ") || w.endsWith("such as ") || w.endsWith("example ")
        || w.endsWith("example: ") || w.endsWith("z.b. ") || w.endsWith("wie ") || w.endsWith("p.ex. ") || w.endsWith("comme ")
        || w.endsWith("como ") || w.endsWith("ad es. ") || w.endsWith("bijv. ") || w.endsWith("zoals ") || w.endsWith("not ");
  }

  private static boolean tokenChar(char c) {
    return switch (c) {
      case ' ', '\t', '\n', '\r', '"', '\'', '`', '(', ')', '[', ']', '{', '}', '<', '>', ',', ';', '|' -> false;
      default -> !Character.isWhitespace(c);
    };
  }

  private static boolean strongPassword(String text, int s, int e, String lower) {
    int len = e - s;
    if (len < 8 || len > 64 || (e < text.length() && text.charAt(e) == '(')) {
      return false;
    }
    boolean upper = false;
    boolean lowerCase = false;
    boolean digit = false;
    boolean special = false;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      upper |= Character.isUpperCase(c);
      lowerCase |= Character.isLowerCase(c);
      digit |= Character.isDigit(c);
      special |= SPECIALS.indexOf(c) >= 0;
    }
    if (!digit || !(upper && lowerCase || (upper || lowerCase) && special)) {
      return false;
    }
    String v = lower.substring(s, e);
    if (v.startsWith("_") || v.indexOf('\\') >= 0 || v.contains("%s") || v.contains("%d") || v.indexOf('{') >= 0 || v.indexOf('}') >= 0
        || v.indexOf('=') >= 0 || IDENTIFIER_CHAIN.matcher(text.substring(s, e)).matches()) {
      return false; // escapes, format strings, templates, assignments and identifiers: code
    }
    if (v.contains("://") || v.indexOf('@') > 0 && v.indexOf('.', v.indexOf('@')) > 0 || v.startsWith("$") || v.startsWith("%")
        || v.contains("pass") || v.contains("token") || v.contains("secret")) {
      return false; // a URL, an e-mail address, a variable, or the setting's own name
    }
    return !placeholder(v);
  }

  /**
   * Passwords in command lines whose flags carry no "password" word: {@code mysql -pSECRET},
   * {@code sshpass -p SECRET}, {@code curl -u user:SECRET}, {@code htpasswd -b file user SECRET}.
   * Each tool name is found with indexOf and only the rest of its line (at most 300 chars) is read.
   */
  private static void findCommandLines(String text, String lower, List<Finding> out) {
    for (String tool : COMMAND_TOOLS) {
      for (int i = lower.indexOf(tool); i >= 0; i = lower.indexOf(tool, i + 1)) {
        int te = i + tool.length();
        if (!Scan.wordStart(text, i) || Context.wordCharAt(text, te) || (te < text.length() && text.charAt(te) == '.')) {
          continue;
        }
        int lineEnd = text.indexOf('\n', te);
        int stop = Math.min(lineEnd < 0 ? text.length() : lineEnd, te + 300);
        commandLine(text, tool, te, stop, out);
      }
    }
  }

  private static final String[] COMMAND_TOOLS = {
    "mysql", "mysqldump", "mysqladmin", "mysqlimport", "mariadb", "mariadb-dump", "sshpass", "curl", "htpasswd"
  };

  private static void commandLine(String text, String tool, int from, int stop, List<Finding> out) {
    List<int[]> words = new java.util.ArrayList<>();
    int i = from;
    while (i < stop && words.size() < 40) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
        continue;
      }
      if (c == '|' || c == ';' || c == '&' || c == '>' || c == '<' || c == '#') {
        break; // the command ends here
      }
      int s = i;
      char quote = 0;
      while (i < stop) {
        char d = text.charAt(i);
        if (quote != 0) {
          if (d == quote) {
            quote = 0;
          }
        } else if (d == '\'' || d == '"') {
          quote = d;
        } else if (d == ' ' || d == '\t') {
          break;
        }
        i++;
      }
      words.add(new int[] {s, i});
    }
    switch (tool) {
      case "sshpass" -> flagValue(text, words, "-p", true, out);
      case "curl" -> {
        int[] cred = flagWord(text, words, "-u", false);
        if (cred == null) {
          cred = flagWord(text, words, "--user", false);
        }
        if (cred != null) {
          int[] v = unquote(text, cred[0], cred[1]);
          int colon = text.indexOf(':', v[0]);
          if (colon > v[0] && colon < v[1] - 1) {
            report(text, colon + 1, v[1], out);
          }
        }
      }
      case "htpasswd" -> {
        // htpasswd -b[c...] FILE USER PASSWORD: the third word after the options.
        boolean batch = false;
        int operand = 0;
        for (int[] w : words) {
          if (text.charAt(w[0]) == '-') {
            batch |= text.substring(w[0], w[1]).indexOf('b') > 0;
          } else if (++operand == 3 && batch) {
            int[] v = unquote(text, w[0], w[1]);
            report(text, v[0], v[1], out);
          }
        }
      }
      default -> flagValue(text, words, "-p", false, out); // the MySQL clients: -pSECRET, glued only
    }
  }

  /** The value of a short flag: glued ({@code -pX}) and, if {@code spaced}, the next word. */
  private static void flagValue(String text, List<int[]> words, String flag, boolean spaced, List<Finding> out) {
    int[] w = flagWord(text, words, flag, spaced);
    if (w != null) {
      int[] v = unquote(text, w[0], w[1]);
      report(text, v[0], v[1], out);
    }
  }

  /** The span holding the flag's value, or null. */
  private static int[] flagWord(String text, List<int[]> words, String flag, boolean spaced) {
    for (int k = 0; k < words.size(); k++) {
      int[] w = words.get(k);
      if (!text.startsWith(flag, w[0])) {
        continue;
      }
      int rest = w[0] + flag.length();
      if (rest < w[1]) {
        if (text.charAt(rest) == '=') {
          rest++;
        }
        return rest < w[1] ? new int[] {rest, w[1]} : null;
      }
      if (k + 1 < words.size() && (spaced || flag.startsWith("--") || flag.equals("-u"))) {
        int[] next = words.get(k + 1);
        return text.charAt(next[0]) == '-' ? null : next;
      }
      return null;
    }
    return null;
  }

  private static int[] unquote(String text, int s, int e) {
    if (e - s >= 2 && (text.charAt(s) == '\'' || text.charAt(s) == '"') && text.charAt(e - 1) == text.charAt(s)) {
      return new int[] {s + 1, e - 1};
    }
    return new int[] {s, e};
  }

  private static void report(String text, int s, int e, List<Finding> out) {
    if (e - s >= 3 && !placeholder(text.substring(s, e))) {
      out.add(new Finding(PiiType.API_KEY_OR_SECRET, s, e, 0.85));
    }
  }

  /** Whether a string starts like a vendor token (used for tokens in URL userinfo). */
  static boolean knownTokenPrefix(String s) {
    Matcher m = VENDOR.matcher(s);
    return m.lookingAt();
  }

  private static void findPrivateKeyBlocks(String text, List<Finding> out) {
    int i = text.indexOf("-----BEGIN ");
    while (i >= 0) {
      int headerEnd = text.indexOf("-----", i + 11);
      if (headerEnd < 0 || headerEnd - i > 80) {
        i = text.indexOf("-----BEGIN ", i + 11);
        continue;
      }
      String label = text.substring(i + 11, headerEnd);
      if (!label.contains("PRIVATE KEY")) {
        i = text.indexOf("-----BEGIN ", headerEnd);
        continue;
      }
      String endMarker = "-----END " + label + "-----";
      int end = text.indexOf(endMarker, headerEnd);
      int stop;
      if (end >= 0) {
        stop = end + endMarker.length();
      } else {
        // No end line (truncated or cut by chunking): everything that looks like key body goes.
        stop = headerEnd + 5;
        while (stop < text.length() && isKeyBodyChar(text.charAt(stop))) {
          stop++;
        }
      }
      out.add(new Finding(PiiType.API_KEY_OR_SECRET, i, stop, 1.0));
      i = text.indexOf("-----BEGIN ", stop);
    }
  }

  private static boolean isKeyBodyChar(char c) {
    return Character.isLetterOrDigit(c) || c == '+' || c == '/' || c == '=' || c == '\n' || c == '\r'
        || c == '\\' || c == ' ' || c == ':' || c == '-' || c == ',';
  }

  private static final String[] VENDOR_PREFIXES = {
    "AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AIPA", "ANPA", "ANVA", "APKA", "AROA", "ASCA", "A3T", "ghp_", "gho_",
    "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xox", "xapp-", "sk_live_", "sk_test_", "rk_live_", "rk_test_",
    "whsec_", "AIza", "ya29.", "GOCSPX-", "npm_", "SG.", "sk-", "eyJ", "hooks.slack.com/", "dckr_pat_", "hf_",
    "pypi-AgE", "shpat_", "shpca_", "shppa_", "shpss_", "glc_", "hvs.", "doo_v1_", "dop_v1_", "dor_v1_", "lin_api_",
    "sq0atp-", "sq0csp-", "AGE-SECRET-KEY-1", "SK"
  };

  /**
   * The fewest characters of any vendor token: "xoxb-" and ten more. Every shape is made of
   * {@link #isTokenChar} characters only, so a token lies inside a run of them at least this long.
   */
  private static final int SHORTEST_VENDOR_TOKEN = 15;

  /** Whether the text has a run of {@link #isTokenChar} characters long enough to hold a vendor token. */
  private static boolean hasVendorRun(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = isTokenChar(text.charAt(i)) ? run + 1 : 0;
      if (run >= SHORTEST_VENDOR_TOKEN) {
        return true;
      }
    }
    return false;
  }

  /**
   * Vendor tokens: each fixed prefix found with indexOf, the shape checked anchored there; prose
   * without a run of token characters long enough for the shortest token is not searched.
   */
  private static void findVendorTokens(String text, String lower, List<Finding> out) {
    int n = text.length();
    if (hasVendorRun(text)) {
      Matcher m = Scan.matcher(VENDOR, text);
      for (String prefix : VENDOR_PREFIXES) {
        for (int i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1)) {
          boolean tokenStart = i == 0 || !Context.isWordChar(text.charAt(i - 1)) || text.charAt(i - 1) == '_';
          if (tokenStart && Scan.at(m, i, 8400, n)) {
            // A webhook URL is the secret as a whole, scheme included.
            int start = prefix.startsWith("hooks.") && m.start() >= 8 && text.startsWith("https://", m.start() - 8) ? m.start() - 8 : m.start();
            out.add(new Finding(PiiType.API_KEY_OR_SECRET, start, m.end(), 1.0));
            i = m.end() - 1;
          }
        }
      }
    }
    // AWS secret access keys: exactly 40 base64 characters, mixed, high entropy, near an AWS cue
    // (so none where the text has no cue at all).
    if (java.util.Arrays.stream(AWS_CUES).noneMatch(lower::contains)) {
      return;
    }
    int i = 0;
    while (i < n) {
      if (!isBase64(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && isBase64(text.charAt(i))) {
        i++;
      }
      if (i - s == 40 && (s == 0 || !isTokenChar(text.charAt(s - 1)) || text.charAt(s - 1) == '=')) {
        String v = text.substring(s, i);
        if (mixed(v) && Checksums.entropy(v) >= 4.0 && Context.anyBefore(text, s, 120, AWS_CUES)) {
          out.add(new Finding(PiiType.API_KEY_OR_SECRET, s, i, 0.9));
        }
      }
    }
  }

  private static boolean isBase64(char c) {
    return isAlnum(c) || c == '/' || c == '+';
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isTokenChar(char c) {
    return isAlnum(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == '+' || c == '=';
  }

  private static void findHeaders(String text, String lower, List<Finding> out) {
    headerValues(text, lower, "authorization", Scan.matcher(AUTHORIZATION, text), out);
    headerValues(text, lower, "bearer", Scan.matcher(BEARER, text), out);
    Matcher keyHeader = Scan.matcher(KEY_HEADER, text);
    for (String h : KEY_HEADERS) {
      headerValues(text, lower, h, keyHeader, out);
    }
  }

  private static void headerValues(String text, String lower, String name, Matcher m, List<Finding> out) {
    for (int i = lower.indexOf(name); i >= 0; i = lower.indexOf(name, i + 1)) {
      if (Scan.wordStart(text, i) && Scan.at(m, i + name.length(), 4200, text.length())) {
        if (!placeholder(m.group(1))) {
          out.add(new Finding(PiiType.API_KEY_OR_SECRET, m.start(1), m.end(1), 0.95));
        }
      }
    }
  }

  /** A growable list of ints: where password words end, shared by two passes. */
  private static final class IntList {
    int[] values = new int[16];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }
  }

  private static void findAssignments(String text, String lower, List<Finding> out, IntList topics) {
    Matcher a = Scan.matcher(ASSIGNMENT, text);
    for (String keyword : KEYWORDS) {
      int covered = 0;
      boolean topic = TOPIC_SET.contains(keyword);
      for (int k = lower.indexOf(keyword); k >= 0; k = lower.indexOf(keyword, Math.max(k + 1, covered))) {
        if (keyword.length() <= 3 && (!Scan.wordStart(text, k) || Character.isLetter(charAt(text, k + keyword.length())))) {
          continue; // "pw", "pwd", "sig" only as words of their own ("sign", "sigma" are not)
        }
        if (topic && Scan.wordStart(text, k)) {
          topics.add(k + keyword.length()); // for the near-password pass, without searching again
        }
        // A keyword inside the value just read ("password=password=...") is part of that value.
        covered = Math.max(covered, assignment(text, keyword, k, a, out));
      }
    }
  }

  /** Reads "keyword[suffix] = value" after a keyword; returns the end of what was read (0 if nothing). */
  private static int assignment(String text, String keyword, int k, Matcher a, List<Finding> out) {
    int keywordEnd = k + keyword.length();
    if (Scan.at(a, keywordEnd, 300, text.length())) {
      if (namesAReference(text.substring(keywordEnd, a.start(1)))) {
        return a.end(); // "secret_name: prod/db", "password_length = 12": about the secret, not the secret
      }
      String op = a.group(1);
      String value = a.group(2);
      int vs = a.start(2);
      int ve = a.end(2);
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
  private static final Pattern SPACED_VALUE = Pattern.compile("[ \t]{1,4}([\"'`]?)([^\\s\"'`]{4,256})\\1(?![^\\s,;)\\]}])");

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
    if (value.startsWith("-") || placeholder(value) || looksLikeIdentifierPath(value) || knownTokenPrefix(value)) {
      return 0; // vendor tokens are reported by their own rule
    }
    boolean accept;
    if (flag) {
      // "--password X", "-password X": the flag says what the value is.
      accept = isPasswordWord(keyword) || acceptValue(keyword, value, false, text, ve);
    } else {
      // "pw St4g!ng-2024", ".netrc: password c2f7a9e1-...": only values shaped like a password.
      // "auth token 0123abcd...": a long random-looking value after a token or key word.
      accept = isPasswordWord(keyword) ? passwordShaped(value) : value.length() >= 20 && acceptValue(keyword, value, false, text, ve);
    }
    if (accept) {
      out.add(new Finding(PiiType.API_KEY_OR_SECRET, vs, ve, 0.8));
      return ve;
    }
    return 0;
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
    "name", "id", "ids", "arn", "ref", "path", "file", "length", "type", "version", "count", "hint", "policy",
    "field", "label", "prompt", "var", "env", "location", "uri", "url", "expiry", "ttl", "age"
  };

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

  private static boolean isPasswordWord(String keyword) {
    return keyword.startsWith("pass") || keyword.startsWith("pw") || keyword.startsWith("kenn") || keyword.startsWith("mot")
        || keyword.startsWith("contrase") || keyword.startsWith("senha") || keyword.startsWith("wacht")
        || keyword.startsWith("has") || keyword.startsWith("clave") || keyword.startsWith("пар");
  }

  static boolean acceptValue(String keyword, String value, boolean prose, String text, int valueEnd) {
    if (value.length() < 4 || placeholder(value)) {
      return false;
    }
    if (valueEnd < text.length() && (text.charAt(valueEnd) == '(' || text.charAt(valueEnd) == '[')) {
      return false; // a call or an index: code, not a value
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
    if (looksLikeIdentifierPath(value)) {
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
    return hasDigit && (hasUpper || hasLower) ? Checksums.entropy(value) >= 2.8 : Checksums.entropy(value) >= 3.5 && hasSymbol;
  }

  private static char charAt(String text, int i) {
    return i < text.length() ? text.charAt(i) : ' ';
  }

  private static boolean looksLikeIdentifierPath(String v) {
    if (IDENTIFIER_CHAIN.matcher(v).matches() && !v.matches(".*[0-9].*\\..*[0-9].*")) {
      return true; // "obj.__signature__", "settings.db.password"
    }
    String l = v.toLowerCase(Locale.ROOT);
    return l.startsWith("this.") || l.startsWith("self.") || l.startsWith("config.") || l.startsWith("env.")
        || l.startsWith("process.") || l.startsWith("os.") || l.startsWith("settings.") || l.startsWith("props.")
        || l.startsWith("http://") || l.startsWith("https://") || l.startsWith("/");
  }

  static boolean placeholder(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    if (PLACEHOLDERS.contains(v) || v.startsWith("${") || v.startsWith("{") || v.startsWith("$") || v.startsWith("%")
        || v.startsWith("<") || v.startsWith("*") || v.startsWith("your") || v.startsWith("xxx") || v.startsWith("…")
        || v.startsWith("...") || v.startsWith("changeme") || v.startsWith("change-me") || v.startsWith("replace")
        || v.startsWith("dummy") || v.startsWith("example") || v.startsWith("sample") || v.startsWith("env(") || v.startsWith("secretref") || v.startsWith("vault:")) {
      return true;
    }
    char c0 = v.charAt(0);
    boolean same = true;
    for (int i = 1; i < v.length(); i++) {
      if (v.charAt(i) != c0) {
        same = false;
        break;
      }
    }
    return same;
  }

  private static boolean mixed(String v) {
    boolean u = false;
    boolean l = false;
    boolean d = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      u |= Character.isUpperCase(c);
      l |= Character.isLowerCase(c);
      d |= Character.isDigit(c);
    }
    return u && l && d && !UUID.matcher(v).matches();
  }
}
