package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The numbers of an institution's or a firm's desk in more languages, named by the word right
 * before them ("Informacije: 011 ...", "Assistenza: 06 ...", "문의: 02-...") or in brackets right
 * after them ("694 3300 (infoliin)"): no person holds them. A person's number after such a word
 * farther back, or with words of its own between, stays one.
 */
class ServiceLinesOfMoreLanguagesTest {

  private final PhoneRecognizer phones =
      new PhoneRecognizer(dev.indexer.pii.PiiPolicy.defaults().phoneRegions());

  @Test
  void aDesksNumberRightAfterItsWord() {
    assertThat(Spans.of(phones, "Red vožnje\nInformacije: 011 360 2877\n")).isEmpty();
    assertThat(Spans.of(phones, "Consegna prevista domani.\nAssistenza: 06 4526 3390 (lun-ven)"))
        .isEmpty();
    assertThat(Spans.of(phones, "관람시간: 09:00-18:00\n문의: 02-3700-3911 (안내센터)")).isEmpty();
    assertThat(Spans.of(phones, "Πληροφορίες: 210 900 0911\n")).isEmpty();
    assertThat(Spans.of(phones, "Reception: +39 081 877 2211 · Spa")).isEmpty();
  }

  @Test
  void aDesksNumberWithItsWordInBracketsAfterIt() {
    assertThat(Spans.of(phones, "Avatud iga päev 9-19, tel 694 3311 (infoliin)")).isEmpty();
    assertThat(Spans.of(phones, "Accueil : 02 23 62 15 49 (accueil du public)")).isEmpty();
    assertThat(Spans.of(phones, "Talian: 03-2020 5411 (kaunter tiket)")).isEmpty();
  }

  @Test
  void aPlaceholderIsNoNumber() {
    assertThat(Spans.of(phones, "Phone ......... (555) 555-5555\nFax ......... -")).isEmpty();
    assertThat(Spans.of(phones, "\"phone\": \"010-0000-0000\",")).isEmpty();
    assertThat(Spans.of(phones, "Tel. +33 1 00 00 00 00 (modèle)")).isEmpty();
    assertThat(Spans.of(phones, "Tel. +49 30 2244 1188")).containsExactly("+49 30 2244 1188");
  }

  @Test
  void aPersonsNumberStaysOne() {
    assertThat(Spans.of(phones, "Info: ring Maria on 0171 4455 2210 after six"))
        .containsExactly("0171 4455 2210");
    assertThat(Spans.of(phones, "Reception closed, call Jonas: 0176 2233 4455"))
        .containsExactly("0176 2233 4455");
    assertThat(Spans.of(phones, "Mobil: 0172 883 1020 (privat)")).containsExactly("0172 883 1020");
  }
}
