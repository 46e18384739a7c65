package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rows whose header stands apart from them: exports without a header line whose columns a comment
 * or a footnote lists ("Columns: NO, NAME, DATE OF BIRTH, ..."), before or after the rows. The
 * listed columns name the cells of every row with as many cells; a row of another width, a list
 * with no rows and columns that hold no birth date keep their values unreported.
 */
class ColumnsNamedApartTest {

  private final DateOfBirthRecognizer dob = new DateOfBirthRecognizer();
  private final PersonRecognizer person = new PersonRecognizer();

  private static final String FIXED_WIDTH =
      "RIVERSIDE TOOLING - STAFF LIST                                     PAGE 3\n"
          + "2207  HALVORSEN, INGRID           F  1979-04-18  2011-05-02  FT\n"
          + "2208  MCALLISTER, DONAL           M  1986-10-07  2019-11-18  PT\n"
          + "-------------------------------------------------------------------\n"
          + "Columns as on page 1: STAFF NO, NAME, SEX, DATE OF BIRTH, START DATE, STATUS\n";

  @Test
  void aFootnoteNamesTheColumnsOfAFixedWidthReport() {
    assertThat(Spans.of(dob, FIXED_WIDTH)).containsExactly("1979-04-18", "1986-10-07");
    assertThat(Spans.of(person, FIXED_WIDTH)).contains("HALVORSEN, INGRID");
  }

  /**
   * As the service reads a document, each paragraph after a blank line opens with a line of one
   * control character: a footnote in its own paragraph still names the rows above it.
   */
  @Test
  void aFootnoteInAParagraphOfItsOwnAsTheServiceReadsIt() {
    String report =
        "117\tKrüger\tJonas\t05.03.87\t01.08.2019\n"
            + "118\tSchäfer-Demir\tAylin\t22.11.04\t15.01.2021\n"
            + "\n\u0001\n"
            + "Spalten wie auf S. 1: Nr., Name, Vorname, Geburtsdatum, Eintritt\n";
    assertThat(Spans.of(dob, report)).containsExactly("05.03.87", "22.11.04");
    assertThat(Spans.of(dob, report.replace("\n\u0001\n", "\nnot a filler line\n"))).isEmpty();
  }

  @Test
  void aCommentBeforeNamesTheFieldsOfSemicolonRows() {
    String rows =
        "# export without header; fields: id;nachname;vorname;geburtsdatum;eintritt;tarif\n"
            + "881;Lindqvist;Hanna;1991-02-26;2020-01-01;B\n"
            + "882;Obradović;Marko;1973-09-14;2018-07-01;A\n";
    assertThat(Spans.of(dob, rows)).containsExactly("1991-02-26", "1973-09-14");
    assertThat(Spans.of(person, rows)).contains("Lindqvist", "Hanna", "Obradović", "Marko");
  }

  @Test
  void aCommentNamesTheValuesOfInsertsWithoutAColumnList() {
    String sql =
        "-- table member: id, first_name, last_name, birth_date, joined\n"
            + "-- (earlier rows omitted)\n"
            + "INSERT INTO member VALUES (12,'Oonagh','Brennan','1988-06-30','2021-03-01');\n"
            + "INSERT INTO member VALUES (13,'Ruairí','Kavanagh','2001-01-09','2022-08-15');\n";
    assertThat(Spans.of(dob, sql)).containsExactly("1988-06-30", "2001-01-09");
    assertThat(Spans.of(person, sql)).contains("Oonagh", "Brennan", "Ruairí", "Kavanagh");
  }

  @Test
  void japaneseEraDatesUnderTheirListedColumn() {
    String csv =
        "# 2〜3行目（列順: 会員番号,氏名,生年月日,入会日）\n"
            + "B-0311,田中 美咲,昭和61年4月2日,令和4年4月1日\n"
            + "B-0312,森 大輔,平成3年12月24日,令和4年5月1日\n";
    assertThat(Spans.of(dob, csv)).containsExactly("昭和61年4月2日", "平成3年12月24日");
  }

