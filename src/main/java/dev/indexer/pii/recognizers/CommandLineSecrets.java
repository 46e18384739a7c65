package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;

/**
 * Passwords in command lines: the password flags of known tools ({@code mysql -pSECRET}, {@code
 * sshpass -p SECRET}, {@code curl -u user:SECRET}, {@code htpasswd -b file user SECRET}) and strong
 * passwords after the short flags many clients use for one (-p, -P, -w, -a).
 */
final class CommandLineSecrets {

  private static final String[] PASSWORD_FLAGS = {" -p", " -P", " -w", " -a", "\t-p", "\t-P"};

  private CommandLineSecrets() {}

  /**
   * The value of a short flag that many clients use for a password (-p, -P, -w, -a), whatever the
   * tool, when it is a strong password with a special character: "az login -p 'Az#Login2024'",
   * "sqlcmd -P 'Sql#Server2022'", "ldapsearch -w Ld4pAdm!n". Ports, paths and names do not pass.
   */
  static void findShortFlagPasswords(String text, List<Finding> out) {
    java.util.BitSet found = null;
    for (String flag : PASSWORD_FLAGS) {
      for (int i = text.indexOf(flag); i >= 0; i = text.indexOf(flag, i + 1)) {
        int v = i + flag.length();
        if (v < text.length() && text.charAt(v) == ' ') {
          v++;
        }
        int e = v;
        char quote =
            v < text.length() && (text.charAt(v) == '\'' || text.charAt(v) == '"')
                ? text.charAt(v)
                : 0;
        if (quote != 0) {
          v++;
          e = v;
          while (e < text.length()
              && e - v < 64
              && text.charAt(e) != quote
              && text.charAt(e) != '\n') {
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
        if (e - v < 8
            || !hasSpecial(text, v, e)
            || !SecretValues.strongPassword(text, v, e, Scan.lower(text))) {
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
      if (SecretValues.SPECIALS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Passwords in command lines whose flags carry no "password" word: {@code mysql -pSECRET}, {@code
   * sshpass -p SECRET}, {@code curl -u user:SECRET}, {@code htpasswd -b file user SECRET}. Each
   * tool name is found with the other cue words ({@link CueWords}) and only the rest of its line
   * (at most 300 chars) is read.
   */
  static void findCommandLines(String text, String lower, List<Finding> out) {
    for (int k = 0; k < COMMAND_TOOLS.length; k++) {
      String tool = COMMAND_TOOLS[k];
      for (int i : CueWords.positions(lower, CueWords.Kind.COMMAND_TOOL, k)) {
        int te = i + tool.length();
        if (!Scan.wordStart(text, i)
            || Context.wordCharAt(text, te)
            || (te < text.length() && text.charAt(te) == '.')) {
          continue;
        }
        commandLine(text, tool, te, commandEnd(text, te), out);
      }
    }
  }

  /**
   * Where the command from {@code from} ends: its line's end, or a later line's where the lines end
   * with a backslash that continues them (at most 600 chars).
   */
  private static int commandEnd(String text, int from) {
    int limit = Math.min(text.length(), from + 600);
    int lineEnd = Scan.lineEnd(text, from);
    while (lineEnd < limit
        && lineEnd > from
        && text.charAt(lineEnd - 1 - (text.charAt(lineEnd - 1) == '\r' ? 1 : 0)) == '\\') {
      lineEnd = Scan.lineEnd(text, lineEnd + 1);
    }
    return Math.min(lineEnd, limit);
  }

  static final String[] COMMAND_TOOLS = {
    "mysql",
    "mysqldump",
    "mysqladmin",
    "mysqlimport",
    "mariadb",
    "mariadb-dump",
    "sshpass",
    "curl",
    "htpasswd",
    "redis-cli",
    "docker",
    "podman",
    "smbclient"
  };

  private static void commandLine(String text, String tool, int from, int stop, List<Finding> out) {
    List<int[]> words = words(text, from, stop);
    switch (tool) {
      case "sshpass" -> flagValue(text, words, "-p", true, out);
      case "curl" -> curlUser(text, words, out);
      case "htpasswd" -> htpasswdPassword(text, words, out);
      case "redis-cli" -> {
        flagValue(text, words, "-a", true, out);
        flagValue(text, words, "--pass", true, out);
      }
      case "docker", "podman" -> {
        if (!words.isEmpty() && text.startsWith("login", words.get(0)[0])) {
          flagValue(text, words, "-p", true, out); // "--password X": a password word's setting
        }
      }
      case "smbclient" -> smbUser(text, words, out);
      default ->
          flagValue(text, words, "-p", false, out); // the MySQL clients: -pSECRET, glued only
    }
  }

  /**
   * The words of a command line up to its end ("|", ";", "&", a redirection or a comment); quotes
   * keep spaces.
   */
  private static List<int[]> words(String text, int from, int stop) {
    List<int[]> words = new java.util.ArrayList<>();
    int i = from;
    while (i < stop && words.size() < 40) {
      char c = text.charAt(i);
      boolean continuation =
          c == '\\' && i + 1 < stop && (text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r');
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || continuation) {
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
        } else if (d == ' ' || d == '\t' || d == '\n' || d == '\r') {
          break;
        }
        i++;
      }
      words.add(new int[] {s, i});
    }
    return words;
  }

  /**
   * {@code curl -u user:SECRET}, {@code curl --user user:SECRET}: the user and its password, given
   * together, are one value.
   */
  private static void curlUser(String text, List<int[]> words, List<Finding> out) {
    userAndPassword(text, words, "-u", "--user", ':', out);
  }

  /** {@code smbclient -U user%SECRET}: the user and its password after a percent sign. */
  private static void smbUser(String text, List<int[]> words, List<Finding> out) {
    userAndPassword(text, words, "-U", "--user", '%', out);
  }

  private static void userAndPassword(
      String text,
      List<int[]> words,
      String flag,
      String longFlag,
      char separator,
      List<Finding> out) {
    int[] cred = flagWord(text, words, flag, false);
    if (cred == null) {
      cred = flagWord(text, words, longFlag, false);
    }
    if (cred != null) {
      int[] v = unquote(text, cred[0], cred[1]);
      int at = TableColumns.indexIn(text, separator, v[0], v[1]);
      if (at > v[0] && at < v[1] - 1 && !SecretValues.placeholder(text.substring(at + 1, v[1]))) {
        report(text, v[0], v[1], out);
      }
    }
  }

  /** {@code htpasswd -b[c...] FILE USER PASSWORD}: the third word after the options. */
  private static void htpasswdPassword(String text, List<int[]> words, List<Finding> out) {
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

  /** The value of a short flag: glued ({@code -pX}) and, if {@code spaced}, the next word. */
  private static void flagValue(
      String text, List<int[]> words, String flag, boolean spaced, List<Finding> out) {
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
      if (flag.startsWith("--") && rest < w[1] && text.charAt(rest) != '=') {
        continue; // "--password-stdin" is no "--password"
      }
      if (rest < w[1]) {
        if (text.charAt(rest) == '=') {
          rest++;
        }
        return rest < w[1] ? new int[] {rest, w[1]} : null;
      }
      if (k + 1 < words.size()
          && (spaced || flag.startsWith("--") || flag.equalsIgnoreCase("-u"))) {
        int[] next = words.get(k + 1);
        return text.charAt(next[0]) == '-' ? null : next;
      }
      return null;
    }
    return null;
  }

  private static int[] unquote(String text, int s, int e) {
    if (e - s >= 2
        && (text.charAt(s) == '\'' || text.charAt(s) == '"')
        && text.charAt(e - 1) == text.charAt(s)) {
      return new int[] {s + 1, e - 1};
    }
    return new int[] {s, e};
  }

  private static void report(String text, int s, int e, List<Finding> out) {
    if (e - s >= 3 && !SecretValues.placeholder(text.substring(s, e))) {
      out.add(new Finding(PiiType.API_KEY_OR_SECRET, s, e, 0.85));
    }
  }
}
