package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Given names written in lower case in chats, in the case a preposition or a verb puts them in ("z
 * magdą", "з олесею", "pasaki andrim"): their nominatives are listed, their case forms are not.
 */
class NamesInCaseFormsInChatsTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void caseFormsOfListedGivenNamesAfterAPreposition() {
    String polish =
        "[10:01] Kasia Nowak: byłaś wczoraj u magdy?\n"
            + "[10:02] Ola Mazur: nie, jutro idę z magdą do kina\n"
            + "[10:03] Kasia Nowak: super, baw się dobrze";
    assertThat(Spans.of(person, polish)).contains("magdy", "magdą");
    String ukrainian =
        "[19:40] Оксана Мельник: ти сьогодні був у тараса?\n"
            + "[19:41] Андрій Шевчук: так, він з олесею на ринку\n"
            + "[19:42] Оксана Мельник: добре, передай тарасові привіт";
    assertThat(Spans.of(person, ukrainian)).contains("тараса", "олесею", "тарасові");
    String croatian =
        "[09:40] Marija Kovač: idemo li sutra na kavu?\n"
            + "[09:41] Luka Babić: može, dolazim sa milicom\n"
            + "[09:42] Marija Kovač: odlično, vidimo se";
    assertThat(Spans.of(person, croatian)).contains("milicom");
  }

  @Test
  void twoCaseFormsOfTheSameListedNameInOneChat() {
    String latvian =
        "[13:05] Laura Ozola: vai vakar redzēji andri?\n"
            + "[13:06] Mārtiņš Liepiņš: jā, bijām kopā veikalā\n"
            + "[13:07] Laura Ozola: labi, pasaki andrim lai atzvana";
    assertThat(Spans.of(person, latvian)).contains("andri", "andrim");
    String hungarian =
        "[16:20] Tóth Eszter: szólj zsófinak is, hogy jön a busz\n"
            + "[16:21] Varga Levente: ok, zsófival beszéltem reggel\n"
            + "[16:22] Tóth Eszter: rendben, köszi";
    assertThat(Spans.of(person, hungarian)).contains("zsófinak", "zsófival");
  }

  @Test
  void speakersWhoTakeTurnsAndAnswerWithANumber() {
    String serbian =
        "Viber · grupa\n"
            + "Milutin: ljudi ko ima broj od Jelene?\n"
            + "Radmila: +381 63 552 1904\n"
            + "Milutin: hvala rada ❤️";
    assertThat(Spans.of(person, serbian))
        .contains("Milutin", "Radmila", "rada")
        .doesNotContain("ima"); // "has", and a given name of three letters
    String georgian =
        "Messenger · მეზობლები\n"
            + "ზურაბი: ვინმემ იცით ნომერი?\n"
            + "ნინო ბერიძე: 555 41 20 87\n"
            + "ზურაბი: მადლობა ნინი";
    assertThat(Spans.of(person, georgian)).contains("ზურაბი", "ნინი");
  }

  @Test
  void aFormsFieldsThatComeBackAreNoSpeakers() {
    String form = "Status: open\nOwner: +44 20 7946 0321\nStatus: closed after the call";
    assertThat(Spans.of(person, form)).doesNotContain("Status", "Owner");
  }

  @Test
  void wordsOfKinAndThingsInTheirCasesAreNoNames() {
    String polish =
        "[10:01] Kasia Nowak: idę z mamą i babcią do sklepu\n"
            + "[10:02] Ola Mazur: kup kawę i wodę, i weź kawą dla taty\n"
            + "[10:03] Kasia Nowak: dobra, pozdrów ciocię";
    assertThat(Spans.of(person, polish))
        .doesNotContain("mamą", "babcią", "kawę", "wodę", "kawą", "taty", "ciocię");
    String russian =
        "[08:10] Дима Соколов: ты с работы уже ушёл?\n"
            + "[08:11] Артём Лебедев: да, еду к маме с сумкой\n"
            + "[08:12] Дима Соколов: ок, передай маме привет";
    assertThat(Spans.of(person, russian)).doesNotContain("работы", "маме", "сумкой");
    // A single vowel after a short word ends words of every language: "perlu" is no "Perla".
    String indonesian =
        "[19:40] Rina Wulandari: mas, buat daftar BPJS aku perlu NIK kamu\n"
            + "[19:42] Dimas Pratama: oke, bu arada aku kirim nanti\n"
            + "[19:43] Rina Wulandari: makasih";
    assertThat(Spans.of(person, indonesian)).doesNotContain("perlu", "arada");
    // Verbs in -ą and -ę after a short word that is no preposition; nouns whose nominative is a
    // given name too.
    String verbs =
        "[10:01] Kasia Nowak: oni mają czas, już jadę\n"
            + "[10:02] Ola Mazur: nie mają, jadą jutro\n"
            + "[10:03] Kasia Nowak: ok, idę z różą i malinę kupię";
    assertThat(Spans.of(person, verbs)).doesNotContain("mają", "jadę", "jadą", "różą", "malinę");
    String others =
        "[11:01] Kasia Nowak: przyjdę z inną osobą, mam nadzieję że można\n"
            + "[11:02] Ola Mazur: jasne, inny termin też pasuje, z nadzieją czekam\n"
            + "[11:03] Kasia Nowak: inni też będą";
    assertThat(Spans.of(person, others)).doesNotContain("inną", "inny", "inni", "nadzieją");
    String nouns =
        "[08:10] Дима Соколов: живу с верой и надеждой\n"
            + "[08:11] Артём Лебедев: читаю с романом в руках, роман хороший\n"
            + "[08:12] Дима Соколов: ок";
    assertThat(Spans.of(person, nouns)).doesNotContain("верой", "надеждой", "романом");
  }
}
