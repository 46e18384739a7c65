package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names in running text that no cue touches directly: a name in apposition to a role or kin word,
 * also after "of the ..." ("the driver, Jomo,", "l'avocat de la partie civile, Mathieu
 * Rocheteau,"); a name joined by "and" in any language to a name found or to a listed given name
 * ("Priyanka Desai and Tobias", "Lorenzo e Giovanna"); a listed given name or a name found,
 * declined in Polish, Czech, Finnish or Hungarian ("z Anną i Janem", "Liisalta", "Péternek",
 * "Kowalczykiem"); and the given names and surnames of more locales (Greek, Russian, Ukrainian,
 * Bulgarian, Vietnamese, Italian).
 */
class RolesPairsAndCasesTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void aNameInAppositionToARoleOrKinWord() {
    assertThat(Spans.of(person, "The driver, Jomo, waited an hour at arrivals.")).contains("Jomo");
    assertThat(Spans.of(person, "La hija del dueño, Ximena, nos atendió muy bien."))
        .contains("Ximena");
    assertThat(Spans.of(person, "L'avocat de la partie civile, Mathieu Rocheteau, a plaidé."))
        .contains("Mathieu Rocheteau");
    assertThat(Spans.of(person, "O dono da pousada, Rodrigo Barbosa, nos buscou no aeroporto."))
        .contains("Rodrigo Barbosa");
    assertThat(Spans.of(person, "Der Wirt der Hütte, Korbinian, kochte für alle."))
        .contains("Korbinian");
  }

  @Test
  void appositionsThatAreNoPeople() {
    assertThat(Spans.of(person, "The capital, Nairobi, is busy at this hour.")).isEmpty();
    assertThat(Spans.of(person, "Our supplier, Bosch, confirmed the order.")).isEmpty();
    assertThat(Spans.of(person, "The owner of the brand, Unilever, did not comment.")).isEmpty();
    assertThat(Spans.of(person, "The owner of the stadium, Manchester United, agreed.")).isEmpty();
    assertThat(Spans.of(person, "Install the audio driver Realtek High Definition first."))
        .isEmpty();
  }

  @Test
  void aNameJoinedToANameFoundOrToAListedGivenName() {
    assertThat(Spans.of(person, "Søren Østergaard og Nanna står for julefrokosten."))
        .contains("Nanna");
    assertThat(Spans.of(person, "Priyanka Desai and Tobias met the auditors on Monday."))
        .contains("Tobias");
    assertThat(Spans.of(person, "Wczoraj przyjechali Katarzyna Wójcik i Tomasz."))
        .contains("Tomasz");
    assertThat(Spans.of(person, "Det var Anna Svensson i Umeå som ringde.")).doesNotContain("Umeå");
    assertThat(Spans.of(person, "Ieri sono arrivati Lorenzo e Giovanna con i bambini."))
        .contains("Lorenzo", "Giovanna");
  }

  @Test
  void pairsThatAreNoPeople() {
    assertThat(Spans.of(person, "Hans Müller und Söhne liefern seit 1950."))
        .containsExactly("Hans Müller");
    assertThat(Spans.of(person, "Jean Dupont et Associés, avocats."))
        .containsExactly("Jean Dupont");
    assertThat(Spans.of(person, "Marks and Spencer reported higher profits.")).isEmpty();
    assertThat(Spans.of(person, "Trade between Jordan and Lebanon grew last year.")).isEmpty();
    assertThat(Spans.of(person, "We visited the Victoria and Albert Museum.")).isEmpty();
  }

  @Test
  void givenNamesAndNamesFoundInTheirCases() {
    assertThat(Spans.of(person, "Rozmawiałam wczoraj z Anną i Janem o wycieczce."))
        .contains("Anną", "Janem");
    assertThat(Spans.of(person, "Kokouksessa kysyttiin testeistä Liisalta.")).contains("Liisalta");
    assertThat(Spans.of(person, "Palaverissa sovittiin, että avaimet saa Mikolta."))
        .contains("Mikolta");
    // A genitive in -n only of a name found: alone it may be another word.
    assertThat(Spans.of(person, "Liisa Räsänen soitti aamulla. Tänään Liisan tiimi hoitaa testit."))
        .contains("Liisan");
    assertThat(Spans.of(person, "Löytäjä soitti heti, ja koira palasi Virtaselle."))
        .contains("Virtaselle");
    assertThat(Spans.of(person, "Az értekezleten Péternek küldtük el az ütemtervet."))
        .contains("Péternek");
    assertThat(
            Spans.of(
                person,
                "Pan Tomasz Kowalczyk przyszedł rano. Potem rozmawialiśmy z Kowalczykiem długo."))
        .contains("Kowalczykiem");
  }

  @Test
  void germanNounsAreNoDeclinedNames() {
    assertThat(Spans.of(person, "Im Garten blühen viele Rosen und Linden.")).isEmpty();
    assertThat(Spans.of(person, "Die Werte stehen in der Tabelle, im Viertel hängt ein Kittel."))
        .isEmpty();
    assertThat(Spans.of(person, "Wir verkaufen Marken aus Italien und Frankreich.")).isEmpty();
  }

  @Test
  void namesOfMoreLocales() {
    assertThat(Spans.of(person, "Χθες ο Νικόλαος Παπαδόπουλος πήγε στο λιμάνι."))
        .contains("Νικόλαος Παπαδόπουλος");
    assertThat(Spans.of(person, "Вчера Дмитрий Соколов позвонил в офис."))
        .contains("Дмитрий Соколов");
    assertThat(Spans.of(person, "Η Αθήνα είναι η πρωτεύουσα της χώρας.")).isEmpty();
    assertThat(Spans.of(person, "Dnes ráno volala Petra Dvořáková, že nepřijde."))
        .contains("Petra Dvořáková");
  }
}
