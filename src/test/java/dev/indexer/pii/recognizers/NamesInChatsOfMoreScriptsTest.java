package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names in chats and short messages written in scripts other than Latin (speaker labels with a
 * full-width colon, greetings and sign-offs in Cyrillic, Arabic and Greek, Korean names before
 * "님"), and things named after people that hold no one's name.
 */
class NamesInChatsOfMoreScriptsTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void speakerLabelsWithAFullWidthColon() {
    String chat = "[群聊] 周五团建\n王芳：周五下午三点出发？\n刘洋：好的，我开车\n王芳：那我带水果\n";
    assertThat(Spans.of(person, chat)).contains("王芳", "刘洋");
  }

  @Test
  void speakerLabelsOfListedGivenNames() {
    String chat =
        "Zeynep: yarın toplantı kaçta?\nEmre: onda, ben salonu ayarlarım\nZeynep: tamam\n";
    assertThat(Spans.of(person, chat)).contains("Zeynep", "Emre");
  }

  @Test
  void greetingsAndSignOffsInCyrillicArabicAndGreek() {
    assertThat(Spans.of(person, "Привет, Лена!\nСкинь мне адрес, пожалуйста.\nЦелую, Катя"))
        .contains("Лена", "Катя");
    assertThat(Spans.of(person, "مرحبا سارة،\nوصلت الأوراق اليوم.\nمع التحية،\nعمر"))
        .contains("سارة", "عمر");
    assertThat(Spans.of(person, "Γεια σου Μαρία,\nτα λέμε αύριο.\nΦιλιά,\nΕλένη"))
        .contains("Μαρία", "Ελένη");
  }

  @Test
  void koreanNamesBeforeTheirHonorific() {
    assertThat(Spans.of(person, "민지님 안녕하세요, 서류 보내드렸습니다.\n- 도윤")).contains("민지");
  }

  @Test
  void thingsNamedAfterPeopleHoldNoName() {
    assertThat(Spans.of(person, "Stand-up moved to the Grace Hopper Room on floor 3.")).isEmpty();
    assertThat(Spans.of(person, "Take the Elizabeth Line to Farringdon.")).isEmpty();
    assertThat(Spans.of(person, "New in: the Harvey Armchair and the Clara Floor Lamp.")).isEmpty();
    assertThat(Spans.of(person, "Today's bakes: Victoria Sponge, Chelsea Bun.")).isEmpty();
  }

  @Test
  void aNameNextToARoomIsStillAName() {
    assertThat(Spans.of(person, "Priya Raman booked the Turing Room for Friday."))
        .contains("Priya Raman");
  }

  @Test
  void aSignOffAndANameOnOneLine() {
    assertThat(Spans.of(person, "Vrijdag is de borrel om vier uur.\nGroetjes, Fleur"))
        .contains("Fleur");
    assertThat(Spans.of(person, "Ecco il file. Grazie! Marta")).contains("Marta");
    assertThat(Spans.of(person, "The best Anna can do is wait.")).isEmpty();
  }

  @Test
  void aGivenNameInLowerCaseSigningAChatOrAQuickMail() {
    assertThat(Spans.of(person, "slides look great.\n\ncheers\npriya")).contains("priya");
    assertThat(Spans.of(person, "thx for covering my shift!!\n— deb")).contains("deb");
    assertThat(Spans.of(person, "Best,\nsupport")).isEmpty();
    assertThat(Spans.of(person, "thanks\nteam")).isEmpty();
  }

  @Test
  void wordsAfterGreetingsOfScriptsWithoutCapitalsAreNoNames() {
    assertThat(Spans.of(person, "שלום עולם, זו דוגמה ראשונה.")).isEmpty();
    assertThat(Spans.of(person, "مرحبا بالعالم، هذا مثال.")).isEmpty();
    assertThat(Spans.of(person, "شكرا على المساعدة.")).isEmpty();
    assertThat(Spans.of(person, "Спасибо!\nОтлично.")).isEmpty();
  }

  @Test
  void wordsOfCodeCommentsAndOfFaithAreNoNames() {
    assertThat(Spans.of(person, "// TODO(API): version the endpoint\n// FIXME(Security): escape"))
        .isEmpty();
    assertThat(Spans.of(person, "하나님 감사합니다\n")).isEmpty();
    assertThat(Spans.of(person, "Seating: Priya Raman Table 4"))
        .anyMatch(span -> span.startsWith("Priya Raman"));
  }

  @Test
  void speakersOfHebrewAndPersianChatsAndThreeNamedSpeakersOnceEach() {
    String he =
        "נגה: שלום לכולם, הפגישה מחר בעשר\nרון כהן: אני אבוא עם מיכל\nנגה: מצוין, תגיד גם לאבי\n";
    assertThat(Spans.of(person, he)).contains("נגה", "רון כהן");
    String fa =
        "نگار: سلام بچه ها، جلسه فردا ساعت ۱۰ است\nرضا کریمی: من با مهسا می آیم\nنگار: عالی\n";
    assertThat(Spans.of(person, fa)).contains("نگار", "رضا کریمی");
    String three =
        "Jutta: Wer hat die Leiter aus dem Keller? Brauche sie morgen.\n"
            + "Murat: Die hat jemand aus Nr. 4, glaube ich\n"
            + "Henning Brandt: Stimmt, bringe sie heute Abend zurück.\n";
    assertThat(Spans.of(person, three)).contains("Jutta", "Murat", "Henning Brandt");
    String answered =
        "Mads: hvad er dit cpr igen? skal bruge det\nSofie Lund: 070995-4822\nMads: tak\n";
    assertThat(Spans.of(person, answered)).contains("Mads", "Sofie Lund");
  }

  @Test
  void labelsOfMinutesAndMailHeadersAreNoSpeakers() {
    String minutes =
        "פרוטוקול ישיבת ועד בית\nנוכחים: חברי הוועד והדיירים\nהוחלט: לפנות לחברת הניקיון.\n";
    assertThat(Spans.of(person, minutes)).isEmpty();
    String mail =
        "Van: de administratie\nAan: alle medewerkers\nOnderwerp: nieuwe werkwijze voor declaraties\n";
    assertThat(Spans.of(person, mail)).isEmpty();
  }
}
