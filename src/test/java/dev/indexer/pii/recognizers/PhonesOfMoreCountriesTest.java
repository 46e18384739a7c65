package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pii.PiiPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * National phone numbers of countries outside the configured regions: in the script of their
 * country (Chinese, Japanese, Korean, Cyrillic, Greek, Arabic, Hebrew, Devanagari text) or after a
 * phone cue of their language; numbers in parentheses or between underscores of a form; and the
 * short register words that no longer hide a number when they only begin a longer word ("casero",
 * "nipigie"). The look-alikes stay out: postcodes, statistics, order numbers in the same scripts.
 */
class PhonesOfMoreCountriesTest {

  private final PhoneRecognizer r = new PhoneRecognizer(PiiPolicy.defaults().phoneRegions());

  @Test
  void numbersInTheScriptOfTheirCountry() {
    assertThat(Spans.of(r, "收件人：周海燕\n联系电话：139 2048 7731\n地址：成都市")).containsExactly("139 2048 7731");
    assertThat(Spans.of(r, "王经理：他手机号也发我一下\n李娜：186 2045 7317")).containsExactly("186 2045 7317");
    assertThat(Spans.of(r, "お急ぎの場合は携帯(080-4417-2093)までご連絡ください")).containsExactly("080-4417-2093");
    assertThat(Spans.of(r, "대표자 연락처: 010-4827-1938, 이메일은 별도")).containsExactly("010-4827-1938");
    assertThat(Spans.of(r, "Хозяйка квартиры, тел. 8 (912) 481-30-27, звонить вечером"))
        .containsExactly("8 (912) 481-30-27");
    assertThat(Spans.of(r, "Ενημερώθηκε η κόρη του, τηλ. 694 731 8820, το απόγευμα."))
        .containsExactly("694 731 8820");
    assertThat(Spans.of(r, "الاسم: سالم العتيبي — الجوال: 0551734820"))
        .containsExactly("0551734820");
    assertThat(Spans.of(r, "אפשר להתקשר לנועה ב-054-731-2288 בערב"))
        .containsExactly("054-731-2288");
    assertThat(Spans.of(r, "पता: रोहिणी, दिल्ली, मोबाइल 98110 45372।"))
        .containsExactly("98110 45372");
  }

  @Test
  void numbersAfterAPhoneCueOfTheirLanguage() {
    assertThat(Spans.of(r, "Mãe: Ana Souza   Cel. (21) 98731-4420\nPai: João"))
        .containsExactly("(21) 98731-4420");
    assertThat(Spans.of(r, "Oi, é o Thiago! Meu zap novo: (11) 98482-1937"))
        .containsExactly("(11) 98482-1937");
    assertThat(Spans.of(r, "Contacto: Lic. Ibarra, celular 55 4827 1930 en horario de oficina"))
        .containsExactly("55 4827 1930");
    assertThat(Spans.of(r, "Hafið samband við Þórdísi í síma 861 4372 eftir kl. 17"))
        .containsExactly("861 4372");
    assertThat(Spans.of(r, "tafadhali nipigie kwa namba 0715 244 309 kesho"))
        .containsExactly("0715 244 309");
  }

  @Test
  void numbersInParenthesesAndFormBlanks() {
    assertThat(Spans.of(r, "La madre, sig.ra Anna Ricci (338 714 2290), è stata informata."))
        .containsExactly("338 714 2290");
    assertThat(Spans.of(r, "Telefono ___328 714 0952___  E-mail ___"))
        .containsExactly("328 714 0952");
  }

  @Test
  void shortRegisterWordsOnlyAsWholeWords() {
    assertThat(Spans.of(r, "Preguntar por el casero en el 612 48 93 07 o escribir"))
        .containsExactly("612 48 93 07");
    assertThat(Spans.of(r, "Gracias Álvaro, mi número nuevo es 654 210 387."))
        .containsExactly("654 210 387");
    // The whole words still name a register number.
    assertThat(Spans.of(r, "Case 612 48 93 07 was closed")).isEmpty();
    assertThat(Spans.of(r, "Ref. 612 48 93 07 del expediente")).isEmpty();
  }

