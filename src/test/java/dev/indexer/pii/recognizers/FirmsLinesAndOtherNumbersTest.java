package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pii.PiiPolicy;
import org.junit.jupiter.api.Test;

/**
 * A firm's lines (its main number, its switchboard in Norwegian and Danish, a call centre, the fax
 * after the switchboard) and numbers that only look like phones (a date written with spaces, a
 * Japanese postcode after its label, an account, an asset tag, a car's plate) stay unreported; a
 * direct line and a mobile beside them are reported.
 */
class FirmsLinesAndOtherNumbersTest {

  private final PhoneRecognizer phones = new PhoneRecognizer(PiiPolicy.defaults().phoneRegions());

  @Test
  void aFirmsMainNumberAndItsFax() {
    String signature =
        "Direct: +1 617 555 0148 ext. 218\nMobile: +1 (857) 555-0176\n"
            + "Main: +1 617 824 3300 | Fax: +1 617 824 3399";
    assertThat(Spans.of(phones, signature))
        .contains("+1 617 555 0148 ext. 218", "+1 (857) 555-0176")
        .doesNotContain("+1 617 824 3300", "+1 617 824 3399");
    assertThat(Spans.of(phones, "Zentrale +49 89 4117-0, Fax +49 89 4117-1999")).isEmpty();
  }

  /**
   * Numbers in a column of article, order or serial numbers, after a serial's, receipt's or
   * shipment's word, and a range of two days are no phones; a phone column beside them still is.
   */
  @Test
  void articleSerialAndShipmentNumbersAndDayRanges() {
    assertThat(
            Spans.of(
                phones,
                "Pos  Artikelnummer      Bezeichnung\n1    0151 4829 3706     Messer 46 cm\n"
                    + "2    0176 1193 4827     Luftfilter\n"))
        .isEmpty();
    assertThat(
            Spans.of(
                phones,
                "sku,name,price\n0151 4829 3706,Messer,12.90\n0176 1193 4827,Luftfilter,4.50\n"))
        .isEmpty();
    assertThat(Spans.of(phones, "Neu: TSE-Seriennummer 0152-4821-9370 wird gedruckt")).isEmpty();
    assertThat(Spans.of(phones, "Fehler: Bonnummern > 0171 4829 3706 wurden abgeschnitten"))
        .isEmpty();
    assertThat(Spans.of(phones, "Numer przesyłki: 00 4821 9370 5612")).isEmpty();
    assertThat(Spans.of(phones, "Turni\n07/07 – 13/07               Costa\n")).isEmpty();
    assertThat(Spans.of(phones, "Name,Telefon,Artikelnummer\nAnna,0176 1193 4827,0151 4829 3706\n"))
        .containsExactly("0176 1193 4827");
  }

  @Test
  void aContactsMainNumberIsHers() {
    assertThat(
            Spans.of(phones, "Contact: Jane Roe\nmobile: +1 415 555 0142\nmain: +1 415 555 0199\n"))
        .contains("+1 415 555 0199");
  }

  @Test
  void aNumberWithACueIsNoDateWhereItsPartsAreNoDayAndMonth() {
    assertThat(Spans.of(phones, "Tel: 12. 34. 5678")).containsExactly("12. 34. 5678");
  }

  @Test
  void switchboardsOfMoreLanguages() {
    assertThat(Spans.of(phones, "Sentralbord: 22 44 82 00")).isEmpty();
    assertThat(Spans.of(phones, "Hovednummer: 70 20 44 82. Ordrenummer: 2025-0448.")).isEmpty();
  }

  @Test
  void aDateWrittenWithSpacesIsNoPhone() {
    assertThat(Spans.of(phones, "Nájem na dobu určitou od 1. 7. 2025 do 30. 6. 2026.")).isEmpty();
  }

  @Test
  void numbersOfOtherThingsAfterTheirLabels() {
    assertThat(Spans.of(phones, "郵便番号：060-0807\n住所1：北海道札幌市北区北7条西5丁目8-1")).isEmpty();
    assertThat(Spans.of(phones, "Kontonummer: 1503.44.82136")).isEmpty();
    assertThat(Spans.of(phones, "Equipment asset tag 0044-8213-77.")).isEmpty();
    assertThat(Spans.of(phones, "מספר רכב: 48-213-77")).isEmpty();
  }
}
