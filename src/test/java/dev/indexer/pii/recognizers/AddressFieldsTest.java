package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An address given in a form's field: the value after an address label and the lines below it that
 * stand in the value's column, up to a blank line, another field or a line of another kind; and in
 * structured data, the second line, town, state and postcode of an address beside its street.
 */
class AddressFieldsTest {

  private final StreetAddressRecognizer address = new StreetAddressRecognizer();

  private List<String> spans(String text) {
    return Spans.of(address, text);
  }

  @Test
  void linesInTheValuesColumnBelowAnAddressLabel() {
    String text =
        "Surname: Hollis      Forename: Grace\n"
            + "Address: Rose Cottage\n"
            + "         Mill Lane\n"
            + "         Great Bardfield\n"
            + "         Braintree CM7 4SD\n"
            + "Telephone: 01371 810 234\n";
    assertThat(spans(text))
        .contains("Rose Cottage", "Mill Lane", "Great Bardfield", "Braintree CM7 4SD")
        .noneMatch(s -> s.contains("Telephone") || s.contains("Hollis"));
  }

  @Test
  void germanDanishAndSwissFormsWithFloorsAndPostBoxes() {
    String german =
        "Name:        Jonas Weidemann\n"
            + "Anschrift:   Lindenweg 5\n"
            + "             Hinterhaus, 2. OG\n"
            + "             34117 Kassel\n"
            + "E-Mail:      j.weidemann@web.de\n";
    assertThat(spans(german))
        .contains("Hinterhaus, 2. OG", "34117 Kassel")
        .noneMatch(s -> s.contains("@") || s.contains("Jonas"));
    String danish = "Adresse: Vestergade 8, 2. th.\n         8000 Aarhus C\nMobil: 20 11 22 33";
    assertThat(spans(danish)).contains("8000 Aarhus C");
    String swiss =
        "Wohnadresse: Seestrasse 12\n             Postfach 44\n             8002 Zürich\n";
    assertThat(String.join("|", spans(swiss))).contains("Postfach 44").contains("8002 Zürich");
  }

  @Test
  void aSlovakPermanentResidenceButNoStay() {
    assertThat(spans("Trvalý pobyt: Obchodná 12\n              811 06 Bratislava\nČíslo OP: X"))
        .contains("811 06 Bratislava");
    assertThat(spans("Pobyt: 3 noci\n       2 dospelí")).isEmpty();
  }

  @Test
  void aSpanishDomicileAndATabbedOne() {
    assertThat(spans("Domicilio: Calle Mayor 12, 3º B\n           28013 Madrid\nDNI: X"))
        .contains("28013 Madrid");
    assertThat(spans("Address:\tFlat 2, Ormond House\n\tKnightrider Street\n\tLondon EC4V 5BT\n"))
        .contains("Flat 2, Ormond House", "Knightrider Street", "London EC4V 5BT");
  }

  @Test
  void aRemarkInBracketsAfterTheValueIsNoPartOfIt() {
    assertThat(spans("Current address:   615 Bluebonnet Drive, Austin, TX 78745 (since 2019)"))
        .noneMatch(s -> s.contains("since"))
        .anyMatch(s -> s.startsWith("615 Bluebonnet Drive"));
  }

  @Test
  void noAddressWhereTheLabelIsOfAnotherKindOrTheValueIsNone() {
    assertThat(spans("IP address: 10.1.4.22\n            10.1.4.23\nHost: db-2")).isEmpty();
    assertThat(spans("E-Mail-Adresse: info@example.de\nWebadresse: www.example.de 2024")).isEmpty();
    assertThat(spans("Address: same as above\nPhone: 555 0134")).isEmpty();
    assertThat(spans("Address: see attached letter of 3 May\nNotes: none")).isEmpty();
  }

  @Test
  void theBlockEndsAtASentenceAFieldOrALineAtTheMargin() {
    String text =
        "Address: 14 Orchard Way\n"
            + "         (please use the side door because the bell has not worked for weeks)\n"
            + "Reason for visit: knee pain since 2019\n"
            + "Seen by nurse 12 March\n";
    assertThat(spans(text))
        .contains("14 Orchard Way")
        .noneMatch(s -> s.contains("side door") || s.contains("knee") || s.contains("Seen"));
  }

  @Test
  void theTownPostcodeStateAndSecondLineBesideAStreetInData() {
    String json =
        "{\"address\": {\n"
            + "  \"line1\": \"7713 W Ridgewood Blvd\",\n"
            + "  \"line2\": \"Unit 204\",\n"
            + "  \"city\": \"Tulsa\",\n"
            + "  \"state\": \"OK\",\n"
            + "  \"zip\": \"74132\",\n"
            + "  \"country\": \"US\"\n"
            + "}}";
    assertThat(spans(json))
        .contains("7713 W Ridgewood Blvd", "Unit 204", "Tulsa", "OK", "74132")
        .doesNotContain("US");
    String yaml = "address:\n  street: Kastanienallee 4\n  zip: \"10435\"\n  city: Berlin\n";
    assertThat(spans(yaml)).contains("Kastanienallee 4", "10435", "Berlin");
  }

  @Test
  void phonesSentencesAndTheAddresseeAreNoLinesOfTheAddress() {
    assertThat(spans("Address: 14 Orchard Way\n         Tel 01371 810234\n"))
        .containsExactly("14 Orchard Way");
    assertThat(spans("Address: 14 Orchard Way\n         07700 900123\n"))
        .containsExactly("14 Orchard Way");
    assertThat(spans("Address: 14 Orchard Way\n         Ring twice. Dog bites.\n"))
        .containsExactly("14 Orchard Way");
    assertThat(
            spans("Bill to: Tamika Jefferson\n         PO Box 1184\n         Hattiesburg MS 39403"))
        .noneMatch(s -> s.contains("Tamika"))
        .anyMatch(s -> s.contains("PO Box 1184"));
    assertThat(spans("Serveradresse: 10.0.0.1\nSpeicheradresse: 0x7FFF0010")).isEmpty();
  }

  @Test
  void partsOfARecordThatAreNoPlaces() {
    assertThat(spans("{\"street\": \"12 Main St\", \"state\": \"active\", \"unit\": \"kg\"}"))
        .containsExactly("12 Main St");
  }

  @Test
  void eachRecordsPartsWhateverTheOrderTheStreetsWereFoundIn() {
    assertThat(spans("street: Am Markt 5\ncity: Tulsa\n\nstreet: 12 Main Street\ncity: Leeds\n"))
        .contains("Tulsa", "Leeds");
  }

  @Test
  void aTownOrPostcodeFieldWithoutAStreetNearIsNoAddress() {
    String json =
        "{\"store\": {\"city\": \"Tulsa\", \"zip\": \"74132\"},\n\"build\": \"2024.3\"}\n\n"
            + "{\"event\": \"signup\", \"city\": \"Leeds\", \"plan\": \"pro\", \"seats\": 12}";
    assertThat(spans(json)).isEmpty();
  }
}