  @Test
  void lookAlikesInTheSameScriptsAreNoPhones() {
    assertThat(Spans.of(r, "現 住 所    〒060-0042\n北海道札幌市中央区")).isEmpty();
    assertThat(Spans.of(r, "订单号：2024 0512 8831，请核对")).isEmpty();
    assertThat(Spans.of(r, "Население города на 1 января — 1 633 595 человек.")).isEmpty();
    assertThat(Spans.of(r, "Ο πληθυσμός της Αττικής ήταν 3 814 064 κάτοικοι το 2021.")).isEmpty();
    assertThat(Spans.of(r, "관련 보도자료 번호: 2024-0512-01.")).isEmpty();
    assertThat(Spans.of(r, "Věc: Reklamace pračky - zakázka č. 2024-118273")).isEmpty();
    assertThat(Spans.of(r, "Vendedora na Loja Centro (03/2016 - 11/2020)")).isEmpty();
    assertThat(Spans.of(r, "Gyermek: Kovács Anna (2014. 03. 21.), tanuló")).isEmpty();
  }

  @Test
  void numbersUnderAPhoneColumn() {
    assertThat(
            Spans.of(
                r,
                "emp|last|first|phone\nE-1041|Okafor|Ada|4143820971\nE-1042|Lind|Per|5058714429"))
        .containsExactly("4143820971", "5058714429");
    assertThat(
            Spans.of(
                r,
                "INSERT INTO leads (name, city, phone) VALUES ('Ann Roe', 'Mesa, AZ 85201', '4805517320');"))
        .containsExactly("4805517320");
    assertThat(Spans.of(r, "id,name,zip\n1,Ann,4805517320")).isEmpty();
  }

  @Test
  void numbersAfterAStateCodeOrAFlatNumber() {
    assertThat(Spans.of(r, "88121,Eva Lind,1902 Alder Creek Way,\"Boise, ID 83706\",208-947-3315"))
        .containsExactly("208-947-3315");
    assertThat(Spans.of(r, "\"4410 Telegraph Ave #212, Oakland, CA 94609\",510-392-6614"))
        .containsExactly("510-392-6614");
    assertThat(Spans.of(r, "Frag nach David, 0176 5548 1209")).containsExactly("0176 5548 1209");
    assertThat(Spans.of(r, "Order #4155552671 shipped")).isEmpty();
    assertThat(Spans.of(r, "Customer ID: 4155552671")).isEmpty();
  }

  @Test
  void serviceNumbersAreAFirmsOthersAfterACueArePersons() {
    assertThat(Spans.of(r, "Call 1300 158 803 (business hours)")).isEmpty();
    assertThat(Spans.of(r, "客服热线：400-853-3085，周一至周五")).isEmpty();
    assertThat(Spans.of(r, "Vater: +49 (0) 172 – 390 41 86"))
        .containsExactly("+49 (0) 172 – 390 41 86");
    assertThat(Spans.of(r, "Ang numero ko po ay 0917 489 2702. Salamat po."))
        .containsExactly("0917 489 2702");
  }

  @Test
  void moreLookAlikes() {
    assertThat(Spans.of(r, "the return was filed under 445 72 2612 by mistake")).isEmpty();
    assertThat(Spans.of(r, "6. DATE OF BIRTH: 08 19 2003")).isEmpty();
    assertThat(Spans.of(r, "Unsere BIC lautet COBADEFFXXX; die Bankleitzahl 370 400 44."))
        .isEmpty();
    assertThat(Spans.of(r, "Bestelnummer 4182-7361-10\nFactuur F24-0418")).isEmpty();
    assertThat(Spans.of(r, "Заказ № 418-273-611 от 14.05.2024")).isEmpty();
    assertThat(Spans.of(r, "Rendelésszám: 418-2736-11")).isEmpty();
    assertThat(Spans.of(r, "订单号：400-853-3085")).isEmpty();
    assertThat(Spans.of(r, "请联系客服，订单号 2024 0512 8831")).isEmpty();
    assertThat(Spans.of(r, "Zapłata 4 500 000 zł do końca miesiąca")).isEmpty();
    assertThat(Spans.of(r, "Simulation 861 4372 steps")).isEmpty();
    assertThat(Spans.of(r, "Referenznummer 0176 5548 1209")).isEmpty();
    assertThat(
            Spans.of(
                r,
                "                 P  W  D  L  GF GA\n1   Man City       38 28  7  3  96 34\n2   Arsenal        38 28  5  5  91 29"))
        .isEmpty();
  }

  @Test
  void scriptRegionsApplyBesideTheConfiguredOnes() {
    PhoneRecognizer usOnly = new PhoneRecognizer(List.of("US"));
    assertThat(Spans.of(usOnly, "Call me at (415) 662-0193 tonight"))
        .containsExactly("(415) 662-0193");
    assertThat(Spans.of(usOnly, "联系电话：139 2048 7731")).containsExactly("139 2048 7731");
  }
}
