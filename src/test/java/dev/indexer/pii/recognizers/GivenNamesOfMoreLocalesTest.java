package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Given names the datafaker lists lack, read from the larger French, German, Swedish and Italian
 * lists of the jfairy artifact: "Hervé", "Solène", "Gwenaëlle", "Vroni". Those that are words of
 * the English vocabulary too ("Donate", "Tell", "London") are left out.
 */
class GivenNamesOfMoreLocalesTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void givenNamesOfTheLargerListsAreListed() {
    NameLists names = NameLists.get();
    for (String w : new String[] {"Hervé", "Solène", "Gwenaëlle", "Vroni", "Adelgunde"}) {
      assertThat(names.isFirst(w)).as(w).isTrue();
    }
  }

  @Test
  void givenNamesThatAreEnglishWordsAreLeftOut() {
    NameLists names = NameLists.get();
    for (String w : new String[] {"Donate", "Tell", "London", "Mania"}) {
      assertThat(names.isFirst(w) || names.isAmbiguousFirst(w)).as(w).isFalse();
    }
  }

  @Test
  void frenchNamesInAListOfAttendeesAndAProxy() {
    String minutes =
        "Registre des présences – Conseil municipal\n"
            + "- Hervé Duchemin\n"
            + "- Thierry Lefèvre\n"
            + "- Gwenaëlle Le Bihan\n"
            + "Procuration de Solène Marchand à Hervé Duchemin";
    assertThat(Spans.of(person, minutes))
        .contains("Hervé Duchemin", "Thierry Lefèvre", "Gwenaëlle Le Bihan", "Solène Marchand");
  }

  @Test
  void givenNamesInRunningText() {
    assertThat(Spans.of(person, "Gestern hat Adelgunde Obermaier die Schlüssel abgegeben."))
        .contains("Adelgunde Obermaier");
    assertThat(Spans.of(person, "Le dossier a été transmis hier par Hervé Duchemin au service."))
        .contains("Hervé Duchemin");
  }
}
