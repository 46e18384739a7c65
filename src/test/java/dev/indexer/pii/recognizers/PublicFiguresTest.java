package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * People the news and history speak of are no private persons: a name right after a public office
 * ("Prime Minister Keir Starmer", "Bundeskanzler Olaf Scholz", "Maliye Bakanı Mehmet Şimşek"), a
 * name of the list of public figures ("Recep Tayyip Erdoğan", "Florence Nightingale"), and the
 * surname alone where the text named them in full before ("Macron said"). An office of clubs and
 * assemblies ("the president Maria Kowalski"), a given name that is also a title ("Prince Adewale
 * Okonkwo") and private people beside public figures stay names.
 */
class PublicFiguresTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void aNameAfterAPublicOfficeIsAPublicFigure() {
    assertThat(Spans.of(person, "Prime Minister Keir Starmer met the unions on Tuesday."))
        .isEmpty();
    assertThat(Spans.of(person, "Bundeskanzler Olaf Scholz sagte am Montag in Berlin, dass ..."))
        .isEmpty();
    assertThat(Spans.of(person, "Maliye Bakanı Mehmet Şimşek yeni paketi açıkladı.")).isEmpty();
    assertThat(Spans.of(person, "Volgens premier Dick Schoof blijft het kabinet zitten."))
        .isEmpty();
    assertThat(Spans.of(person, "Finance Minister Christian Lindner rejected the plan.")).isEmpty();
  }

  @Test
  void theSurnameAloneAfterThePublicFigureWasNamedInFull() {
    assertThat(
            Spans.of(
                person,
                "President Emmanuel Macron visited Lyon. Macron told reporters that Macron's plan"
                    + " stands."))
        .isEmpty();
  }

  @Test
  void listedPublicFiguresWithoutAnOffice() {
    assertThat(
            Spans.of(
                person, "Recep Tayyip Erdoğan, Olaf Scholz ile görüştü. Erdoğan açıklama yaptı."))
        .isEmpty();
    // "le président" has an article, as a club's president has: the list knows him.
    assertThat(Spans.of(person, "Le président Emmanuel Macron a reçu la délégation.")).isEmpty();
    assertThat(
            Spans.of(person, "The exhibition on Florence Nightingale opens in May at the museum."))
        .isEmpty();
  }

  @Test
  void officesOfClubsAndPrivatePeopleStayNames() {
    assertThat(
            Spans.of(
                person,
                "Minutes of 4 March: the president Maria Kowalski opened the meeting and Jan Nowak"
                    + " took notes."))
        .contains("Maria Kowalski");
    assertThat(Spans.of(person, "Applicant: Prince Adewale Okonkwo, born in Lagos"))
        .anyMatch(s -> s.contains("Adewale Okonkwo"));
    assertThat(
            Spans.of(
                person,
                "Prime Minister Keir Starmer spoke to Dear Ms. Ingrid Halvorsen, who wrote to him"
                    + " about her pension. Halvorsen said she was pleased."))
        .contains("Halvorsen")
        .anyMatch(n -> n.endsWith("Ingrid Halvorsen"))
        .noneMatch(n -> n.contains("Starmer"));
  }

  @Test
  void privatePeopleWhoBearAFamousNameOrATitleOfAnotherKind() {
    assertThat(Spans.of(person, "Dear Thomas Mann, thank you for your order."))
        .anyMatch(n -> n.endsWith("Thomas Mann"));
    assertThat(Spans.of(person, "From: Thomas Mann\nTo: sales")).contains("Thomas Mann");
    assertThat(Spans.of(person, "Senior Vice President Karen Whitfield approved the budget."))
        .anyMatch(n -> n.endsWith("Karen Whitfield"));
    assertThat(Spans.of(person, "PTA President Sarah Thompson opened the meeting."))
        .anyMatch(n -> n.endsWith("Sarah Thompson"));
    assertThat(Spans.of(person, "Hastaya bakan Ayşe Demir geldi.")).contains("Ayşe Demir");
    // The surname alone before the full name, or held by a private person too, stays a name.
    assertThat(
            Spans.of(person, "Ask Lennon about the pallets. The playlist had John Lennon songs."))
        .contains("Lennon");
    assertThat(
            Spans.of(
                person,
                "Governor Greg Abbott spoke. Contact: Anna Abbott, anna.abbott@example.org. Abbott"
                    + " said yes."))
        .contains("Anna Abbott")
        .noneMatch(n -> n.contains("Greg"));
  }
}
