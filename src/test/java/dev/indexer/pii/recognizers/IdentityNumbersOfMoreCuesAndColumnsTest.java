package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Identity numbers after the names of more documents (North Macedonia's and Serbia's ЕМБГ/ЈМБГ,
 * Greece's Α.Μ.Κ.Α., Moldova's IDNP, a Japanese driving licence's number, Korea's 주민번호), and under
 * a table's column named as any document the recognizer knows (`DOC#`, `RG`, `NIK`, `N.º utente
 * SNS`); not the numbers of an order's or an invoice's column.
 */
class IdentityNumbersOfMoreCuesAndColumnsTest {

  private final PassportOrIdRecognizer ids = new PassportOrIdRecognizer();

  @Test
  void numbersAfterTheNamesOfMoreDocuments() {
    assertThat(Spans.of(ids, "Подносител: Марко Петровски\nЕМБГ: 1703988450124\n"))
        .containsExactly("1703988450124");
    assertThat(Spans.of(ids, "Επώνυμο: ΝΙΚΟΛΑΟΥ\nΑ.Μ.Κ.Α.: 17039812346\n"))
        .containsExactly("17039812346");
    assertThat(Spans.of(ids, "Părintele: Ion Rusu, IDNP 2003017283941\n"))
        .containsExactly("2003017283941");
    assertThat(Spans.of(ids, "借受人氏名：山田 花子\n運転免許証番号：第412345678901号\n"))
        .containsExactly("412345678901");
    assertThat(Spans.of(ids, "한서윤: 주민번호 880312-1045671 입니다")).containsExactly("880312-1045671");
  }

  @Test
  void numbersUnderAColumnNamedAsADocument() {
    assertThat(
            Spans.of(
                ids,
                "SEQ  NAME             DOB      SEX  DOC#\n001  BERG/ANNA        21MAR84  F    FP5821937\n"
                    + "002  BERG/OLA         09SEP81  M    FP6392716\n"))
        .containsExactly("FP5821937", "FP6392716");
    assertThat(
            Spans.of(
                ids,
                "No | Nama Lengkap | NIK | Agama\n1 | BUDI SANTOSO | 3174081406800011 | ISLAM\n"
                    + "2 | SRI WAHYUNI | 3174086209830022 | ISLAM\n"))
        .containsExactly("3174081406800011", "3174086209830022");
    assertThat(
            Spans.of(
                ids,
                "N.º utente SNS · Data nasc. · Estado\n248219371 · 14-02-1967 · convocar\n"
                    + "193705483 · 03-08-1959 · convocar\n"))
        .containsExactly("248219371", "193705483");
  }

  @Test
  void notTheNumbersOfAnOrdersColumn() {
    assertThat(
            Spans.of(
                ids,
                "Order # | Item | Qty\n4821937051 | Lamp | 2\n4821937052 | Desk | 1\n"
                    + "4821937053 | Chair | 4\n"))
        .isEmpty();
  }

  @Test
  void notATrigonometricTablesSineNorAPassportsExpiry() {
    assertThat(Spans.of(ids, "x | sin | cos\n0.5 | 0.47943 | 0.87758\n1.0 | 0.84147 | 0.54030\n"))
        .isEmpty();
    assertThat(
            Spans.of(
                ids,
                "Name | Passport | Passport Expiry\nAna | XK4821937 | 01.05.2031\n"
                    + "Bo | XK5930218 | 12.11.2029\n"))
        .containsExactly("XK4821937", "XK5930218");
  }
}
