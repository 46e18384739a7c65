package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names where e-mail, chat and data put them: the header of a quoted reply ("On Tue, Rajesh
 * Natarajan wrote:" and its forms in other languages), the elements of XML records, the "first" and
 * "last" columns of a data dump, a name after "it's" or before "know" in "let ... know", a sign-off
 * after a dash on the line of a closing word; given and family names of South Asia, Africa, China
 * and the Arab world that the datafaker lists lack; the fields of an HL7 patient segment; a given
 * name found once, again in lower case. Letters of a passport number right after a document's name
 * written without a space ("护照号码E71829304") belong to the number.
 */
class RepliesRowsAndSignOffsTest {

  // containsOnly where the writer of a reply may be found twice: by the header and, after a comma,
  // by the capitalised words; the analyzer merges the two.

  private final PersonRecognizer person = new PersonRecognizer();
  private final PassportOrIdRecognizer id = new PassportOrIdRecognizer();

  @Test
  void theWriterOfAQuotedReply() {
    assertThat(Spans.of(person, "> On Tue, Rajesh Natarajan wrote:\n> Can you send the form?"))
        .containsOnly("Rajesh Natarajan");
    assertThat(Spans.of(person, "On 4 June 2024 at 10:02, Siobhán Ní Bhriain wrote:\n> ok"))
        .containsOnly("Siobhán Ní Bhriain");
    assertThat(Spans.of(person, "Am Mo., 3. Juni 2024 um 09:14 Uhr schrieb Jörg Wendeler:\n> ja"))
        .containsOnly("Jörg Wendeler");
    assertThat(Spans.of(person, "Le lun. 3 juin 2024 à 09:14, Aurélie Vasseur a écrit :\n> oui"))
        .containsOnly("Aurélie Vasseur");
    assertThat(Spans.of(person, "El mar, 4 jun 2024 a las 11:20, Ximena Olguín escribió:"))
        .containsOnly("Ximena Olguín");
    assertThat(Spans.of(person, "Em seg., 3 de jun. de 2024 às 09:14, Thiago Bezerra escreveu:"))
        .containsOnly("Thiago Bezerra");
    assertThat(Spans.of(person, "Op ma 3 jun 2024 om 09:14 schreef Sanne Visscher:"))
        .containsOnly("Sanne Visscher");
  }

  @Test
  void theWriterInBracketsAfterTheLabelOfAReplyOrNote() {
    assertThat(
            Spans.of(person, "Respuesta (Álvaro Cifuentes, atención al cliente): abono tramitado."))
        .contains("Álvaro Cifuentes");
    assertThat(Spans.of(person, "Internal note (tomasz.b): gateway log shows the attempt."))
        .contains("tomasz.b");
    assertThat(Spans.of(person, "Antwort (Henrike Oltmanns): Gutschrift ist raus."))
        .contains("Henrike Oltmanns");
    // Units, teams and words in the brackets of a field are no writers.
    assertThat(Spans.of(person, "Total (Net Sales): 1,204.00\nReply (Support Team): closed."))
        .isEmpty();
  }

  @Test
  void notTheWriterWhenNoNameWrote() {
    assertThat(Spans.of(person, "On Tuesday, The Guardian wrote: prices rise again.")).isEmpty();
    assertThat(Spans.of(person, "On Tue, GitHub Actions wrote:")).isEmpty();
  }

  @Test
  void namesInTheElementsOfXmlRecords() {
    assertThat(
            Spans.of(
                person,
                "<borrower>\n  <firstName>Wendell</firstName>\n  <lastName>Yazzie</lastName>\n"))
        .containsExactly("Wendell", "Yazzie");
    assertThat(
            Spans.of(
                person,
                "<applicant><givenName>Oluwadamilola</givenName><surname>Adeyemi-Johnson</surname>"))
        .containsExactly("Oluwadamilola", "Adeyemi-Johnson");
    assertThat(Spans.of(person, "<name type=\"legal\">Tendai Mushonga</name>"))
        .containsOnly("Tendai Mushonga");
    assertThat(Spans.of(person, "<product><name>Quarterly Report</name></product>")).isEmpty();
  }

  @Test
  void theFirstAndLastColumnsOfADump() {
    assertThat(
            Spans.of(
                person,
                "ssn|last|first|dob\n633149735|Kowalski|Brenda|19710614\n"
                    + "576780495|Yazzie|Darren|19930228"))
        .containsExactly("Kowalski", "Brenda", "Darren", "Yazzie"); // "Yazzie": by the model
    assertThat(Spans.of(person, "id | first | last | dob\n42 | Niamh | McCarthy | 1984-07-07"))
        .containsOnly("Niamh", "McCarthy");
    assertThat(Spans.of(person, "step,first,last\nbuild,Monday,Friday")).isEmpty();
  }

  @Test
  void aNameAfterItsOrInLetKnow() {
    assertThat(Spans.of(person, "hey, it's Bongani from the Durban office."))
        .containsExactly("Bongani");
    assertThat(Spans.of(person, "Hi, it’s Gloria returning the call.")).containsExactly("Gloria");
    assertThat(Spans.of(person, "Let Kwame know the keys are at reception."))
        .containsExactly("Kwame");
    assertThat(Spans.of(person, "Contact Priyanka before coming, the gate is locked."))
        .containsExactly("Priyanka");
    assertThat(Spans.of(person, "Sorry, it's Monday again and it's Google Chrome's fault."))
        .isEmpty();
    assertThat(Spans.of(person, "Contact Support if the page fails. Let Jenkins know.")).isEmpty();
    // the verb in other languages
    assertThat(Spans.of(person, "Byta vecka? Kontakta Gunilla i lgh 1201."))
        .containsExactly("Gunilla");
    assertThat(Spans.of(person, "Spørg Mette, hun har nøglen.")).containsExactly("Mette");
    assertThat(Spans.of(person, "Per il turno contatta Giulia entro venerdì."))
        .containsExactly("Giulia");
    assertThat(Spans.of(person, "Kontakta Support om sidan inte laddar.")).isEmpty();
  }

  @Test
  void aSignOffAfterADash() {
    assertThat(Spans.of(person, "See you on Friday.\nThanks - Alicia")).containsExactly("Alicia");
    // After the end of a sentence a dash may precede anything: "Build passed. - Jenkins".
    assertThat(Spans.of(person, "Old account ending 4471 is closed. — Jenkins")).isEmpty();
    assertThat(Spans.of(person, "Release notes - Version 2.4")).isEmpty();
  }

  @Test
  void namesOfMoreRegionsAreListed() {
    assertThat(Spans.of(person, "Rajesh Natarajan called yesterday about the invoice."))
        .containsExactly("Rajesh Natarajan");
    assertThat(Spans.of(person, "The handover is with Wanjiru Otieno and Tendai Moyo."))
        .containsExactly("Wanjiru Otieno", "Tendai Moyo");
    assertThat(Spans.of(person, "Yetunde Balogun signed for the parcel."))
        .containsExactly("Yetunde Balogun");
  }

  @Test
  void aCommonWordBeforeASurnameIsNoGivenName() {
    assertThat(Spans.of(person, "Payment approved. Proposed Sethi, seconded Ashdown."))
        .doesNotContain("Proposed Sethi");
    assertThat(Spans.of(person, "Trains to Den Haag leave hourly.")).isEmpty();
  }

  @Test
  void datesOfDecadesApartInAColumnOfRecordsAreBirthDates() {
    DateOfBirthRecognizer dob = new DateOfBirthRecognizer();
    assertThat(
            Spans.of(
                dob,
                "(1021,'417-79-1441','1962-08-19','60614'),\n"
                    + "(1022,'792-29-8306','1977-01-05','60657'),\n"
                    + "(1023,'430-85-0617','1985-12-30','60201');"))
        .containsExactly("1962-08-19", "1977-01-05", "1985-12-30");
    assertThat(
            Spans.of(
                dob,
                "Kowalczyk | Anna | 03/08/1989 | Raleigh\nTsosie | Mike | 10/14/1973 | Gallup"))
        .containsExactly("03/08/1989", "10/14/1973");
    // Orders of a few months, and a column that its header names as no birth date.
    assertThat(
            Spans.of(
                dob,
                "A-1001,2024-01-03,Widget,4\nA-1002,2024-02-11,Gadget,1\nA-1003,2023-11-30,Bolt,9"))
        .isEmpty();
    assertThat(
            Spans.of(
                dob,
                "title,released,price\nAlpha,1994-05-01,10\nBeta,2007-06-29,12\nGamma,2016-03-01,9"))
        .isEmpty();
  }

  @Test
  void theFieldsOfAnHl7PatientSegment() {
    String hl7 =
        "MSH|^~\\&|LAB|GENHOSP|||202406191030||ADT^A04|MSG0001|P|2.5\n"
            + "PID|1||00482913^^^GENHOSP||OYELARAN^TEMITOPE^A||19620417|F|||"
            + "12 OAK ST^^SPRINGFIELD^IL^62704||(217)555-0143|||||||"
            + "\nNK1|1|OYELARAN^BABAJIDE|SPO\nPV1|1|I|W^389^1|||||004777^KELLERMANN^ANSGAR";
    assertThat(Spans.of(person, hl7))
        .contains("OYELARAN", "TEMITOPE", "BABAJIDE", "KELLERMANN", "ANSGAR")
        .doesNotContain("GENHOSP", "LAB", "SPRINGFIELD");
    assertThat(Spans.of(new DateOfBirthRecognizer(), hl7)).containsExactly("19620417");
    assertThat(Spans.of(new StreetAddressRecognizer(), hl7)).contains("12 OAK ST");
  }

  @Test
  void travelNamesWithoutATitleWhenTheGivenNameIsListed() {
    assertThat(
            Spans.of(
                person,
                "SEAT  SURNAME/GIVEN   DOB\n12B   HALVORSEN/LIV   02SEP1984\n12C   VASQUEZ/NORA"
                    + "   30JUN2017"))
        .containsExactly("HALVORSEN/LIV", "VASQUEZ/NORA");
    assertThat(Spans.of(person, "TCP/IP, AC/DC, EUR/USD and INPUT/OUTPUT ERROR/WARNING")).isEmpty();
  }

  @Test
  void aGivenNameFoundRecursInLowerCaseAsChatsWriteIt() {
    assertThat(
            Spans.of(
                person,
                "[09:01] Ingrid Solberg: morning all\n[09:03] Tomasz Nowak: hi, did ingrid send"
                    + " the pack?"))
        .contains("Ingrid Solberg", "ingrid");
    assertThat(
            Spans.of(
                person,
                "Reporter: Mark Jones, Oskar Lind\nmark as done; mail oskar.lind@example.org"))
        .doesNotContain("mark", "oskar");
    assertThat(Spans.of(person, "Cassandra Ortiz: hi\nthe cassandra cluster is down again"))
        .doesNotContain("cassandra");
  }

  @Test
  void twoGivenNamesJoinedByAndAreTwoNames() {
    assertThat(Spans.of(person, "Ci lasciano i figli Massimo e Cinzia e i nipoti tutti."))
        .contains("Massimo", "Cinzia")
        .doesNotContain("Massimo e Cinzia");
    assertThat(Spans.of(person, "Os meus avós, Adelino e Gracinda, emigraram em 1962."))
        .doesNotContain("Adelino e Gracinda");
  }

  @Test
  void papersAfterLabelsAlignedWithSpacesAndInTravelRecords() {
    assertThat(Spans.of(id, "Passport number:       TK4918302 (issued 2022-04-11)"))
        .containsExactly("TK4918302");
    assertThat(Spans.of(id, "Passport no.:     539174628 (United Kingdom)"))
        .containsExactly("539174628");
    assertThat(Spans.of(id, "BRP:                 ZX4108826, expiry 31/12/2024"))
        .containsExactly("ZX4108826");
    assertThat(Spans.of(id, "kyc ok dob=1981-06-30 doc=ID_CARD doc_no=AYB418822 country=POL"))
        .containsExactly("AYB418822");
    assertThat(
            Spans.of(
                id, "  7 SSR DOCS BA HK1 P/GBR/548213907/GBR/21MAR88/F/09OCT31/OYELOWO/TEMI/P1"))
        .containsExactly("548213907");
    assertThat(
            Spans.of(
                new DateOfBirthRecognizer(),
                "SSR DOCS BA HK1 P/GBR/548213907/GBR/21MAR88/F/09OCT31/OYELOWO/TEMI"))
        .containsExactly("21MAR88");
    // A UK driving licence: five letters of the surname, the birth date, initials, a check.
    assertThat(Spans.of(id, "Licence: full UK, held 6 years, no. MORGA753116SM9IJ"))
        .containsExactly("MORGA753116SM9IJ");
    assertThat(Spans.of(id, "Part MORGA753716SM9IJ in stock")).isEmpty(); // month 37: none
  }

  @Test
  void theNameOfAHouseOrBuildingBeforeItsStreet() {
    StreetAddressRecognizer street = new StreetAddressRecognizer();
    assertThat(Spans.of(street, "Address: Flat 9, Kingfisher House, 40 Canal Street, Manchester"))
        .anyMatch(s -> s.startsWith("Flat 9, Kingfisher House, 40 Canal Street"));
    assertThat(Spans.of(street, "They live at The Old Forge, 5 Mill Lane, Knaresborough HG5 0QT."))
        .anyMatch(s -> s.startsWith("The Old Forge, 5 Mill Lane"));
    assertThat(Spans.of(street, "Address:       7 Glenageary Park, Dún Laoghaire, Co. Dublin"))
        .anyMatch(s -> s.startsWith("7 Glenageary Park"));
    assertThat(Spans.of(street, "Meeting in Conference Room, 5 Mill Lane"))
        .noneMatch(s -> s.startsWith("Conference"));
  }

  @Test
  void birthDatesRightAfterTheInitialOfBorn() {
    DateOfBirthRecognizer dob = new DateOfBirthRecognizer();
    assertThat(Spans.of(dob, "Leietaker: Ole-Petter Bjørnstad, f. 11.06.1993, fødselsnummer"))
        .containsExactly("11.06.1993");
    assertThat(Spans.of(dob, "La paziente (n. 12.04.1939) è stata dimessa il 3 maggio 2024."))
        .containsExactly("12.04.1939");
    assertThat(Spans.of(dob, "Fattura n. 12/2024 del 03.05.2024, f. 4 del registro")).isEmpty();
  }

  @Test
  void cellsUnderTheNamedColumnsOfAnHtmlTable() {
    String html =
        "<table><tr><th>Name</th><th>Geburtsdatum</th><th>Notfallnummer</th></tr>\n"
            + "<tr><td>Lukas Brenner</td><td>02.08.2011</td><td>0911 3482 771</td></tr>\n"
            + "<tr><td> Emma Schuster </td><td>19.01.2012</td><td><b>none</b></td></tr></table>";
    assertThat(Spans.of(new DateOfBirthRecognizer(), html))
        .containsExactly("02.08.2011", "19.01.2012");
    assertThat(Spans.of(person, html)).contains("Lukas Brenner", "Emma Schuster");
    assertThat(
            Spans.of(
                new DateOfBirthRecognizer(),
                "<tr><th>Release</th><th>Date</th></tr><tr><td>4.2</td><td>02.08.2011</td></tr>"))
        .isEmpty();
  }

  @Test
  void lettersOfANumberAfterADocumentWrittenWithoutASpace() {
    assertThat(Spans.of(id, "护照号码E71829304，有效期至2031年")).containsExactly("E71829304");
    assertThat(Spans.of(id, "旅券番号TK4829173です")).containsExactly("TK4829173");
  }
}
