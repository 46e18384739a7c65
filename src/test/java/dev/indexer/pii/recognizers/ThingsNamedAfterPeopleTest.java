package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Monuments, memorial houses, museums and streets named after a person, in the ways more languages
 * write them: after a connector ("Barabara ya Kenyatta", "statuia lui Mihai Viteazul") or before a
 * street's word in lower case ("Dózsa György úton"). "Walk" and "vägen" stay names' and words'. A
 * person beside such words is still found.
 */
class ThingsNamedAfterPeopleTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void placesNamedAfterAPerson() {
    assertThat(Spans.of(person, "Indulás a Dózsa György úton át a Városligetbe.")).isEmpty();
    assertThat(Spans.of(person, "Kuanzia Barabara ya Kenyatta hadi Mtaa wa Moi.")).isEmpty();
    assertThat(Spans.of(person, "Památník Karla Čapka je otevřen od dubna.")).isEmpty();
    assertThat(Spans.of(person, "Oprire la Casa Memorială George Enescu, apoi la hotel."))
        .isEmpty();
  }

  @Test
  void aPersonBesideThoseWordsIsStillOne() {
    assertThat(Spans.of(person, "Dózsa György hívott, holnap jön.")).contains("Dózsa György");
    assertThat(Spans.of(person, "Jag frågade Erik Svensson vägen till stationen."))
        .contains("Erik Svensson");
    assertThat(Spans.of(person, "Yesterday Peter Walk called about the invoice."))
        .contains("Peter Walk");
    assertThat(Spans.of(person, "Our guide at the museum, Karla Novak, met us."))
        .contains("Karla Novak");
  }
}
