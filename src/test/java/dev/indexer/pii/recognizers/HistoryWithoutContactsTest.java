package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A piece of history (years before 1980, no contact or number of anyone) names the people history
 * knows; a family's story, a birthday list or a text with a mailbox keeps its names.
 */
class HistoryWithoutContactsTest {

  private final PersonRecognizer person = new PersonRecognizer();

  private static final String HISTORY =
      "After the strike of 1926 the union was led by Walter Henshaw, who negotiated the first"
          + " national agreement in 1931 with the mine owners; it held until 1947.";

  @Test
  void peopleOfHistoryAreNoPrivatePersons() {
    assertThat(Spans.of(person, HISTORY)).isEmpty();
  }

  @Test
  void aFamilysStoryKeepsItsNames() {
    assertThat(
            Spans.of(
                person,
                "My grandfather Walter Henshaw came to Leeds in 1926 and married Edith Sowerby"
                    + " in 1931."))
        .contains("Walter Henshaw", "Edith Sowerby");
  }

  @Test
  void aTextWithSomeonesContactKeepsItsNames() {
    String text = HISTORY + " Questions to the archivist: e.harlow@miners-archive.org.uk";
    List<Finding> out = new ArrayList<>();
    out.add(new Finding(PiiType.EMAIL, text.indexOf("e.harlow"), text.length()));
    person.find(text, out);
    assertThat(
            out.stream()
                .filter(f -> f.type() == PiiType.PERSON)
                .map(f -> text.substring(f.start(), f.end())))
        .contains("Walter Henshaw");
  }

  @Test
  void aBirthdayListKeepsItsNames() {
    assertThat(
            Spans.of(person, "Team birthdays\nPriya Raman, 12 March 1975\nTomasz Wilk, 3 May 1979"))
        .contains("Priya Raman", "Tomasz Wilk");
  }

  @Test
  void amountsAndRoomNumbersAreNoYears() {
    assertThat(
            Spans.of(
                person,
                "Attendees: Anna Schmidt and Jan Kowalski. Budget 1500 EUR, room 1204, 1750 copies."))
        .contains("Anna Schmidt", "Jan Kowalski");
  }
}
