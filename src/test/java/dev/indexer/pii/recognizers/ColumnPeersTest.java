package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A column of a table whose cells are mostly names found makes its other cells of a name's shape
 * names too: the rows of one export hold the same kind of value in the same place, whether the
 * columns are parted by commas, semicolons, pipes, tabs or aligned spaces. A column with few names
 * found, a header's cell and cells not shaped like a name stay as they are.
 */
class ColumnPeersTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void theOtherNameShapedCellsOfAColumnOfNames() {
    assertThat(
            Spans.of(
                person,
                "sub_id|customer|plan|status\nsub_1|Tobias Engström|pro|active\n"
                    + "sub_2|Valentina Russo|team|past_due\nsub_3|Folasade Ogunleye-Banjo|pro|active"))
        .contains("Tobias Engström", "Valentina Russo", "Folasade Ogunleye-Banjo");
    assertThat(
            Spans.of(
                person,
                "Permit  Name                  Vehicle reg   Expires\n"
                    + "C-0412  Winifred Oakes        LM19 KTX      30/04/2024\n"
                    + "C-0413  Julian Marchetti      YE70 RPU      30/04/2024\n"
                    + "C-0414  Parveen Akhtar        SK21 HJD      31/05/2024\n"))
        .contains("Winifred Oakes", "Julian Marchetti", "Parveen Akhtar")
        .doesNotContain("Name");
  }

  @Test
  void columnsOfThingsAndColumnsWithFewNamesStayAsTheyAre() {
    assertThat(
            Spans.of(
                person,
                "SKU | Product | Price\nA1 | Garden Chair | 12.00\nA2 | Patio Table | 80.00\n"
                    + "A3 | Parasol Stand | 19.00\n"))
        .isEmpty();
    assertThat(
            Spans.of(
                person,
                "Room;Booked by\nA1;Maria Schmidt\nA2;Finance Review\nA3;Board Meeting\n"
                    + "A4;Sales Kickoff\n"))
        .doesNotContain("Finance Review", "Board Meeting", "Sales Kickoff");
    // Placeholders and departments in a column of names, and lines of prose with a comma each.
    assertThat(
            Spans.of(
                person,
                "nr;kontakt;ort\n1;Maria Schmidt;Berlin\n2;Thomas Weber;Köln\n3;Vakant;Berlin\n"
                    + "4;TBD;Hamburg\n5;Katrin Vogel;Bonn\n"))
        .doesNotContain("Vakant", "TBD");
    assertThat(
            Spans.of(
                person,
                "Yesterday I met Maria Schmidt, who said\nthat she had called Thomas Weber, and\n"
                    + "then Katrin Vogel, as planned\nbefore lunch at Kloster Andechs, near Munich"))
        .doesNotContain("Kloster Andechs");
    // A cell with digits or a sentence in a column of names is no name.
    assertThat(
            Spans.of(
                person,
                "id,contact\n1,Maria Schmidt\n2,Thomas Weber\n3,Katrin Vogel\n4,See ticket 4471 for"
                    + " the owner\n"))
        .noneMatch(s -> s.contains("ticket") || s.contains("See"));
  }
}
