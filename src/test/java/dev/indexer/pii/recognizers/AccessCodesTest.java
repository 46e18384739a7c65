package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Codes of doors, key safes and cards, told in notes and chats; other numbers near such words. */
class AccessCodesTest {

  private final SecretRecognizer r = new SecretRecognizer();

  @Test
  void codesOfDoorsKeySafesAndCards() {
    assertThat(Spans.of(r, "Carer notes: key safe code 5027, please lock the back door."))
        .containsExactly("5027");
    assertThat(Spans.of(r, "[18:02] lena: und der code vom schlüsselkasten?\n[18:04] jonas: 3318."))
        .containsExactly("3318");
    assertThat(Spans.of(r, "t'as le digicode ?\n[20:42] karim: 7C21B puis interphone"))
        .containsExactly("7C21B");
    assertThat(Spans.of(r, "Your new PIN: 40917")).containsExactly("40917");
    assertThat(Spans.of(r, "router login user: admin pass: Teal-Otter-52"))
        .containsExactly("Teal-Otter-52");
  }

  @Test
  void otherNumbersNearSuchWordsStayOut() {
    assertThat(Spans.of(r, "Connect PIN 2 of the header to GND, then pin 14 to 3.3 V.")).isEmpty();
    assertThat(Spans.of(r, "Pass: 12873 Fail: 0 Skip: 4")).isEmpty();
    assertThat(Spans.of(r, "Rabattkode SOMMER24 gilt bis 2024-08-31")).isEmpty();
    assertThat(Spans.of(r, "The PIN must have 4 to 8 digits.")).isEmpty();
  }

  @Test
  void postcodesPromotionsAndPinsOfBoardsAreNoCodes() {
    assertThat(Spans.of(r, "Pincode: 560034, Bengaluru")).isEmpty();
    assertThat(Spans.of(r, "Jl. Braga 12, kode pos 40115")).isEmpty();
    assertThat(Spans.of(r, "kode promo 2024 berlaku")).isEmpty();
    assertThat(Spans.of(r, "gpio: set pin 1023 high")).isEmpty();
  }
}
