package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The travel document that an airline's booking records in an SSR DOCS line, by the places of its
 * fields: "SSR DOCS BA HK1 P/GBR/548213907/GBR/21MAR88/F/09OCT31/OYELOWO/TEMITOPE" holds the
 * document's type, issuing country, number, nationality, birth date, sex, expiry and the name.
 */
final class TravelDocs {

  private static final Pattern DOCS =
      Pattern.compile(
          "SSR DOCS [A-Z0-9]{2} [A-Z]{2}[0-9] [PIAC]/[A-Z]{2,3}/([A-Z0-9]{5,20})/[A-Z]{2,3}/"
              + "([0-9]{2}[A-Z]{3}[0-9]{2})/[MFUX]I?/");

  private TravelDocs() {}

  static void passports(String text, List<Finding> out) {
    Matcher m = DOCS.matcher(text);
    while (m.find()) {
      out.add(new Finding(PiiType.PASSPORT_OR_ID, m.start(1), m.end(1), 0.9));
    }
  }

  static void births(String text, List<Finding> out) {
    Matcher m = DOCS.matcher(text);
    while (m.find()) {
      out.add(new Finding(PiiType.DATE_OF_BIRTH, m.start(2), m.end(2), 0.9));
    }
  }
}
