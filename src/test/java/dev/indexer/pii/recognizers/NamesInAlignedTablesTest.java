package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The cells under a name column of a table laid out with spaces (`성명`, `Name`, `Navn`), as under
 * one of a CSV or a pipe table; cells that are no names (`Garden Chair`) are not.
 */
class NamesInAlignedTablesTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void namesUnderANameColumnLaidOutWithSpaces() {
    assertThat(
            Spans.of(
                person,
                "가족관계증명서\n구분    성명        출생연월일          성별\n"
                    + "본인    권도윤      1980년 02월 11일     남\n"
                    + "배우자  한예슬      1983년 07월 30일     여\n"))
        .contains("권도윤", "한예슬");
    assertThat(
            Spans.of(
                person,
                "Ward list\nNo   Name               Room    Ward\n"
                    + "1    Ilse Vermeulen     14      B2\n"
                    + "2    Joris Peeters      15      B3\n"))
        .contains("Ilse Vermeulen", "Joris Peeters");
  }

  @Test
  void notCellsThatAreNoNames() {
    assertThat(
            Spans.of(
                person,
                "Item   Name             Qty   Price\n1      Garden Chair     2     40\n"
                    + "2      Board Game       1     25\n"))
        .isEmpty();
  }
}
