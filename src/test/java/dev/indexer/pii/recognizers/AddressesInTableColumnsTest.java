package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The cells of a table's address column (`Address`, `adresse_foyer`, `Indirizzo`, `Morada`, `Địa
 * chỉ`, `نشانی`), of a CSV, a pipe table or a table laid out with spaces, are street addresses when
 * they hold a house number and a word; not a town alone, nor a machine's address.
 */
class AddressesInTableColumnsTest {

  private final StreetAddressRecognizer streets = new StreetAddressRecognizer();

  @Test
  void theCellsOfAnAddressColumn() {
    assertThat(
            Spans.of(
                streets,
                "n_dossier;date_naissance;adresse_foyer;qf\n"
                    + "AV-1;2013-04-22;12 rue des Lilas, 59000 Lille;612\n"
                    + "AV-2;2015-10-03;Résidence Les Pins, bât. C, 59650 Villeneuve-d'Ascq;488\n"))
        .contains(
            "12 rue des Lilas, 59000 Lille", "Résidence Les Pins, bât. C, 59650 Villeneuve-d'Ascq");
    assertThat(
            Spans.of(
                streets,
                "Pos. | N. domanda | Indirizzo | Punteggio\n"
                    + "1 | PD-1 | Via Belluno 48, 35121 Padova | 38\n"
                    + "2 | PD-2 | Via Sarpi 9, int. 4, 35138 Padova | 35\n"))
        .contains("Via Belluno 48, 35121 Padova", "Via Sarpi 9, int. 4, 35138 Padova");
    assertThat(
            Spans.of(
                streets,
                "شماره | نشانی | کلاس\n۴۸۲۱ | شیراز، خیابان زند، کوچه ۱۸، پلاک ۷ | نقاشی\n"
                    + "۴۸۲۲ | شیراز، بلوار چمران، کوچه ۳۲، پلاک ۱۴ | شطرنج\n"))
        .contains("شیراز، خیابان زند، کوچه ۱۸، پلاک ۷", "شیراز، بلوار چمران، کوچه ۳۲، پلاک ۱۴");
    assertThat(
            Spans.of(
                streets,
                "Mã hộ      Địa chỉ                              Mức hỗ trợ\n"
                    + "AH-048     Số 14 hẻm 27 đường Trần Phú           20 triệu\n"
                    + "AH-052     Số 221/4 đường Mậu Thân               15 triệu\n"))
        .contains("Số 14 hẻm 27 đường Trần Phú", "Số 221/4 đường Mậu Thân");
  }

  @Test
  void aQuotedCellOfACsvWithItsCommas() {
    assertThat(
            Spans.of(
                streets,
                "Guest,Size,Address,Diet\nNan Tilly,1,\"Flat 3, Rowan Court, 9 Mill Rd, Ely CB7 4DD\",vegan\n"
                    + "Bo Ash,2,\"14 Kiln Lane, Soham CB7 5HU\",\n"))
        .contains("Flat 3, Rowan Court, 9 Mill Rd, Ely CB7 4DD", "14 Kiln Lane, Soham CB7 5HU");
  }

  @Test
  void notATownAloneNorAMachinesAddress() {
    assertThat(Spans.of(streets, "Firma | Adresse | Land\nACME | Berlin | DE\nBeta | Wien | AT\n"))
        .isEmpty();
    assertThat(
            Spans.of(
                streets,
                "host | IP address | port\nweb1 | 10.0.0.5 | 443\nweb2 | 10.0.0.6 | 443\n"))
        .isEmpty();
    assertThat(
            Spans.of(
                streets, "Kunde;Adresse IP;Port\nA;192.0.2.4 Port 22;22\nB;192.0.2.9 Port 22;22\n"))
        .isEmpty();
    assertThat(
            Spans.of(
                streets,
                "id,address,amount\n1,0x52908400098527886E0F7030069857D2E4169EE7,12\n"
                    + "2,bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq,3\n"))
        .isEmpty();
  }
}
