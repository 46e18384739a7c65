package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hungarian address, which writes the postcode and the town first, then the street, its type, the
 * house number and the floor and door ("4025 Debrecen, Simonffy utca 19/A", "1114 Budapest, Bartók
 * Béla út 62. III. em. 14.", "4026 Debrecen, Bethlen utca 7. fsz. 2."). The street type after a
 * name, between a town and a number, makes the shape.
 */
final class PostcodeFirstAddresses {

  private PostcodeFirstAddresses() {}

  private static final String TYPES =
      "utca|u\\.|út|útja|tér|tere|körút|krt\\.|sugárút|köz|sor|fasor|park|liget|sétány|rakpart"
          + "|lakótelep|ltp\\.|dűlő|telep";

  private static final Pattern HUNGARIAN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])[1-9][0-9]{3} \\p{Lu}[\\p{L}-]{1,24}(?: \\p{Lu}[\\p{L}-]{1,24})?, "
              + "(?:\\p{Lu}[\\p{L}.-]{0,24} ){0,3}(?:\\p{Ll}[\\p{L}-]{0,24} )?(?:"
              + TYPES
              + ") [0-9]{1,4}(?:/[A-Za-z0-9]{1,3}|-[0-9]{1,4}|[A-Za-z](?![\\p{L}]))?\\.?"
              // the floor and the door: "III. em. 14.", "fsz. 2.", "IV/31.", "3/12.", "2. em. 5."
              + "(?: (?:fszt?\\.|földszint|[IVX]{1,4}\\.|[0-9]{1,2}\\.)(?: em\\.| emelet)?"
              + "(?: [0-9]{1,3}\\.?)?| [IVX]{1,4}/[0-9]{1,3}\\.?| [0-9]{1,2}/[0-9]{1,3}\\.?)?");

  static void find(String text, List<Finding> out) {
    if (text.indexOf(", ") < 0
        || !(text.contains(" utca ")
            || text.contains(" út ")
            || text.contains(" tér ")
            || text.contains("körút ")
            || text.contains("sugárút ")
            || text.contains(" köz ")
            || text.contains(" sor ")
            || text.contains(" u. "))) {
      return;
    }
    // Where the addresses found already lie, marked once: one found already is not added again.
    java.util.BitSet found = StreetsBeforePostcodes.streetsFound(out, 0, text.length());
    Matcher m = HUNGARIAN.matcher(text);
    while (m.find()) {
      int e = m.end();
      while (e > m.start() && text.charAt(e - 1) == ' ') {
        e--;
      }
      if (found.nextClearBit(m.start()) < e) {
        out.add(new Finding(PiiType.STREET_ADDRESS, m.start(), e, 0.75));
      }
    }
  }
}
