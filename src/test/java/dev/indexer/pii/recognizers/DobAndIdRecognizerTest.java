package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DobAndIdRecognizerTest {

  private final DateOfBirthRecognizer dob = new DateOfBirthRecognizer();
  private final PassportOrIdRecognizer ids = new PassportOrIdRecognizer();

  @Test
  void birthDatesOnlyWithContext() {
    assertThat(
            Spans.of(
                dob,
                "DOB: 1985-03-12; born on March 12, 1985; geboren am 12.03.1985; né le 12 mars 1985"))
        .containsExactlyInAnyOrder("1985-03-12", "March 12, 1985", "12.03.1985", "12 mars 1985");
    assertThat(Spans.of(dob, "Released 2024-01-15, meeting on March 12, 2025")).isEmpty();
    assertThat(Spans.of(dob, "Adobe 2019-05-02, reborn 2020-01-01, see lib. 1985-03-02")).isEmpty();
    assertThat(Spans.of(dob, "Ann Lee (b. 1985-03-02)")).containsExactly("1985-03-02");
    assertThat(
            Spans.of(dob, "Date of Birth: 3rd of March 1985; DOB 03-Mar-1985; born 4 July, 1976"))
        .containsOnly("3rd of March 1985", "03-Mar-1985", "4 July, 1976");
    assertThat(Spans.of(dob, "Fecha de nac.: 02/05/1990")).containsExactly("02/05/1990");
  }

  @Test
  void birthDatesOfObituariesAndGenealogies() {
    assertThat(
            Spans.of(dob, "Gertrud Schallenberg\ngeb. Wiesner\n* 3. Mai 1937    † 18. Feb. 2024"))
        .containsExactly("3. Mai 1937");
    assertThat(Spans.of(dob, "Ingrid Sjöberg\n* 14 juni 1935   † 2 mars 2024"))
        .containsExactly("14 juni 1935");
    assertThat(Spans.of(dob, "Else Margrethe Bach\nf. 2. april 1938 i Vejle"))
        .containsExactly("2. april 1938");
    assertThat(Spans.of(dob, "Aili Koskinen\ns. 2.7.1932 Kiuruvesi\nk. 9.3.2024 Helsinki"))
        .containsExactly("2.7.1932");
    assertThat(Spans.of(dob, "Constantin Niculescu\n(n. 11 ianuarie 1942 – d. 3 mai 2024)"))
        .containsExactly("11 ianuarie 1942");
    assertThat(Spans.of(dob, "pan Jiří Kratochvíl\nnarozen 4. 3. 1938, zemřel 12. 5. 2024"))
        .containsExactly("4. 3. 1938");
    assertThat(Spans.of(dob, "{\"cpf\": \"391.448.207-98\", \"nascimento\": \"1986-02-11\"}"))
        .containsExactly("1986-02-11");
  }

  @Test
  void datesAfterAStarOrAnAbbreviationThatIsNoBirth() {
    assertThat(Spans.of(dob, "* 3. Mai 2024 Sommerfest im Hof\n* 4. Mai 2024 Flohmarkt")).isEmpty();
    assertThat(Spans.of(dob, "Vgl. S. 12.3.2024 und f. 5. Auflage")).isEmpty();
    assertThat(Spans.of(dob, "Urlaub f. 12.08.2024 beantragt, bitte bestätigen.")).isEmpty();
  }

  @Test
  void birthDatesUnderABirthDateColumn() {
    String csv =
        "id,name,email,phone,dob\n1041,Hannah Schultz,h.schultz@mail.de,+49 151 23456789,1986-02-14\n"
            + "1042,Oscar Lindqvist,oscar.l@telia.se,+46 70 123 45 67,\"1990-11-30\"\n\nreleased,2024-01-15";
    assertThat(Spans.of(dob, csv)).containsExactly("1986-02-14", "1990-11-30");
    String md =
        "| Patient | Ward | Admitted | Date of birth |\n|---|---|---|---|\n| Ann Lee | 4B | 2024-03-01 | 02/29/1964 |";
    assertThat(Spans.of(dob, md)).containsExactly("02/29/1964");
    assertThat(Spans.of(dob, "name;created;updated\nx;2024-01-01;2024-02-01")).isEmpty();
  }

  @Test
  void idsByCueOrCheckDigit() {
    assertThat(
            Spans.of(ids, "Passport No. X1234567, DNI 12345678Z, codice fiscale RSSMRA85T10A562S"))
        .contains("X1234567", "12345678Z", "RSSMRA85T10A562S");
    assertThat(Spans.of(ids, "DNI 12345678A, build 20240115")).isEmpty();
    assertThat(Spans.of(ids, "BSN 111222333, BSN 123456789")).containsExactly("111222333");
  }

  @Test
  void mrzLines() {
    String mrz =
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    assertThat(Spans.of(ids, mrz)).hasSize(2);
  }

  @Test
  void mrzLinesAmongMarkupAreFoundWhole() {
    String l1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    String l2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    String html =
        "<div><span>scan:</span><pre>" + l1 + "\n" + l2 + "</pre></div>" + "<p>A<B</p>".repeat(50);
    assertThat(Spans.of(ids, html)).containsExactlyInAnyOrder(l1, l2);
    assertThat(Spans.of(ids, "<a href=\"x\">ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<</a>"))
        .isEmpty();
  }
}
