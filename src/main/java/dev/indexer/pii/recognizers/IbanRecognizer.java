package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * IBANs of every country in the ISO 13616 registry (all of SEPA), compact or grouped by spaces or
 * dashes, in either case. The country's fixed length decides where the IBAN ends, so trailing words
 * are not swallowed; commons-validator's {@link IBANValidator} (the country's format and the mod-97
 * check digits) rejects look-alikes.
 */
public final class IbanRecognizer implements Recognizer {

  private static final IBANValidator IBANS = IBANValidator.getInstance();
  // One alphanumeric per repetition: linear, no ambiguity between iterations.
  private static final Pattern CANDIDATE =
      Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?:[ -]?[A-Za-z0-9]){10,32}");

  @Override
  public Set<PiiType> types() {
    return Set.of(PiiType.IBAN);
  }

  @Override
  public void find(String text, List<Finding> out) {
    Matcher m = Scan.matcher(CANDIDATE, text);
    int from = 0;
    Scan.DigitRuns digitRuns = Scan.digitRuns(text);
    for (int p = digitRuns.at(2); p >= 0; p = digitRuns.at(Math.max(p + 1, from))) {
      // Two letters, then the two check digits: the country code sits right before the digit run.
      int start = p - 2;
      if (start < from
          || !Scan.isAsciiAlnum(text.charAt(start))
          || Character.isDigit(text.charAt(start))
          || Character.isDigit(text.charAt(start + 1))
          || !Scan.at(m, start, 60, text.length())) {
        continue;
      }
      String country = text.substring(start, start + 2).toUpperCase(Locale.ROOT);
      IBANValidator.Validator v = IBANS.getValidator(country);
      int next = start + 2;
      if (v != null) {
        int length = v.getIbanLength();
        StringBuilder compact = new StringBuilder(length);
        int i = start;
        while (i < m.end() && compact.length() < length) {
          char c = text.charAt(i);
          if (Character.isLetterOrDigit(c)) {
            compact.append(Character.toUpperCase(c));
          }
          i++;
        }
        boolean glued = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
        String iban = compact.toString();
        if (compact.length() == length && !glued && IBANS.isValid(iban)) {
          out.add(new Finding(PiiType.IBAN, start, i));
          next = i;
        }
      }
      from = next;
    }
  }
}
