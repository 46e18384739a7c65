package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Streets of Bulgaria, Russia, Serbia and Croatia whose type stands first (`ул.`, `бул.`,
 * `Bulevar`), their name in quotes or not, the house number after `№` or `д.`, then the entrance,
 * floor and flat (`вх. Б, ет. 4, ап. 12`, `3. kat, stan 7`), the postcode and the town; and a
 * Romanian address of more parts than five, up to its postcode.
 */
class AddressesOfSlavicAndBalkanStreetsTest {

  private final StreetAddressRecognizer streets = new StreetAddressRecognizer();

  @Test
  void aBulgarianStreetInQuotesWithItsFloorFlatAndTown() {
    assertThat(Spans.of(streets, "Пратката е за ул. „Цар Симеон“ № 42, ет. 2, ап. 5, 1000 София."))
        .containsExactly("ул. „Цар Симеон“ № 42, ет. 2, ап. 5, 1000 София");
    assertThat(Spans.of(streets, "Изпратете на бул. „Витоша“ 18, вх. Б, ет. 4, ап. 12, 1000 София"))
        .containsExactly("бул. „Витоша“ 18, вх. Б, ет. 4, ап. 12, 1000 София");
  }

  @Test
  void aRussianStreetWithItsHouseFlatAndTown() {
    assertThat(Spans.of(streets, "Доставка: ул. Ленина, д. 15, кв. 42, г. Казань, 420111"))
        .containsExactly("ул. Ленина, д. 15, кв. 42, г. Казань, 420111");
    assertThat(Spans.of(streets, "живёт на проспект Мира, дом 7, кв. 3, Москва"))
        .containsExactly("проспект Мира, дом 7, кв. 3, Москва");
    assertThat(Spans.of(streets, "Получатель живёт: ул. Советская, д. 8, корп. 2, кв. 15"))
        .containsExactly("ул. Советская, д. 8, корп. 2, кв. 15");
    assertThat(Spans.of(streets, "Адрес доставки: 450077, г. Уфа, ул. Ленина, д. 9, кв. 4"))
        .containsExactly("450077, г. Уфа, ул. Ленина, д. 9, кв. 4");
  }

  @Test
  void aSerbianOrCroatianStreetWithItsFloorAndFlat() {
    assertThat(Spans.of(streets, "Poslati na Bulevar oslobođenja 112, stan 9, 21000 Novi Sad."))
        .containsExactly("Bulevar oslobođenja 112, stan 9, 21000 Novi Sad");
    assertThat(Spans.of(streets, "Adresa: Ulica Matice hrvatske 23, 3. kat, stan 7, 10000 Zagreb"))
        .containsExactly("Ulica Matice hrvatske 23, 3. kat, stan 7, 10000 Zagreb");
  }

  @Test
  void aRomanianAddressOfSixPartsUpToItsPostcode() {
    assertThat(
            Spans.of(
                streets,
                "Trimiteți la Str. Florilor nr. 9, bl. C2, sc. B, et. 3, ap. 41, sector 4,"
                    + " București 040152, până vineri."))
        .containsExactly(
            "Str. Florilor nr. 9, bl. C2, sc. B, et. 3, ap. 41, sector 4, București 040152");
  }

  @Test
  void notAStreetWordInASentenceNorAFloorAlone() {
    assertThat(Spans.of(streets, "Съкращението ул. означава улица, а бул. е булевард.")).isEmpty();
    assertThat(Spans.of(streets, "Sastanak je na 3. katu, soba 7, u 10 sati.")).isEmpty();
    assertThat(Spans.of(streets, "Статья 5, ал. 2 от Закона, ет. 3 от правилника")).isEmpty();
    assertThat(Spans.of(streets, "Bulevar je zatvoren od 8 do 12 sati zbog radova.")).isEmpty();
  }

  @Test
  void notATranslatorsAbbreviationBeforeAYear() {
    assertThat(Spans.of(streets, "Рассказы / пер. Н. Галь, 1965. — 320 с.")).isEmpty();
  }
}
