package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names as the values of a form's person fields in many languages, in any case ("Nazwisko:
 * KACZMAREK-BIELECKA"), several fields on a line ("Nume: BĂLAN Prenume: OANA-CRISTINA"), a label
 * alone on its line above the value, "Surname, Given", and signatures with an initial.
 */
class NamesInFormFieldsTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void valuesOfMoreRolesOfRecords() {
    assertThat(Spans.of(person, "Student: Kaito Yamamoto-Reyes         Cohort: 2022 entry"))
        .contains("Kaito Yamamoto-Reyes");
    assertThat(Spans.of(person, "Claimant: Oluwaseun Adeyemi-Clarke\nPolicy: HX-2291"))
        .contains("Oluwaseun Adeyemi-Clarke");
    assertThat(Spans.of(person, "Guarantor: Teodora Vasilescu (mother)"))
        .contains("Teodora Vasilescu");
    // Roles that firms and things hold too are no cues: "Driver:", "Client:", "Seller:".
    assertThat(
            Spans.of(person, "Driver: Realtek High Definition Audio 6.0.9\nClient: Acme Widgets"))
        .isEmpty();
  }

  @Test
  void valuesOfPersonFieldsInAnyCase() {
    assertThat(Spans.of(person, "Imię (imiona): EWELINA ZOFIA\nNazwisko: WRÓBEL-SZYMAŃSKA\n"))
        .contains("EWELINA ZOFIA", "WRÓBEL-SZYMAŃSKA");
    assertThat(Spans.of(person, "Nume: DOBRE    Prenume: IOANA-MARIA    CNP: 2900219041552"))
        .contains("DOBRE", "IOANA-MARIA");
    assertThat(Spans.of(person, "Adı Soyadı      : Feride Karabulut\nT.C. Kimlik No  : 1"))
        .contains("Feride Karabulut");
    assertThat(
            Spans.of(
                person, "Apellido paterno: Salinas   Apellido materno: Ruelas   Nombre(s): Itzel"))
        .contains("Salinas", "Ruelas", "Itzel");
    assertThat(Spans.of(person, "Nom de naissance : BENAÏSSA        Nom d'usage : MARCHAND\n"))
        .contains("BENAÏSSA", "MARCHAND");
    assertThat(
            Spans.of(
                person, "Legal name        : Adebayo, Folasade Ruth\nPreferred name    : Fola"))
        .contains("Adebayo, Folasade Ruth", "Fola");
    assertThat(Spans.of(person, "Contraente/assicurato: Ferri Ottavio, Via Roma 2, 20100 Milano"))
        .contains("Ferri Ottavio");
    assertThat(Spans.of(person, "Trabajador: MARTÍNEZ DE LA ROSA, JIMENA          NIF: 02918476Y"))
        .contains("MARTÍNEZ DE LA ROSA, JIMENA");
  }

  @Test
  void aLabelAloneOnItsLineAboveTheValue() {
    String form =
        "Achternaam en voorletters\nKarimi, F.\nVoornamen (voluit)\nFarah\nGeboortedatum\n";
    assertThat(Spans.of(person, form)).contains("Karimi, F.", "Farah");
  }

  @Test
  void signaturesWithAnInitial() {
    assertThat(Spans.of(person, "Datum: 03-03-2024   Handtekening: F. Karimi"))
        .contains("F. Karimi");
    assertThat(Spans.of(person, "Kiraya veren: N. Özdemir      Kiracı: S. Yıldırım"))
        .contains("N. Özdemir", "S. Yıldırım");
    // A surname found elsewhere takes the initials before it.
    assertThat(Spans.of(person, "Met vriendelijke groet,\nH.J. Bosman\n077-3512 904"))
        .contains("H.J. Bosman");
  }

  @Test
  void blankTemplatesAndOtherValuesAreNoNames() {
    assertThat(Spans.of(person, "Nom : ______________   Prénom : ______________")).isEmpty();
    assertThat(Spans.of(person, "Name: [your full name]\nSignature: Authorized Signatory"))
        .isEmpty();
    assertThat(Spans.of(person, "Name: Project Phoenix\nOwner: Platform Team")).isEmpty();
    assertThat(Spans.of(person, "name: CI\non: [push]\nName: NGINX\nName\nNGINX")).isEmpty();
    assertThat(Spans.of(person, "Tenant: Globex Corporation\nLandlord: Acme Holdings Ltd"))
        .doesNotContain("Globex Corporation", "Acme Holdings Ltd");
  }

  @Test
  void namesUnderTheKeysOfRecordsAndPayments() {
    assertThat(Spans.of(person, "{\"name\":{\"given\":\"Rosalind\",\"family\":\"Okoro\"}}"))
        .containsExactly("Rosalind", "Okoro");
    assertThat(
            Spans.of(person, "{\"payout\":{\"beneficiary\":\"Joris Maes\",\"currency\":\"EUR\"}}"))
        .containsOnly("Joris Maes");
    assertThat(Spans.of(person, "{\"family\":\"Sans Serif\",\"given\":\"Regular\"}")).isEmpty();
  }

  @Test
  void aFieldWhoseValueIsAlignedWithoutAColonAndBilingualLabels() {
    String starter =
        "Employee's personal details\n1  Last name                          ADEYEMI-COLE\n"
            + "2  First names                        TEMITOPE GRACE\n";
    assertThat(Spans.of(person, starter)).contains("ADEYEMI-COLE");
    // as the service keeps the form's columns: its row number is a cell of its own
    assertThat(Spans.of(person, "1\tLast name\tADEYEMI-COLE\n2\tFirst names\tTEMITOPE GRACE\n"))
        .contains("ADEYEMI-COLE", "TEMITOPE GRACE");
    String passport = "Surname/Nom  MENSAH-ASANTE\nGiven names/Prénoms  KWAME YAW\n";
    assertThat(Spans.of(person, passport)).contains("MENSAH-ASANTE");
    assertThat(Spans.of(person, "Apellido y nombre: FERREYRA, MARÍA LUJÁN\n"))
        .contains("FERREYRA, MARÍA LUJÁN");
    assertThat(Spans.of(person, "Last name                  (as on your passport)\n")).isEmpty();
  }
}
