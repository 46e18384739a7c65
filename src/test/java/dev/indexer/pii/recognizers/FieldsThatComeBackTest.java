package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A form's label that comes back for a second person and whose values are numbers is no chat's
 * speaker ("Henkilötunnus: 150372-218P" twice); speakers who say words are still found.
 */
class FieldsThatComeBackTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void aFieldOfNumbersIsNoSpeaker() {
    String form =
        "Vuokranantaja: Pirjo Annikki Salminen\nHenkilötunnus: 150372-218P\n"
            + "Puhelin: 040 588 2173\n\nVuokralainen: Joonas Petteri Heikkinen\n"
            + "Henkilötunnus: 080795-437D\n";
    assertThat(Spans.of(person, form)).doesNotContain("Henkilötunnus", "Puhelin");
  }

  @Test
  void speakersWhoSayWordsAreStillFound() {
    String chat = "Siobhán: are you coming tonight?\nNiamh: yes, at eight\nSiobhán: grand, see you";
    assertThat(Spans.of(person, chat)).contains("Siobhán", "Niamh");
  }
}
