package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Addresses that contracts and letters give in running text after a word of residence ("bytem",
 * "κάτοικος", "residente na", "domiciliul în", "beralamat di"), and addresses under a form's long
 * label ("Adresa místa trvalého pobytu (nová):").
 */
class AddressesInContractsAndFormsTest {

  private final StreetAddressRecognizer streets = new StreetAddressRecognizer();

  @Test
  void addressesAfterAWordOfResidenceInRunningText() {
    assertThat(
            Spans.of(
                streets,
                "Zaměstnanec: Jan Dvořák, nar. 3. 5. 1970, bytem Husova 1553/8, 586 01 Jihlava,"
                    + " tel. +420 731 582 904"))
        .containsExactly("Husova 1553/8, 586 01 Jihlava");
    assertThat(
            Spans.of(
                streets,
                "Α) Νίκος Αλεξίου, κάτοικος Λεωφ. Αλεξάνδρας 96, 11473 Αθήνα, με ΑΔΤ ΑΒ 902417"))
        .containsExactly("Λεωφ. Αλεξάνδρας 96, 11473 Αθήνα");
    assertThat(
            Spans.of(
                streets,
                "contribuinte n.º 259031844, residente na Rua do Almada, 210, 4050-031 Porto; e do"
                    + " outro"))
        .containsExactly("Rua do Almada, 210, 4050-031 Porto");
    assertThat(
            Spans.of(
                streets,
                "CNP 2890714132182, cu domiciliul în Str. Avram Iancu nr. 17, bl. C2, ap. 9,"
                    + " Cluj-Napoca, angajată"))
        .containsExactly("Str. Avram Iancu nr. 17, bl. C2, ap. 9, Cluj-Napoca");
    assertThat(
            Spans.of(
                streets,
                "Nama: Budi Santoso, NIK 3174055208900003, beralamat di Jl. Kenanga Raya No. 12,"
                    + " Menteng, Jakarta Pusat 10310, selanjutnya"))
        .containsExactly("Jl. Kenanga Raya No. 12, Menteng, Jakarta Pusat 10310");
  }

  @Test
  void numberFirstStreetsInRunningText() {
    assertThat(
            Spans.of(
                streets,
                "CCCD số 079070018452, thường trú tại Số 12/4 đường Lê Lợi, phường Bến Nghé,"
                    + " Quận 1, TP. Hồ Chí Minh, điện thoại"))
        .containsExactly("Số 12/4 đường Lê Lợi, phường Bến Nghé, Quận 1, TP. Hồ Chí Minh");
    assertThat(
            Spans.of(
                streets,
                "walang asawa, at naninirahan sa No. 8 Kalye Mabini, Brgy. Malate, Maynila, na"
                    + " tatawaging"))
        .containsExactly("No. 8 Kalye Mabini, Brgy. Malate, Maynila");
  }

  @Test
  void aFormsLongLabelBeforeTheAddress() {
    assertThat(
            Spans.of(
                streets,
                "Adresa místa trvalého pobytu (nová): Korunní 810/12, 120 00 Praha 2\nTelefon:"))
        .containsExactly("Korunní 810/12, 120 00 Praha 2");
  }

  @Test
  void wordsOfResidenceWithoutAStreetAfterThem() {
    assertThat(Spans.of(streets, "Je trvale bytem v Praze od roku 2010 a pracuje 5 dní v týdnu."))
        .isEmpty();
    assertThat(Spans.of(streets, "Os residentes na Madeira pagam 22 euros pela licença."))
        .isEmpty();
    assertThat(Spans.of(streets, "residente a Roma da 15 anni, residente em Portugal de 2010"))
        .isEmpty();
    assertThat(Spans.of(streets, "I am living at Version 2 of the app now.")).isEmpty();
    assertThat(Spans.of(streets, "Ship to: 12 Main Street, 10115 Berlin. Stock market news."))
        .containsExactly("12 Main Street, 10115 Berlin");
  }

  @Test
  void flatsFloorsAndDoorsOfMoreLanguages() {
    assertThat(Spans.of(streets, "Adress: Kungsgatan 12 lgh 1204, 903 27 Umeå\nAnställningsnr"))
        .containsExactly("Kungsgatan 12 lgh 1204, 903 27 Umeå");
    assertThat(Spans.of(streets, "Osoite: Aurakatu 8 as. 5, 20100 Turku\nHenkilönumero"))
        .containsExactly("Aurakatu 8 as. 5, 20100 Turku");
    assertThat(Spans.of(streets, "Lögheimili: Laugavegur 31, íbúð 204, 101 Reykjavík\nSími"))
        .containsExactly("Laugavegur 31, íbúð 204, 101 Reykjavík");
    assertThat(Spans.of(streets, "Adresse actuelle : 18 rue Servient, appt 12, 69003 Lyon\nTél"))
        .containsExactly("18 rue Servient, appt 12, 69003 Lyon");
    assertThat(Spans.of(streets, "Neue Wohnung: Kaiserstraße 71, 2. OG links, 76133 Karlsruhe\n"))
        .containsExactly("Kaiserstraße 71, 2. OG links, 76133 Karlsruhe");
    assertThat(Spans.of(streets, "Lakcím: 1083 Budapest, Práter utca 9. II. em. 4.\nFelvétel"))
        .contains("1083 Budapest, Práter utca 9. II. em. 4")
        .allMatch(a -> a.startsWith("1083 Budapest, Práter utca 9. II. em. 4"));
    assertThat(Spans.of(streets, "Lakcím: 4025 Debrecen, Piac utca 12. fszt. 3.\nFelvétel"))
        .contains("4025 Debrecen, Piac utca 12. fszt. 3")
        .allMatch(a -> a.startsWith("4025 Debrecen, Piac utca 12. fszt. 3"));
    // A long line after the label: the value ends with the sentence after its number.
    assertThat(
            Spans.of(
                streets,
                "Продаётся дача. Адрес: Тверская обл., ул. Лесная, уч. 24. Хозяйка — Ирина, звонить вечером."))
        .containsExactly("Тверская обл., ул. Лесная, уч. 24");
    assertThat(
            Spans.of(streets, "Wir wohnen in der Gneisenaustraße 12, 10961 Berlin, 3. OG links 😊"))
        .containsExactly("Gneisenaustraße 12, 10961 Berlin, 3. OG links");
  }

  @Test
  void addressesInFormsOfKoreanJapaneseAndChinese() {
    assertThat(
            Spans.of(
                streets,
                "임대인  성명: 김민준\n        주소: 서울특별시 마포구 월드컵로 12, 301동 502호   전화:" + " 010-5512-3097"))
        .containsExactly("서울특별시 마포구 월드컵로 12, 301동 502호");
    assertThat(Spans.of(streets, "소재지: 경기도 수원시 팔달구 효원로 41, 105동 1201호\n"))
        .containsExactly("경기도 수원시 팔달구 효원로 41, 105동 1201호");
    assertThat(Spans.of(streets, "| 주소 | 부산광역시 해운대구 센텀로 25, 7층 |\n| 전화 | 010 |"))
        .containsExactly("부산광역시 해운대구 센텀로 25, 7층");
    assertThat(Spans.of(streets, "前の住所　：〒060-0042 北海道札幌市中央区大通西7丁目3-5\n世帯主"))
        .containsExactly("060-0042 北海道札幌市中央区大通西7丁目3-5"); // the mark left out
    assertThat(Spans.of(streets, "第一条  甲方将位于上海市徐汇区漕溪北路88号2号楼1502室的房屋出租给乙方居住使用。"))
        .containsExactly("上海市徐汇区漕溪北路88号2号楼1502室");
  }
}
