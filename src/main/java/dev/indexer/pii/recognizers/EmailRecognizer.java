package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import java.util.List;
import java.util.Set;
import org.apache.commons.validator.routines.DomainValidator;

/**
 * E-mail addresses, found around each '@' by a bounded scan (no regex), accepted only when the
 * domain has at least two well-formed labels and ends in a real top-level domain. That rejects
 * look-alikes such as {@code lodash@4.17.21}, {@code icon@2x.png} or {@code user@localhost}.
 */
public final class EmailRecognizer implements Recognizer {

  private static final DomainValidator DOMAINS = DomainValidator.getInstance(false);

  @Override
  public Set<PiiType> types() {
    return Set.of(PiiType.EMAIL);
  }

  @Override
  public void find(String text, List<Finding> out) {
    int at = text.indexOf('@');
    int lastEnd = 0;
    while (at >= 0) {
      int start = at;
      while (start > lastEnd && at - start < 64 && isLocal(text.charAt(start - 1))) {
        start--;
      }
      while (start < at && !Character.isLetterOrDigit(text.charAt(start))) {
        start++;
      }
      int end = at + 1;
      while (end < text.length() && end - at <= 253 && isDomain(text.charAt(end))) {
        end++;
      }
      while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
        end--;
      }
      if (start < at
          && end > at + 1
          && hasDot(text, at + 1, end)
          && validLocal(text, start, at)
          && validDomain(text.substring(at + 1, end))
          && !sshRemote(text, end)) {
        out.add(new Finding(PiiType.EMAIL, start, end));
        lastEnd = end;
      }
      at = text.indexOf('@', Math.max(at + 1, lastEnd));
    }
    findObfuscated(text, out);
  }

  /**
   * "git@github.com:org/repo.git", "deploy@host:/srv": user, host, a colon and a path with no space
   * is a remote for ssh or scp, not an e-mail address.
   */
  private static boolean sshRemote(String text, int end) {
    if (end + 1 >= text.length() || text.charAt(end) != ':') {
      return false;
    }
    char c = text.charAt(end + 1);
    return Character.isLetterOrDigit(c) || c == '/' || c == '~' || c == '_';
  }

  private static final String[] AT_MARKS = {"[at]", "(at)", "{at}", "[ at ]", "( at )"};
  private static final String[] DOT_MARKS = {"[dot]", "(dot)", "{dot}", "[ dot ]", "( dot )", "."};

  /**
   * Addresses written to dodge harvesters: "jane.doe [at] example [dot] com",
   * "jane(at)example.org".
   */
  private static void findObfuscated(String text, List<Finding> out) {
    if (text.indexOf("at") < 0 && text.indexOf("AT") < 0) {
      return;
    }
    String lower = Scan.lower(text);
    for (String mark : AT_MARKS) {
      for (int m = lower.indexOf(mark); m >= 0; m = lower.indexOf(mark, m + 1)) {
        int ls = m;
        while (ls > 0 && text.charAt(ls - 1) == ' ' && m - ls < 1) {
          ls--;
        }
        int le = ls;
        while (ls > 0 && le - ls < 64 && isLocal(text.charAt(ls - 1))) {
          ls--;
        }
        while (ls < le && !Character.isLetterOrDigit(text.charAt(ls))) {
          ls++;
        }
        if (ls >= le || !validLocal(text, ls, le)) {
          continue;
        }
        int i = m + mark.length();
        if (i < text.length() && text.charAt(i) == ' ') {
          i++;
        }
        StringBuilder domain = new StringBuilder();
        int end = -1;
        while (i < text.length() && domain.length() < 253) {
          int ws = i;
          while (i < text.length()
              && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
          }
          if (i == ws) {
            break;
          }
          domain.append(text, ws, i);
          end = i;
          int dot = dotMark(lower, i);
          if (dot == 0) {
            break;
          }
          domain.append('.');
          i += dot;
        }
        if (end > 0 && domain.indexOf(".") > 0) {
          String d =
              domain.charAt(domain.length() - 1) == '.'
                  ? domain.substring(0, domain.length() - 1)
                  : domain.toString();
          if (validDomain(d)) {
            out.add(new Finding(PiiType.EMAIL, ls, end));
          }
        }
      }
    }
  }

  /** Length of the dot mark at {@code i} (with the spaces around a bracketed one), or 0. */
  private static int dotMark(String lower, int i) {
    int j = i;
    if (j < lower.length() && lower.charAt(j) == ' ') {
      j++;
    }
    for (String d : DOT_MARKS) {
      if (lower.startsWith(d, j) && (d.length() > 1 || j == i)) {
        int k = j + d.length();
        if (d.length() > 1 && k < lower.length() && lower.charAt(k) == ' ') {
          k++;
        }
        return k < lower.length() && Character.isLetterOrDigit(lower.charAt(k)) ? k - i : 0;
      }
    }
    return 0;
  }

  private static boolean hasDot(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '.') {
        return true;
      }
    }
    return false;
  }

  private static boolean isLocal(char c) {
    return Character.isLetterOrDigit(c)
        || c == '.'
        || c == '_'
        || c == '%'
        || c == '+'
        || c == '-'
        || c == '\'';
  }

  private static boolean isDomain(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '-';
  }

  private static boolean validLocal(String text, int start, int end) {
    char last = text.charAt(end - 1);
    if (last == '.') {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (text.charAt(i) == '.' && text.charAt(i - 1) == '.') {
        return false;
      }
    }
    return true;
  }

  static boolean validDomain(String domain) {
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
        return false;
      }
    }
    String tld = labels[labels.length - 1];
    for (int i = 0; i < tld.length(); i++) {
      if (Character.isDigit(tld.charAt(i))) {
        return false;
      }
    }
    try {
      return DOMAINS.isValidTld(tld);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
