package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names in running text without a label: after a word of kinship or role, before a verb only people
 * do, a listed given name that is no English word, given names in other grammatical cases, and
 * partners joined by "and" in many languages; with the places, dishes and words that look like
 * them.
 */
class RunningTextNamesTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void namesAfterAWordOfKinshipOrRole() {
    assertThat(Spans.of(person, "She came with her nephew Oluwaseun yesterday."))
        .contains("Oluwaseun");
    assertThat(Spans.of(person, "Der Vertrag liegt bei meiner Kollegin Hildegunn."))
        .contains("Hildegunn");
    assertThat(Spans.of(person, "The treasurer, Mbali Dlamini, read the accounts."))
        .anyMatch(s -> s.contains("Mbali Dlamini"));
  }

  @Test
  void rareWordsBeforeAVerbOnlyPeopleDo() {
    assertThat(Spans.of(person, "After the outage Chinonso apologised to the team."))
        .contains("Chinonso");
    assertThat(Spans.of(person, "In der Sitzung fragte Wojtek nach dem Budget."))
        .isEmpty(); // the verb comes before the name: no rule for that here
  }

  @Test
  void listedGivenNamesThatAreNoEnglishWordsStandingAlone() {
    assertThat(Spans.of(person, "The keys are with Radoslav until Friday.")).contains("Radoslav");
  }

  @Test
  void givenNamesAtASentenceStartOrInRunsOfCapitalsStay() {
    assertThat(Spans.of(person, "Deniz bugün çok dalgalıydı.")).isEmpty();
    assertThat(Spans.of(person, "Dessert is Crêpes Suzette or Pavlova.")).isEmpty();
    assertThat(Spans.of(person, "We walked through the old town in Kazimierz today.")).isEmpty();
  }

  @Test
  void givenNamesInOtherGrammaticalCases() {
    assertThat(Spans.of(person, "Protokół prześlemy Grzegorzowi do akceptacji."))
        .contains("Grzegorzowi");
    assertThat(Spans.of(person, "Rozmawiałam wczoraj z Tomaszem o planie.")).contains("Tomaszem");
  }

  @Test
  void partnersJoinedByAndInManyLanguages() {
    assertThat(Spans.of(person, "Retken järjestivät Oskari ja Aino yhdessä."))
        .contains("Oskari", "Aino");
  }

  @Test
  void possessivesOfGivenNamesAndLaterMentionsOfChatHandles() {
    assertThat(Spans.of(person, "We mainly want to see Radoslav's dog again."))
        .contains("Radoslav");
    String chat =
        "[10:01] oskar: who has the checklist?\n"
            + "[10:02] marta: ask oskar, he had it\n"
            + "[10:03] oskar: ok found it";
    assertThat(Spans.of(person, chat).stream().filter(w -> w.equals("oskar")).count()).isEqualTo(3);
  }

  @Test
  void namesThatAreWordsTooAreNotSpreadFromASentenceStart() {
    String prose =
        "Said said as will, London support. Said even new her Berlin after. Even index it now.";
    assertThat(Spans.of(person, prose)).doesNotContain("Said", "Even");
  }
}
