package dev.indexer.pii.recognizers;

import dev.indexer.pii.Finding;
import dev.indexer.pii.PiiType;
import dev.indexer.pii.Recognizer;
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
      if (start < at && end > at + 1 && hasDot(text, at + 1, end) && validLocal(text, start, at)
          && validDomain(text.substring(at + 1, end))) {
        out.add(new Finding(PiiType.EMAIL, start, end));
        lastEnd = end;
      }
      at = text.indexOf('@', Math.max(at + 1, lastEnd));
    }
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
    return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
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