  @Test
  void namesOfScriptsWithoutCapitalsUnderTheirListedColumn() {
    String csv =
        "# 2〜3行目（列順: 会員番号,氏名,生年月日,入会日）\n"
            + "B-0311,田中 美咲,昭和61年4月2日,令和4年4月1日\n"
            + "B-0312,森 大輔,平成3年12月24日,令和4年5月1日\n";
    assertThat(Spans.of(person, csv)).contains("田中 美咲", "森 大輔");
  }

  @Test
  void cyrillicNamesUnderTheirListedColumns() {
    String rows =
        "-- поля: таб. номер; фамилия; имя; дата рождения\n"
            + "000412;Белоусова;Дарина;12.03.1990\n"
            + "000413;Гречко;Тарас;02.11.1984\n";
    assertThat(Spans.of(person, rows)).contains("Белоусова", "Дарина", "Гречко", "Тарас");
    assertThat(Spans.of(dob, rows)).containsExactly("12.03.1990", "02.11.1984");
  }

  @Test
  void aCodeOrAWordInAScriptColumnIsNoName() {
    String csv = "# 列順: 会員番号,氏名,区分\n" + "B-0311,未定,正会員\n" + "B-0312,東京都港区芝公園四丁目二番八号,正会員\n";
    assertThat(Spans.of(person, csv)).isEmpty();
  }

  @Test
  void theListOfColumnsIsNoRowOfNames() {
    String rows =
        "7101;Hr.;Baumgartner;Florian;1979-12-01\n"
            + "7102;Fr.;Yilmaz;Selin;1998-04-22\n"
            + "7103;Fr.;Lindqvist;Hanna;1991-02-26\n"
            + "# Felder laut Spezifikation v2: ID;Anrede;Nachname;Vorname;Geburtsdatum\n";
    assertThat(Spans.of(person, rows)).doesNotContain("Nachname", "Vorname");
  }

  @Test
  void aHindiDateColumnIsNoBirthDateColumn() {
    assertThat(Spans.of(dob, "क्रम,विवरण,तारीख,राशि\n1,किराया,2024-03-01,15000\n")).isEmpty();
  }

  @Test
  void aHeaderLineNamesNoRowAboveIt() {
    assertThat(Spans.of(dob, "Release, 2019-05-01, stable\n\nname,birth_date,status\n")).isEmpty();
  }

  @Test
  void rowsEndAtTheFirstLineOfAnotherShape() {
    String rows =
        "Fields: id; name; date of birth\n"
            + "11;Hanna Berg;1991-02-26\n"
            + "Notes below.\n"
            + "12;release;2019-05-01\n";
    assertThat(Spans.of(dob, rows)).containsExactly("1991-02-26");
  }

  @Test
  void rowsOfAnotherWidthAreNotThoseColumns() {
    String rows =
        "Fields: id, name, date of birth, joined\n"
            + "4411,2019-03-02,2020-01-01\n"
            + "4412,2019-05-12,2020-02-01\n";
    assertThat(Spans.of(dob, rows)).isEmpty();
  }

  @Test
  void otherDatesOfTheRowsStayUnreported() {
    String rows =
        "Columns: order no, customer no, order date, ship date, status\n"
            + "77120, 3301, 1984-02-11, 1984-02-14, shipped\n"
            + "77121, 3302, 1984-02-12, 1984-02-19, shipped\n";
    assertThat(Spans.of(dob, rows)).isEmpty();
  }

  @Test
  void aListOfColumnsWithoutRowsIsDocumentation() {
    String doc =
        "The export holds these fields: id, name, date of birth, joined.\n"
            + "Dates are written as 1990-01-31 throughout.\n";
    assertThat(Spans.of(dob, doc)).isEmpty();
  }
}
