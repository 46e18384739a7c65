package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonAndAddressRecognizerTest {

  private final PersonRecognizer person = new PersonRecognizer();
  private final StreetAddressRecognizer address = new StreetAddressRecognizer();

  @Test
  void namesFromCuesAndLists() {
    assertThat(Spans.of(person, "Dear Mr. O'Brien, Maria Schmidt asked John F. Kennedy.")).containsExactly("O'Brien", "Maria Schmidt", "John F. Kennedy");
    assertThat(Spans.of(person, "Best regards,\nLukas Becker\nSupport")).containsExactly("Lukas Becker");
    assertThat(Spans.of(person, "Bonjour Hélène, merci.")).containsExactly("Hélène");
  }

  @Test
  void noNamesInOrdinaryCapitalisedText() {
    assertThat(Spans.of(person, "Dear Customer, Hello World. Kafka Streams and New York. May we grow.")).isEmpty();
  }

  @Test
  void streetLinesWithLocality() {
    assertThat(Spans.of(address, "Ship to 221B Baker Street, London NW1 6XE, United Kingdom today"))
        .containsExactly("221B Baker Street, London NW1 6XE, United Kingdom");
    assertThat(Spans.of(address, "Hauptstraße 5\n10115 Berlin\nDeutschland")).containsExactly("Hauptstraße 5\n10115 Berlin\nDeutschland");
    assertThat(Spans.of(address, "1600 Pennsylvania Avenue NW, Washington, DC 20500")).hasSize(1);
    assertThat(Spans.of(address, "12 rue de la Paix, 75002 Paris")).containsExactly("12 rue de la Paix, 75002 Paris");
    assertThat(Spans.of(address, "Via Roma 10, 00184 Roma")).containsExactly("Via Roma 10, 00184 Roma");
  }
}
