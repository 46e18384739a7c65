package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A list under a heading of birthdays: each line's date with its year is a birth date, up to the
 * blank line that ends the list. Dates without a year are days of the year, and a list under
 * another heading holds other dates.
 */
class BirthdayListsTest {

  private final DateOfBirthRecognizer dob = new DateOfBirthRecognizer();

  @Test
  void datesUnderABirthdayHeading() {
    String list =
        "Family birthdays 🎂\nDad — 3 Mar 1958\nLena — 17/09/1991\nGrandpa Joe: 1936-11-02\n";
    assertThat(Spans.of(dob, list)).containsExactly("3 Mar 1958", "17/09/1991", "1936-11-02");
    assertThat(Spans.of(dob, "Geburtstage:\n- Oma Ilse: 4.2.1941\n- Paul: 22.06.2015\n"))
        .containsExactly("4.2.1941", "22.06.2015");
  }

  @Test
  void theListEndsAtABlankLine() {
    String text = "Birthdays\nTom — 5 May 1980\n\nInvoices\nNo. 7 — 6 May 2024\n";
    assertThat(Spans.of(dob, text)).containsExactly("5 May 1980");
  }

  @Test
  void listsUnderOtherHeadingsAndDaysWithoutAYear() {
    assertThat(Spans.of(dob, "Release dates\nv1.0 — 12 Feb 2021\nv2.0 — 3 Mar 2022\n")).isEmpty();
    assertThat(Spans.of(dob, "Birthday reminders\nTom — 5 May\nAnna — 17 Sep\n")).isEmpty();
  }
}
