package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pii.PiiAnalyzer;
import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.Recognizers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Identity numbers, birth dates and card numbers as more countries write them: the names of more
 * documents (in scripts written without spaces too), numbers whose own check digits make them
 * identities (Taiwan, Singapore, Hong Kong, Croatia, Slovenia, Pakistan, India's PAN), the Russian
 * passport's series and number, birth dates in more languages and calendars, and cards grouped by
 * dots or issued under a domestic scheme. And the look-alikes that are none: masked values, company
 * numbers, historical birth dates, barcodes.
 */
class StructuredValuesOfMoreCountriesTest {

  private final PassportOrIdRecognizer ids = new PassportOrIdRecognizer();
  private final DateOfBirthRecognizer dob = new DateOfBirthRecognizer();
  private final CreditCardRecognizer cards = new CreditCardRecognizer();
  private final PiiAnalyzer analyzer = Recognizers.analyzer(PiiPolicy.defaults());

  private List<String> analyzed(String text) {
    return analyzer.analyze(text).stream()
        .map(f -> f.type() + ":" + text.substring(f.start(), f.end()))
        .toList();
  }

  @Test
  void numbersAfterTheNamesOfMoreDocuments() {
    assertThat(Spans.of(ids, "出入境记录\n护照号码：G73019482\n签发机关：广州")).containsExactly("G73019482");
    assertThat(Spans.of(ids, "신청인 여권번호: M70315829, 연락처는 별도")).containsExactly("M70315829");
    assertThat(Spans.of(ids, "運転免許証番号：621507394810 有効期限")).containsExactly("621507394810");
    assertThat(Spans.of(ids, "Guest: Deniz Aksoy, pasaport no U73019284, oda 214"))
        .containsExactly("U73019284");
    assertThat(Spans.of(ids, "Ubytovaný host, číslo pasu: EC7301928, odjezd v pátek"))
        .containsExactly("EC7301928");
    assertThat(Spans.of(ids, "Kunde Jonas Berg, passnummer 73019284, betalt kontant"))
        .containsExactly("73019284");
    assertThat(Spans.of(ids, "Aufenthaltstitel Nr. Z7K3P9R41 liegt der Akte bei"))
        .containsExactly("Z7K3P9R41");
    assertThat(Spans.of(ids, "Residence permit number RX7301928 was checked at the desk."))
        .containsExactly("RX7301928");
    assertThat(Spans.of(ids, "Загранпаспорт № 73 0192846 действителен до 2031 года"))
        .containsExactly("73 0192846");
    assertThat(Spans.of(ids, "Applicant holds Voter ID (EPIC) KTQ7301928 and a ration card."))
        .containsExactly("KTQ7301928");
    assertThat(Spans.of(ids, "TEXAS DRIVER LICENSE\nDL 07301928\nCLASS C"))
        .containsExactly("07301928");
    assertThat(Spans.of(ids, "LTE UL/DL 150000 kbps on the HPE DL-380 G9 host")).isEmpty();
    assertThat(Spans.of(ids, "Personal Data\nשם: דנה לוי\nדרכון מס' 27301948 בתוקף"))
        .containsExactly("27301948");
  }

  @Test
  void numbersWhoseOwnCheckMakesThemIdentities() {
    // Found by its check and after the card's name: one finding once the analyzer merges them.
    assertThat(Spans.of(ids, "申請人身分證字號 M210548734，聯絡地址另附。")).containsOnly("M210548734");
    assertThat(Spans.of(ids, "National ID M210548734, address attached."))
        .containsExactly("M210548734");
    // Without a name for them, one code in ten passes such a check.
    assertThat(Spans.of(ids, "Order K120394852 shipped, part S1234567D, part no. ABCPD1234E"))
        .isEmpty();
    assertThat(
            Spans.of(ids, "Visitors: Goh Li Ting (NRIC S7306158Z), Arun Pillai (FIN G6183045L)."))
        .containsExactly("S7306158Z", "G6183045L");
    // The same shapes with a wrong check letter are some other code.
    assertThat(Spans.of(ids, "Batch codes S7306158A and M210548735 were recalled.")).isEmpty();
    assertThat(analyzed("香港身份證 R735104(5)，電話另告。")).containsExactly("PASSPORT_OR_ID:R735104(5)");
    assertThat(Spans.of(ids, "Podnositelj: Ivo Perić, OIB 73025819460, Split"))
        .containsExactly("73025819460");
    assertThat(Spans.of(ids, "Zavarovanec, EMŠO 1907975505129, je bil napoten"))
        .containsExactly("1907975505129");
    assertThat(Spans.of(ids, "CNIC 42101-7301928-3 attached with the form."))
        .containsExactly("42101-7301928-3");
    assertThat(Spans.of(ids, "valid range 10000-1000000-1, tcp port 10000000146 open")).isEmpty();
    assertThat(Spans.of(ids, "KYC: Kavya Iyer, PAN AKQPI7301K, verified by the branch."))
        .containsExactly("AKQPI7301K");
    assertThat(Spans.of(ids, "Sökande, samordningsnummer 710372-2414, saknar bostad"))
        .containsExactly("710372-2414");
  }

  @Test
  void theRussianPassportsSeriesAndNumber() {
    assertThat(Spans.of(ids, "паспорт: серия 40 17 номер 730192, выдан отделом УФМС"))
        .containsExactly("40 17", "730192");
    assertThat(Spans.of(ids, "Заполните так: серия 00 00 № 000000, код 000-000")).isEmpty();
  }

  @Test
  void aTaxFileNumberIsAnIdentityNotAPhone() {
    assertThat(analyzed("For payroll my TFN is 726 431 800, thanks."))
        .containsExactly("PASSPORT_OR_ID:726 431 800");
  }

  @Test
  void maskedValuesAndCompanyNumbersAreNoIdentities() {
    assertThat(Spans.of(ids, "Aadhaar: XXXX XXXX 7301 on file, passport ******28")).isEmpty();
    assertThat(Spans.of(ids, "Muster AG, Unternehmens-Identifikationsnummer CHE-730.192.846"))
        .isEmpty();
    // Ten digits after ИНН are a firm's; a person's has twelve.
    assertThat(Spans.of(ids, "ООО «Рассвет», ИНН 7730192846, КПП 773001001")).isEmpty();
    assertThat(Spans.of(ids, "Сотрудник Орлов, ИНН 773019284610")).containsExactly("773019284610");
  }

  @Test
  void birthDatesInMoreLanguages() {
    assertThat(Spans.of(dob, "Hakija Aino Virta, syntynyt 14.2.1983, asuu Oulussa"))
        .containsExactly("14.2.1983");
    assertThat(Spans.of(dob, "Ivana Kos, datum rođenja: 21.07.1990, OIB u prilogu"))
        .containsExactly("21.07.1990");
    assertThat(Spans.of(dob, "Петър Иванов, роден на 03.11.1979 г. в Русе"))
        .containsExactly("03.11.1979 г.");
    assertThat(Spans.of(dob, "Nama: Siti Aminah\nTarikh lahir: 9 Ogos 1991\nAlamat: Klang"))
        .containsExactly("9 Ogos 1991");
    assertThat(Spans.of(dob, "BEGIN:VCARD\nFN:Lea Brandt\nBDAY:1994-08-30\nEND:VCARD"))
        .containsExactly("1994-08-30");
    assertThat(Spans.of(dob, "박서연 씨(1995년 3월 8일생)는 올해 팀장이 되었다.")).containsExactly("1995년 3월 8일");
    assertThat(Spans.of(dob, "ผู้สมัคร เกิดวันที่ 12 สิงหาคม 2534 ภูมิลำเนา"))
        .containsExactly("12 สิงหาคม 2534");
    assertThat(Spans.of(dob, "نام: سارا\nتاریخ تولد: ۱۳۷۰/۰۵/۲۱\nشهر: شیراز"))
        .containsExactly("۱۳۷۰/۰۵/۲۱");
    // 생 opens other words after a date too: production, life.
    assertThat(Spans.of(dob, "2023년 5월 2일생산 제품")).isEmpty();
  }

  @Test
  void birthDatesOfHistoricalPeopleArePublic() {
    assertThat(Spans.of(dob, "Ada Lovelace (born 10 December 1815 in London) wrote notes"))
        .isEmpty();
    assertThat(Spans.of(dob, "Vermeer werd geboren op 31 oktober 1632 in Delft.")).isEmpty();
    // A Hijri year of a living person's birth stays one.
    assertThat(Spans.of(dob, "تاريخ الميلاد: 1405/02/11 هـ")).containsExactly("1405/02/11");
    assertThat(Spans.of(dob, "Born 10 December 1985 in London"))
        .containsExactly("10 December 1985");
  }

  @Test
  void cardsGroupedByDotsOrOfDomesticSchemes() {
    assertThat(Spans.of(cards, "cargo en la tarjeta 4539.8127.7604.1931 del cliente"))
        .containsExactly("4539.8127.7604.1931");
    // A domestic scheme's prefix is in no brand table: the card's name before it decides.
    assertThat(Spans.of(cards, "카드번호: 9412-0731-5586-4028\n유효기간: 04/29"))
        .containsExactly("9412-0731-5586-4028");
    assertThat(Spans.of(cards, "Ref 9412-0731-5586-4028 in the batch")).isEmpty();
    assertThat(Spans.of(cards, "신용카드번호 9412-0731-5586-4028"))
        .containsExactly("9412-0731-5586-4028");
    assertThat(Spans.of(cards, "Panel 9412073155864028, cardinality 9412073155864028")).isEmpty();
    assertThat(Spans.of(cards, "Diners Club 38194706257133 on file"))
        .containsExactly("38194706257133");
  }

  @Test
  void aCardInACsvCellBeforeItsExpiry() {
    String csv = "id,name,card,exp\n7,Lena Moor,4539812776041931,09/27\n8,4539812776041931,09/27\n";
    assertThat(Spans.of(cards, csv)).containsExactly("4539812776041931", "4539812776041931");
    // A decimal comma after a shorter run is still a number's.
    assertThat(Spans.of(cards, "Total 4539812776041931,50 units")).isEmpty();
  }

  @Test
  void moreLookAlikesOfIdentitiesAndSsns() {
    // "Nino" is a name here, not the UK's NINO; a firm's RFC has twelve characters, a person's 13.
    assertThat(Spans.of(ids, "Pizzeria Da Nino S.r.l. – P.IVA 07301928465 – Milano")).isEmpty();
    assertThat(Spans.of(ids, "Emisor: Grupo Norte S.A. de C.V.  RFC: GNO180612QX4")).isEmpty();
    assertThat(Spans.of(ids, "Contribuyente: Ana Ríos  RFC: RIRA850304K75"))
        .containsExactly("RIRA850304K75");
    // The part numbers listed after "Part nos." are all part numbers.
    assertThat(analyzed("Part nos. 219-66-0418, 219-66-0419 and 219-67-0002 are on backorder."))
        .isEmpty();
  }

  @Test
  void anAddressAfterShipToEndsWithItsSentence() {
    // Neither the part numbers nor the rest of the sentence are the address's (nor an SSN's).
    assertThat(
            analyzed(
                "Ship to warehouse dock 4. Part nos. 219-66-0418, 219-66-0419 and 219-67-0002"
                    + " are on backorder until Q3."))
        .allMatch(f -> !f.contains("Part") && !f.contains("219"));
  }

  @Test
  void aShellsMessageForAMissingVariableIsNoSecret() {
    assertThat(analyzed("export API_TOKEN=${API_TOKEN:?must be set}")).isEmpty();
    // A password that starts with a question mark is still one.
    assertThat(analyzed("password=?Xk9#mP2vL7q")).containsExactly("API_KEY_OR_SECRET:?Xk9#mP2vL7q");
  }

  @Test
  void sectionReferencesAreNoAddresses() {
    assertThat(analyzed("The padding rule is defined elsewhere (see also 10.4.2.7).")).isEmpty();
    assertThat(analyzed("see also host 10.20.30.40 in the log"))
        .containsExactly("IP_ADDRESS:10.20.30.40");
  }

  @Test
  void registryArticleAndLotteryNumbersAreNoPhones() {
    assertThat(analyzed("Boulangerie Martin SARL – RCS Nantes B 730 192 846 – capital 5 000 €"))
        .isEmpty();
    assertThat(analyzed("Ersatzteil Art.-Nr. 030 730 192 84, passend für Serie X4")).isEmpty();
    assertThat(analyzed("Lotto draw of Saturday: winning numbers 04 12 19 33 41 and 7.")).isEmpty();
    // RCS is also a messaging standard.
    assertThat(analyzed("Send an RCS message to (415) 555-2671 please"))
        .containsExactly("PHONE:(415) 555-2671");
    assertThat(analyzed("상호: 가람상사  사업자등록번호: 730-81-19284  업태: 도소매")).isEmpty();
  }

  @Test
  void barcodesAreNoCards() {
    assertThat(Spans.of(cards, "型番 KX-200 JANコード：4901234567894 製造番号 A1")).isEmpty();
    assertThat(Spans.of(cards, "EAN 4006381333931, 250 ml")).isEmpty();
  }
}
