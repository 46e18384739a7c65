package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Birth dates as more languages write them: cues before the date in Czech, Hungarian, Greek,
 * Vietnamese, Arabic, Tagalog and Indonesian, cues after it in Russian, Ukrainian and Turkish
 * ("18.06.1961 года рождения", "17 Şubat 1988 doğumlu"), Japanese era dates and Korean dotted
 * dates, and pipe tables without a rule under their header.
 */
class BirthDatesOfMoreLanguagesTest {

  private final DateOfBirthRecognizer dob = new DateOfBirthRecognizer();

  @Test
  void cuesBeforeTheDate() {
    assertThat(Spans.of(dob, "Zaměstnanec: Jan Procházka, nar. 2. 4. 1971, bytem Brno"))
        .containsExactly("2. 4. 1971");
    assertThat(Spans.of(dob, "Beteg neve: Kiss Anna   Szül.: 1963.11.20.   Anyja neve: Nagy Éva"))
        .containsExactly("1963.11.20");
    assertThat(Spans.of(dob, "Ελένη Παππά, γεννηθείσα την 14/02/1970, με ΑΔΤ"))
        .containsExactly("14/02/1970");
    assertThat(Spans.of(dob, "Bà Trần Thị Mai, sinh ngày 05/09/1988, CCCD số"))
        .containsExactly("05/09/1988");
    assertThat(Spans.of(dob, "السيدة ريم، مواليد 1990/03/21، تحمل بطاقة"))
        .containsExactly("1990/03/21");
    assertThat(Spans.of(dob, "walang asawa, ipinanganak noong Agosto 12, 1993, may hawak"))
        .containsExactly("Agosto 12, 1993");
    assertThat(Spans.of(dob, "Tempat, tanggal lahir: Malang, 2 Januari 1987\nNIK"))
        .containsExactly("2 Januari 1987");
    assertThat(Spans.of(dob, "Nato/a a ___Bari___ il ___03/11/1984___\nCodice fiscale"))
        .containsExactly("03/11/1984");
  }

  @Test
  void cuesAfterTheDate() {
    assertThat(Spans.of(dob, "Гражданин Белов Иван Петрович, 11.02.1958 года рождения, паспорт"))
        .containsExactly("11.02.1958");
    assertThat(Spans.of(dob, "муж - Гарипов Тимур, 21.05.1986 г.р.\n9. Последнее место"))
        .containsExactly("21.05.1986 г.");
    assertThat(Spans.of(dob, "донька Ковальчук Олена, 02.08.2011 р. н., РНОКПП"))
        .containsExactly("02.08.2011 р.");
    assertThat(Spans.of(dob, "Ben Deniz Kaya, 3 Mart 1990 doğumlu, T.C. kimlik numaram"))
        .containsExactly("3 Mart 1990");
    // A date before other words is no birth date.
    assertThat(Spans.of(dob, "Договор от 11.02.2024 года подписан")).isEmpty();
  }

  @Test
  void japaneseEraDatesAndKoreanDottedDates() {
    assertThat(Spans.of(dob, "氏名    佐藤　花子\n生年月日    平成4年8月21日生（満31歳）")).containsExactly("平成4年8月21日");
    assertThat(Spans.of(dob, "  생년월일: 2014. 6. 9.\n  새 주소: 대구광역시")).containsExactly("2014. 6. 9.");
    assertThat(Spans.of(dob, "1990年4月2日生まれ、東京都出身")).containsExactly("1990年4月2日");
    // 生 opens other words after a date: "takes effect", "produced on".
    assertThat(Spans.of(dob, "本合同自2024年3月5日生效。产品于2023年1月10日生产。")).isEmpty();
  }

  @Test
  void pipeTablesWithoutARuleUnderTheHeader() {
    String table =
        "| Nº | Apellido | Nombre | Fecha nacimiento | DNI |\n"
            + "| 1 | Gracia | Pilar | 21/02/1981 | - |\n"
            + "| 2 | Oumarou | Ibrahim | 09/10/1978 | - |";
    assertThat(Spans.of(dob, table)).containsExactly("21/02/1981", "09/10/1978");
    String japanese = "| 氏名 | 生年月日 | 性別 |\n| 高橋　健一 | 昭和60年1月2日 | 男 |\n| 高橋　由美 | 昭和63年7月9日 | 女 |";
    assertThat(Spans.of(dob, japanese)).containsExactly("昭和60年1月2日", "昭和63年7月9日");
  }

  @Test
  void verbsOfBirthInRunningText() {
    assertThat(
            Spans.of(
                dob, "Su abuela, Carmen Vidal, nació en Elche el 2 de mayo de 1941 y vive sola."))
        .containsExactly("2 de mayo de 1941");
    assertThat(Spans.of(dob, "O avô nasceu em Braga a 7 de março de 1950 e mudou-se."))
        .containsExactly("7 de março de 1950");
    assertThat(Spans.of(dob, "Marehemu alizaliwa tarehe 3 Machi 1950 huko Moshi."))
        .containsExactly("3 Machi 1950");
    assertThat(Spans.of(dob, "Він народився 14 травня 1952 року в Полтаві."))
        .containsExactly("14 травня 1952");
    assertThat(Spans.of(dob, "Ana Babić rođena 9. listopada 1960. u Splitu."))
        .containsExactly("9. listopada 1960");
    assertThat(Spans.of(dob, "Hän syntyi 2. toukokuuta 1944 Kuopiossa."))
        .containsExactly("2. toukokuuta 1944");
    assertThat(Spans.of(dob, "Saya, Rina Wati, lahir di Bogor pada 5 Mei 1990, menyatakan"))
        .containsExactly("5 Mei 1990");
    assertThat(Spans.of(dob, "أنا المولود في 9 يونيو 1980، أقر بما يلي"))
        .containsExactly("9 يونيو 1980");
    assertThat(Spans.of(dob, "申请为儿子王浩（2018年3月9日出生）办理")).containsExactly("2018年3月9日");
  }

  @Test
  void theFirstOfTwoLifeDatesInBrackets() {
    assertThat(Spans.of(dob, "Maria Lind\n(14.05.1941 – 02.01.2024)\nsaknad"))
        .containsExactly("14.05.1941");
    // A period of a few years in brackets is a contract's or a project's.
    assertThat(Spans.of(dob, "Projekt Nord (01.02.2021 – 31.01.2024) abgeschlossen")).isEmpty();
  }
}
