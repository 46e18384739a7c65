package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The handles of the people who wrote posts, reviews and replies, after the words that introduce an
 * author ("posted by", "Réponse de", "Antwort von") or before those that follow one ("schrieb:",
 * "wrote:"), in the languages of the corpus.
 */
class PostAuthorsTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void handlesAfterTheWordsThatIntroduceAnAuthor() {
    assertThat(Spans.of(person, "Ask for Luca!\n- posted by DaveAndKaz_Travels, Reading"))
        .contains("DaveAndKaz_Travels");
    assertThat(Spans.of(person, "Posté par tontonbricolo_31 : Salut à tous"))
        .contains("tontonbricolo_31");
    assertThat(Spans.of(person, "Réponse de MarieLaure.C : C'est dans la moyenne."))
        .contains("MarieLaure.C");
    assertThat(Spans.of(person, "Antwort von schrauber_michi:\nDas ist fast immer das ZMS."))
        .contains("schrauber_michi");
    assertThat(Spans.of(person, "Chiedete di Salvo!\nRecensione di MicheleZ_viaggi"))
        .contains("MicheleZ_viaggi");
    assertThat(Spans.of(person, "Volveremos.\nOpinión escrita por viajeraMaite82"))
        .contains("viajeraMaite82");
  }

  @Test
  void handlesBeforeTheWordsThatFollowAnAuthor() {
    assertThat(Spans.of(person, "Kalle_aus_Kassel schrieb:\nMoin zusammen, seit dem Winter"))
        .contains("Kalle_aus_Kassel");
    assertThat(Spans.of(person, "dirkjanV schreef: Sinds de update krijg ik elke nacht"))
        .contains("dirkjanV");
    assertThat(
            Spans.of(
                person,
                "Kalle_aus_Kassel schrieb:\nKlackern beim Kaltstart.\n\nAntwort von schrauber_michi:"
                    + "\n@Kalle_aus_Kassel das ist das ZMS."))
        .containsExactlyInAnyOrder("Kalle_aus_Kassel", "schrauber_michi", "Kalle_aus_Kassel");
  }

  @Test
  void addressesAreNoAuthors() {
    assertThat(Spans.of(person, "Reply from 192.168.1.1: bytes=32 time<1ms TTL=64")).isEmpty();
    assertThat(Spans.of(person, "On Monday john.smith@acme.com wrote: hello"))
        .doesNotContain("acme.com");
  }

  @Test
  void wordsAndServicesAfterSuchWordsAreNoAuthors() {
    assertThat(Spans.of(person, "Posted by admin on 3 May. Reviewed by the editorial team."))
        .isEmpty();
    assertThat(Spans.of(person, "Published by Springer_Verlag? No: written by hand.")).isEmpty();
    assertThat(Spans.of(person, "Added by renovate_bot, reported by github-actions.")).isEmpty();
  }
}
