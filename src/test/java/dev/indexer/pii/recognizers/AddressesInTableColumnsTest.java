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
  void aCompoundColumnNameAndRowsOfArabicCommasOrIdeographicSpaces() {
    assertThat(
            Spans.of(
                streets,
                "順 | お届け先住所 | 個数\n1 | 札幌市中央区北2条西19丁目3-4 | 1\n" + "2 | 札幌市中央区南7条西22丁目1-9 | 2\n"))
        .contains("札幌市中央区北2条西19丁目3-4", "札幌市中央区南7条西22丁目1-9");
    assertThat(
            Spans.of(
                streets,
                "الأعمدة: رقم الطالب، تاريخ الميلاد (هـ)، عنوان السكن، رقم الحافلة\n"
                    + "٥١٢٠١، ١٤٣٤/٠٢/١١، ١٨ شارع الورد، حي النخيل، الرياض ١٢٣٨١، ٤\n"
                    + "٥١٢٠٢، ١٤٣٣/٠٩/٠٤، ٧٧ شارع القدس، حي الملز، الرياض ١٢٦٢١، ٤\n"))
        .isNotEmpty();
    assertThat(
            Spans.of(
                streets,
                "说明：各列依次为：体检编号、性别、家庭住址、套餐。\n"
                    + "TJ-1　男　南京市鼓楼区中山北路12号3幢501室　A\n"
                    + "TJ-2　女　南京市玄武区珠江路8号1207室　B\n"))
        .contains("南京市鼓楼区中山北路12号3幢501室", "南京市玄武区珠江路8号1207室");
  }

  @Test
  void notAMachinesOrAMailboxsCompoundColumn() {
    assertThat(
            Spans.of(
                streets,
                "主机 | IP地址 | 端口\nweb1 | 10.0.0.5 | 443\nweb2 | 10.0.0.6 | 443\n"
                    + "db | 10.0.0.7 | 5432\n"))
        .isEmpty();
    assertThat(
            Spans.of(
                streets, "姓名 | 邮箱地址 | 部门\n甲 | li5@example.com | 3\n乙 | wang7@example.com | 4\n"))
        .isEmpty();
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

  @Test
  void notAHostsNameNorAHostAndPort() {
    assertThat(
            Spans.of(
                streets,
                "NAME   CLASS   HOSTS           ADDRESS                                   PORTS\n"
                    + "web    nginx   a.example.org   k8s-a1-123.us-east-1.elb.amazonaws.com    80\n"))
        .isEmpty();
    assertThat(
            Spans.of(
                streets,
                "name | addr | db\ncache | localhost:6379 | 0\nqueue | mq-1.internal:5672 | 1\n"))
        .isEmpty();
  }
}
