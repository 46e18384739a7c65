package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Titles and forms of address of more languages announce the name after them, and are never a name
 * themselves: Scandinavian "hr." and "fru", Finnish "rouva", Romanian "dl." and "dna.", Czech
 * "panem", Portuguese "Dra.", Indonesian "Pak" and "Bu", Swahili "Mzee" and "Bw.", Hausa "Malam",
 * Filipino "Kuya" and "Tita", Indian "Smt.".
 */
class FormsOfAddressOfMoreLanguagesTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void scandinavianAndFinnish() {
    assertThat(Spans.of(person, "Hr. Jensen og fru Hansen kom for sent til mødet."))
        .anySatisfy(s -> assertThat(s).endsWith("Jensen"))
        .anySatisfy(s -> assertThat(s).endsWith("Hansen"));
    assertThat(Spans.of(person, "Herra Virtanen ja rouva Korhonen saapuivat."))
        .anySatisfy(s -> assertThat(s).endsWith("Korhonen"));
  }

  @Test
  void romanianAndCzech() {
    assertThat(Spans.of(person, "Contractul a fost semnat de dl. Popescu și dna. Ionescu."))
        .anySatisfy(s -> assertThat(s).endsWith("Popescu"))
        .anySatisfy(s -> assertThat(s).endsWith("Ionescu"));
    assertThat(Spans.of(person, "Včera jsem mluvil s panem Procházkou o opravě."))
        .anySatisfy(s -> assertThat(s).endsWith("Procházkou"));
  }

  @Test
  void portugueseIndonesianAndSwahili() {
    assertThat(Spans.of(person, "Plantão: Dra. Beatriz até às 18h, depois o Dr. Campos."))
        .anySatisfy(s -> assertThat(s).endsWith("Beatriz"));
    assertThat(Spans.of(person, "Tolong hubungi Bapak Budi atau Ibu Sari besok pagi."))
        .anySatisfy(s -> assertThat(s).endsWith("Sari"));
    assertThat(Spans.of(person, "Mkutano ulihudhuriwa na Mzee Ramadhani Kombo na Bw. Juma."))
        .anySatisfy(s -> assertThat(s).endsWith("Ramadhani Kombo"))
        .anySatisfy(s -> assertThat(s).endsWith("Juma"));
  }

  @Test
  void hausaFilipinoAndIndian() {
    assertThat(Spans.of(person, "Malam Sani ya ce a gaishe ku."))
        .anySatisfy(s -> assertThat(s).endsWith("Sani"));
    assertThat(Spans.of(person, "Salamat kay Tita Baby at kay Kuya Boyet sa tulong."))
        .anySatisfy(s -> assertThat(s).endsWith("Baby"))
        .anySatisfy(s -> assertThat(s).endsWith("Boyet"));
    assertThat(Spans.of(person, "Shri Ramesh Gupta and Smt. Kamala Devi attended."))
        .doesNotContain("Smt")
        .anySatisfy(s -> assertThat(s).endsWith("Kamala Devi"));
  }

  @Test
  void wordsOfOtherLanguagesAndDepartmentsAreNoTitles() {
    // Czech "pak" (then), a department in capitals
    assertThat(Spans.of(person, "Nejdřív Staroměstské náměstí, pak Karlův most.")).isEmpty();
    assertThat(Spans.of(person, "Return completed forms to HR Recruitment, County Hall."))
        .isEmpty();
    // "hr." of an hour, Turkish "Bu" (this)
    assertThat(Spans.of(person, "The session lasts 1 hr. Meeting starts at nine.")).isEmpty();
    assertThat(Spans.of(person, "Bu Pazartesi Ankara toplantısı iptal edildi.")).isEmpty();
  }

  @Test
  void particlesOfMoreLanguages() {
    assertThat(Spans.of(person, "Pangalan: Maria Cristina dela Cruz\nEdad: 37"))
        .contains("Maria Cristina dela Cruz");
    assertThat(Spans.of(person, "Gisteren belde Sander van 't Hek over de sleutels."))
        .contains("Sander van 't Hek");
    assertThat(Spans.of(person, "Nama: Nurul Aina binti Hassan, umur 30"))
        .contains("Nurul Aina binti Hassan");
    assertThat(Spans.of(person, "A Maria do Céu ligou ontem.")).contains("Maria do Céu");
    // A firm's legal form after the particle's name: "Ltda", "Kft."
    assertThat(Spans.of(person, "Fornecedor: Metalúrgica Vale do Paraíba Ltda, CNPJ 12.345.678"))
        .isEmpty();
  }

  @Test
  void theTitlesAloneAreNoNames() {
    assertThat(Spans.of(person, "Selamat malam. Ibu dan Bapak sudah pulang. Hr. og fru."))
        .isEmpty();
  }
}
