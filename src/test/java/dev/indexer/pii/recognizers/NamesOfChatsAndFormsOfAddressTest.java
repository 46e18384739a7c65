package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names that chats and letters write without the capitals and labels the other rules need: a
 * speaker in lower case above a time, a lower-case given name after "ask" or "thanks" in a chat, a
 * name after an Indonesian or Vietnamese form of address (Pak, Bu, anh, cô), and "Surname, Given"
 * as one name.
 */
class NamesOfChatsAndFormsOfAddressTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void aLowerCaseSpeakerAboveItsTime() {
    String chat =
        "Ingrid Solberg  9:02 AM\nwho has the release notes?\n"
            + "tomas  9:04 AM\ncheck with ingrid, I sent them yesterday\n";
    assertThat(Spans.of(person, chat)).contains("Ingrid Solberg", "tomas");
  }

  /** As the service keeps a chat's columns: a tab between the handle, the time and the message. */
  @Test
  void aSpeakerAndItsTimeInCellsOfTheirOwn() {
    String chat =
        "mike.r\t10:02 AM\they anna, can you whitelist devon's laptop?\n"
            + "anna.k\t10:03 AM\tsure, need the wifi MAC\n"
            + "devon.p\t10:31 AM\tworks now, thanks both\n";
    assertThat(Spans.of(person, chat)).contains("mike.r", "anna.k", "devon.p", "anna", "devon");
  }

  /** A form's fields among a chat's turns ("手机：138 ...") do not hide its speakers. */
  @Test
  void speakersBesideAFormsFields() {
    String chat =
        "名片：周建华（装修师傅）\n手机：138 1048 2957\n陈伟：这个师傅做瓷砖很靠谱，你就说是我介绍的\n" + "刘芳：好的，谢谢！我明天给他打电话\n";
    assertThat(Spans.of(person, chat)).contains("陈伟", "刘芳").doesNotContain("名片", "手机");
    assertThat(Spans.of(person, "名称：扫地机器人\n型号：X20\n颜色：白色\n")).isEmpty();
  }

  /** The reader and roles take turns too: "Εσείς:", "Ти:", "Verkäuferin:", "用户：" are no names. */
  @Test
  void theReaderAndRolesAreNoSpeakersNames() {
    String chat =
        "Verkäuferin: Das Auto ist noch da.\nInteressent: Kann ich morgen kommen?\n"
            + "Verkäuferin: Ja, gern.\nInteressent: Danke, bis morgen\n";
    assertThat(Spans.of(person, chat)).isEmpty();
    String whatsapp =
        "Εσείς: Καλησπέρα, είναι διαθέσιμο;\nΜαρία: Ναι, ακόμα.\nΕσείς: Τέλεια, έρχομαι αύριο.\n";
    assertThat(Spans.of(person, whatsapp)).contains("Μαρία").doesNotContain("Εσείς");
  }

  @Test
  void lowerCaseGivenNamesAfterChatVerbs() {
    String chat =
        "Ingrid Solberg  9:02 AM\nwho has the release notes?\n"
            + "Tomas Berg  9:04 AM\nask priya, or thanks to marek it's on the wiki\n";
    assertThat(Spans.of(person, chat)).contains("priya", "marek");
  }

  @Test
  void lowerCaseWordsAfterThoseVerbsAreNoNames() {
    String chat =
        "Ingrid Solberg  9:02 AM\nask legal, or thanks to finance it's on the wiki\n"
            + "Tomas Berg  9:04 AM\nask around\n";
    assertThat(Spans.of(person, chat)).containsOnly("Ingrid Solberg", "Tomas Berg");
  }

  @Test
  void namesAfterIndonesianAndVietnameseFormsOfAddress() {
    assertThat(
            String.join("|", Spans.of(person, "Rapat di rumah Pak Suryadi, kabari Ibu Wulan ya.")))
        .contains("Suryadi", "Wulan");
    assertThat(Spans.of(person, "Add 200g of Pak Choi and stir. Ingredients: Pak Choy, ginger"))
        .isEmpty();
    // Czech "pak" (then) in lower case is no form of address, "Bà Nà" a place
    assertThat(Spans.of(person, "Sau đó chúng tôi đi Bà Nà Hills.")).isEmpty();
    assertThat(Spans.of(person, "Nejdřív muzeum, pak Karlův most.")).isEmpty();
    assertThat(Spans.of(person, "Em gửi anh Khoa bản hợp đồng, cô Hạnh đã ký rồi."))
        .contains("Khoa", "Hạnh");
  }

  @Test
  void aSurnameAndAGivenNameFoundApartAreOneName() {
    String text = "Bewohnerin: Nordby, Sigrid (Zimmer 12)\nBewohner: Okafor, Chinedu (Zimmer 14)\n";
    assertThat(Spans.of(person, text)).contains("Nordby, Sigrid", "Okafor, Chinedu");
  }

  @Test
  void aSpeakerOfATranscriptAboveItsTime() {
    String t = "Lindqvist, Maja   0:03\nCan you hear me?\nOkafor, Chinedu   0:07\nYes.\n";
    assertThat(Spans.of(person, t)).contains("Okafor, Chinedu");
  }

  @Test
  void aClosingBeforeAGivenNameIsNoSurname() {
    assertThat(Spans.of(person, "Hej Björn!\nVi ses på lördag.\nKram, Karin"))
        .doesNotContain("Kram, Karin");
  }

  @Test
  void aListInRunningTextStaysApart() {
    assertThat(Spans.of(person, "She leaves her children Éamonn, Siobhán and Ciarán."))
        .doesNotContain("Éamonn, Siobhán");
  }

  @Test
  void aListOfGivenNamesStaysApart() {
    assertThat(Spans.of(person, "Thanks to Anna, Ben, Carla and Dev for the review."))
        .doesNotContain("Anna, Ben", "Ben, Carla");
  }

  @Test
  void aSurnameAndAGivenNameWithACommaAreOneName() {
    assertThat(Spans.of(person, "Patient: Lindqvist, Maja\nWard: 4B\n"))
        .containsOnly("Lindqvist, Maja");
  }
}
