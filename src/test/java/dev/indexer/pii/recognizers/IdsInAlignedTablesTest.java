package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Identity numbers in a table laid out with spaces: the cells under a "Passport" or "ID number"
 * column, not those of the other columns.
 */
class IdsInAlignedTablesTest {

  private final PassportOrIdRecognizer ids = new PassportOrIdRecognizer();

  @Test
  void passportsUnderTheirColumn() {
    String table =
        "Traveller               DOB          Nationality  Passport      Expiry       Seat\n"
            + "CHEN/YUTONG             1990-03-14   CN           EJ4821937     2031-06-01   14C\n"
            + "MORENO/JAVIER           1978-06-27   ES           PAK481223     2029-09-30   15A\n"
            + "\n"
            + "Fares: 4 x EUR 412.60 incl. taxes.";
    assertThat(Spans.of(ids, table)).containsExactly("EJ4821937", "PAK481223");
  }

  @Test
  void runsOfSpacesKeptAsTabs() {
    String table =
        "Traveller\tDOB\tNationality Passport\tExpiry\tSeat\n"
            + "CHEN/YUTONG\t1990-03-14\tCN\tEJ4821937\t2031-06-01\t14C\n";
    assertThat(Spans.of(ids, table)).contains("EJ4821937");
  }

  @Test
  void otherColumnsAndProseStayAlone() {
    String table =
        "Item        Qty   Part number   Price\n"
            + "Bolt M8     200   BX-44812      0.12\n"
            + "The  passport  office  opens  at  nine  today.";
    assertThat(Spans.of(ids, table)).isEmpty();
  }
}
