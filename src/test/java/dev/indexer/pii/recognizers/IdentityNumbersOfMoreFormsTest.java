package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Health, insurance, tax and personal numbers of more countries after the labels their forms give
 * them ("Versichertennr.:", "No. KP:", "JShShIR (PINFL):", "AHV-Nummer:", "Регистрийн дугаар:"); a
 * firm's tax number is none.
 */
class IdentityNumbersOfMoreFormsTest {

  private final PassportOrIdRecognizer ids = new PassportOrIdRecognizer();

  @Test
  void numbersAfterTheirLabels() {
    assertThat(Spans.of(ids, "Patientin: Frau Lenz\nVersichertennr.: M512804377\nKasse: AOK"))
        .containsExactly("M512804377");
    assertThat(Spans.of(ids, "Nama: Siti Aminah binti Omar\nNo. KP: 910412-14-5528\nAlamat: Ipoh"))
        .containsExactly("910412-14-5528");
    assertThat(Spans.of(ids, "F.I.Sh.: Aliyev Bobur\nJShShIR (PINFL): 31204885510027\nTel: -"))
        .containsExactly("31204885510027");
    assertThat(Spans.of(ids, "Name: Meier Jonas\nAHV-Nummer: 756.1234.5678.97\nWohnort: Bern"))
        .containsExactly("756.1234.5678.97");
    assertThat(Spans.of(ids, "Овог, нэр: Дорж Болд\nРегистрийн дугаар: ЧБ88051214\nУтас: -"))
        .containsExactly("ЧБ88051214");
    assertThat(
            Spans.of(ids, "Penumpang: Dewi Lestari   No. Identitas: 3174055506880003\nKereta: 7"))
        .containsExactly("3174055506880003");
  }

  @Test
  void notAFirmsTaxNumber() {
    assertThat(Spans.of(ids, "PT Maju Jaya\nNPWP Badan: 01.234.567.8-901.000\nNIB: -")).isEmpty();
  }
}
