package dev.indexer.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Baseline recognizers for the common structured types (e-mail, card numbers with a Luhn check,
 * IBANs with the mod-97 check, US social security numbers, phone numbers, IPv4 addresses), each
 * replaced by a typed placeholder such as {@code <EMAIL>}. Overlapping findings merge into the
 * earliest, longest one. The patterns are linear (no nested quantifiers), so adversarial input
 * cannot make them backtrack catastrophically.
 */
public final class PatternPiiRedactor implements PiiRedactor {

  static final String POLICY_VERSION = "patterns-1";

  private record Recognizer(String type, Pattern pattern, java.util.function.Predicate<String> valid) {}

  private static final List<Recognizer> RECOGNIZERS =
      List.of(
          new Recognizer(
              "EMAIL",
              Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,8}\\.[A-Za-z]{2,24}"),
              s -> true),
          new Recognizer(
              "IBAN",
              Pattern.compile("\\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\\b"),
              PatternPiiRedactor::ibanChecksum),
          new Recognizer(
              "CREDIT_CARD",
              Pattern.compile("\\b[0-9](?:[ -]?[0-9]){11,18}\\b"),
              PatternPiiRedactor::luhn),
          new Recognizer(
              "US_SSN",
              Pattern.compile("\\b(?!000|666|9[0-9]{2})[0-9]{3}-(?!00)[0-9]{2}-(?!0000)[0-9]{4}\\b"),
              s -> true),
          new Recognizer(
              "PHONE",
              Pattern.compile("(?<![\\w+])(?:\\+[1-9][0-9]{0,2}[ .-]?)?(?:\\([0-9]{1,4}\\)[ .-]?)?[0-9]{2,4}(?:[ .-][0-9]{2,4}){2,4}(?![\\w])"),
              s -> {
                int digits = s.replaceAll("[^0-9]", "").length();
                return digits >= 9 && digits <= 15 && (s.startsWith("+") || s.startsWith("(") || s.startsWith("0"));
              }),
          new Recognizer(
              "IP_ADDRESS",
              Pattern.compile("\\b(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\b"),
              s -> true));

  private record Finding(int start, int end, String type) {}

  @Override
  public Redaction redact(String text) {
    if (text == null || text.isEmpty()) {
      return new Redaction(text == null ? "" : text, Map.of());
    }
    List<Finding> findings = new ArrayList<>();
    for (Recognizer r : RECOGNIZERS) {
      Matcher m = r.pattern.matcher(text);
      while (m.find()) {
        if (r.valid.test(m.group())) {
          findings.add(new Finding(m.start(), m.end(), r.type));
        }
      }
    }
    findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(f -> -f.end));
    StringBuilder out = new StringBuilder(text.length());
    Map<String, Integer> counts = new LinkedHashMap<>();
    int pos = 0;
    for (Finding f : findings) {
      if (f.start < pos) {
        continue; // overlaps a finding already replaced
      }
      out.append(text, pos, f.start).append('<').append(f.type).append('>');
      counts.merge(f.type, 1, Integer::sum);
      pos = f.end;
    }
    out.append(text, pos, text.length());
    return new Redaction(out.toString(), counts);
  }

  @Override
  public String policyVersion() {
    return POLICY_VERSION;
  }

  static boolean luhn(String candidate) {
    String digits = candidate.replaceAll("[^0-9]", "");
    if (digits.length() < 12 || digits.length() > 19) {
      return false;
    }
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  static boolean ibanChecksum(String candidate) {
    String iban = candidate.replace(" ", "");
    if (iban.length() < 15 || iban.length() > 34) {
      return false;
    }
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    int remainder = 0;
    for (char c : rearranged.toCharArray()) {
      int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      remainder = value > 9 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    return remainder == 1;
  }
}
