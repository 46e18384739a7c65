package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structured fields of a vCard (RFC 6350): {@code N:Family;Given;Additional;Prefix;Suffix}
 * holds a person's name in parts, {@code
 * ADR;TYPE=WORK:Box;Extended;Street;Locality;Region;Code;Country} an address whose street part is
 * the street and house number.
 */
final class VCards {

  private VCards() {}

  private static final Pattern N = Pattern.compile("(?m)^N(?:;[^:\\n]*)?:([^\\n]*)");
  private static final Pattern ADR = Pattern.compile("(?m)^ADR(?:;[^:\\n]*)?:([^\\n]*)");

  static boolean in(String text) {
    return text.contains("BEGIN:VCARD") || text.contains("begin:vcard");
  }

  /** Family, given and additional names, each a finding of its own. */
  static void names(String text, List<Finding> out) {
    Matcher m = N.matcher(text);
    while (m.find()) {
      int s = m.start(1);
      String[] parts = m.group(1).split(";", -1);
      for (int k = 0; k < parts.length && k < 3; k++) {
        String part = parts[k].strip();
        if (part.length() >= 2 && Character.isUpperCase(part.charAt(0))) {
          int ps = s + parts[k].indexOf(part);
          out.add(new Finding(PiiType.PERSON, ps, ps + part.length(), 0.8));
        }
        s += parts[k].length() + 1;
      }
    }
  }

  /** The street part of each address, when it holds a house number. */
  static void streets(String text, List<Finding> out) {
    Matcher m = ADR.matcher(text);
    while (m.find()) {
      String[] parts = m.group(1).split(";", -1);
      if (parts.length < 3) {
        continue;
      }
      int s = m.start(1) + parts[0].length() + 1 + parts[1].length() + 1;
      String street = parts[2].strip();
      if (street.chars().anyMatch(Character::isDigit)
          && street.chars().anyMatch(Character::isLetter)) {
        int ps = s + parts[2].indexOf(street);
        out.add(new Finding(PiiType.STREET_ADDRESS, ps, ps + street.length(), 0.8));
      }
    }
  }
}
