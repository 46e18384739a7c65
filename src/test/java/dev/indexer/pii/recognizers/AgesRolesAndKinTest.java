package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names no list knows, found by what news and family stories put around a person: an age right
 * after the name, "who" or "whose" after it, a profession in apposition, a kin word in the writer's
 * language.
 */
class AgesRolesAndKinTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void aNameWithAnAgeInApposition() {
    assertThat(Spans.of(person, "Wanjohi Kiprotich, 64, said the ferry had been late all week."))
        .containsExactly("Wanjohi Kiprotich");
    assertThat(Spans.of(person, "Tevita Fifita (47) wurde am Montag entlassen."))
        .containsExactly("Tevita Fifita");
    assertThat(Spans.of(person, "Kwame Asante-Boateng, 9, and his sister found the wallet."))
        .containsExactly("Kwame Asante-Boateng");
    assertThat(Spans.of(person, "A polícia disse que Iolanda Sequeira da Mota, 81, caiu."))
        .containsExactly("Iolanda Sequeira da Mota");
  }

  @Test
  void notEveryCapitalisedRunBeforeANumber() {
    assertThat(Spans.of(person, "Rotes Kreuz, 24, Hauptstraße")).isEmpty();
    assertThat(Spans.of(person, "See Chapters 4, 12, and 17; Apollo 11, 1969, landed.")).isEmpty();
    assertThat(Spans.of(person, "Berlin, 10115, Germany. Windows Server (2019) crashed."))
        .isEmpty();
    assertThat(Spans.of(person, "The Hague (12) won; Windows Server (2019) crashed.")).isEmpty();
  }

  @Test
  void aNameBeforeWhoOrWhose() {
    assertThat(Spans.of(person, "Fionnuala Breathnach, whose father ran the shop, found it."))
        .containsExactly("Fionnuala Breathnach");
    assertThat(Spans.of(person, "We spoke to Kekoa Kahananui who runs the surf school."))
        .containsExactly("Kekoa Kahananui");
  }

  @Test
  void notEveryCapitalisedWordBeforeWho() {
    assertThat(Spans.of(person, "Anyone who asks gets one. Apple, whose shares fell, said no."))
        .isEmpty();
    assertThat(Spans.of(person, "The Board of Directors, who met on Monday, agreed.")).isEmpty();
    assertThat(
            Spans.of(person, "Microsoft Teams, which crashed, and Red Cross volunteers who came"))
        .isEmpty();
  }

  @Test
  void aListedGivenNameOpeningASentenceWithAVerbOfPeople() {
    assertThat(Spans.of(person, "Wir haben gewonnen! Emilia las aus einem Kapitel vor."))
        .containsExactly("Emilia");
    assertThat(Spans.of(person, "The order never came. Marguerite will chase both suppliers."))
        .containsExactly("Marguerite");
    assertThat(Spans.of(person, "Datan var intakt. Oskar berättade om felet."))
        .containsExactly("Oskar");
  }

  @Test
  void wordsOpeningASentenceWithAVerbAreNoNamesUnlessListed() {
    assertThat(Spans.of(person, "Police said the road was closed. Everyone agreed. Staff left."))
        .isEmpty();
    assertThat(Spans.of(person, "Will said nothing. May was cold. Grace is a virtue.")).isEmpty();
  }

  @Test
  void aProfessionInApposition() {
    assertThat(
            Spans.of(
                person,
                "The defence solicitor, Tevita Fifita, told police he had not seen the cyclist."))
        .containsExactly("Tevita Fifita");
    assertThat(Spans.of(person, "The defence lawyer, Oyelola Adebanjo, announced an appeal."))
        .containsExactly("Oyelola Adebanjo");
    assertThat(Spans.of(person, "Die Anwältin Thekla Wüstenhagen legte Berufung ein."))
        .containsExactly("Thekla Wüstenhagen");
  }

  @Test
  void kinWordsOfMoreLanguages() {
    assertThat(Spans.of(person, "Mijn vader Wiebe kookte elke zondag.")).containsExactly("Wiebe");
    assertThat(Spans.of(person, "Hans pappa Sture grillade fisken.")).containsExactly("Sture");
    assertThat(Spans.of(person, "O tio Zé ficou em casa com a avó.")).containsExactly("Zé");
    assertThat(Spans.of(person, "Babcia Leokadia piekła pierogi.")).containsExactly("Leokadia");
  }

  @Test
  void aTextStartingWithSpacesOrACommaBeforeANameIsRead() {
    assertThat(Spans.of(person, " Maria Garcia called.")).containsExactly("Maria Garcia");
    assertThat(Spans.of(person, ", Özge 403")).doesNotContain("403");
  }

  @Test
  void wordsOfOtherLanguagesAreNoCues() {
    assertThat(Spans.of(person, "Das ist nicht Teil des Vertrags. Run make Jenkins happy."))
        .isEmpty();
  }

  @Test
  void kinWordsBeforeThingsThatAreNoPeople() {
    assertThat(Spans.of(person, "Papa John's delivered. Father Christmas came early.")).isEmpty();
  }
}
