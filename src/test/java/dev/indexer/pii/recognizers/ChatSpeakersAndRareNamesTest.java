package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names no list knows, found by the shape of a chat (speakers with time stamps who each speak once,
 * handles with dots and underscores, scripts without case, the full-width colon, a speaker named in
 * the turns of others) and by the words around two rare capitalised words ("belonging to",
 * "organised by", a quotation closed before "said").
 */
class ChatSpeakersAndRareNamesTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void speakersWithTimeStampsWhoEachSpeakOnce() {
    String chat =
        "[19:40] ola: kto bierze klucze od sali w piątek?\n"
            + "[19:41] kuba: ja nie mogę, zapytaj kogoś\n"
            + "[19:45] zenek: ok biorę, ale oddam je w sobotę";
    assertThat(Spans.of(person, chat)).contains("ola", "kuba", "zenek");
  }

  @Test
  void handlesWithDotsAndUnderscores() {
    String chat =
        "[09:58] tomasz.k: prod db is refusing connections\n"
            + "[09:59] dev_rohan: which creds are you using\n"
            + "[10:00] tomasz.k: the ones from the wiki, I think";
    assertThat(Spans.of(person, chat)).contains("tomasz.k", "dev_rohan");
  }

  @Test
  void speakersInScriptsWithoutCase() {
    String korean = "지훈: 내일 회의 몇 시야?\n서연: 열 시. 회의실 잡았어\n지훈: 오케이, 고마워";
    assertThat(Spans.of(person, korean)).contains("지훈", "서연");
    String chinese = "老王：明天几点开会？\n阿杰：十点，会议室订好了\n老王：收到，谢谢";
    assertThat(Spans.of(person, chinese)).contains("老王", "阿杰");
  }

  @Test
  void aSpeakerNamedInTheTurnsOfOthers() {
    String chat =
        "[10:02] kevin: moved the dashboard under ops\n"
            + "[10:05] mehmet: ty. kevin can you give me edit rights\n"
            + "[10:09] yuki: Mehmet pls check the alerts too";
    assertThat(Spans.of(person, chat)).containsSubsequence("kevin", "mehmet", "kevin", "Mehmet");
  }

  @Test
  void theNameOfAHandleNamedInTheTurnsOfOthers() {
    String chat =
        "[09:14] priya.n: morning all\n"
            + "[09:15] oli_w: hey, did marco send the figma link?\n"
            + "[09:22] marco_v: sorry, on the train\n"
            + "[09:23] oli_w: np, ask priya if it is urgent";
    assertThat(Spans.of(person, chat)).contains("marco", "priya");
    // A listed given name in lower case that owns something.
    assertThat(
            Spans.of(
                person,
                "[19:02] mike_t: anyone seen dave's keys?? he's locked out again\n"
                    + "[19:03] sophie: lol ask ellie, she drove him home"))
        .contains("dave", "ellie");
    assertThat(
            Spans.of(
                person,
                "[08:01] ward_s: bed 4 is free\n[08:02] harvey_bot: reminder sent\n"
                    + "[08:03] ward_s: the mason's invoice is in, and the carol's lyrics too"))
        .doesNotContain("harvey", "mason", "carol");
    // A handle whose first part is a word names no one by that word.
    String ops =
        "[09:14] build_bot: deploy finished\n"
            + "[09:15] oli_w: the build is green\n"
            + "[09:22] build_bot: cache cleared";
    assertThat(Spans.of(person, ops)).doesNotContain("build");
  }

  @Test
  void aSpeakerWithTheRoleInBrackets() {
    String chat =
        "Visitor: hi, I can't log in\n"
            + "Bot: Sorry about that! What's the email?\n"
            + "Visitor: b.okonjo@example.org\n"
            + "Kelechi (Support): Hi! I found an account\n"
            + "Visitor: oh yes, that's the old one.\n"
            + "Kelechi (Support): Thanks, fixed.";
    assertThat(Spans.of(person, chat)).contains("Kelechi").doesNotContain("Visitor", "Bot");
    // A unit of a record's field stays none.
    assertThat(Spans.of(person, "Amount (EUR): 120\nTax (VAT): 24\nAmount (EUR): 80")).isEmpty();
  }

  @Test
  void aSpeakerThatIsAWordIsNamedOnlyWhereCapitalised() {
    String chat =
        "[10:02] will: the build is red again\n"
            + "[10:05] anika: I will look at it after lunch\n"
            + "[10:09] will: thanks";
    assertThat(Spans.of(person, chat)).doesNotContain("will look");
    assertThat(Spans.of(person, chat).stream().filter("will"::equals).count()).isEqualTo(2);
  }

  @Test
  void recordsWithFieldsAreNoChat() {
    String form = "Status: open\nPriority: high\nStatus: closed";
    assertThat(Spans.of(person, form)).isEmpty();
    String log = "[10:00:01] deploybot: started\n[10:00:02] deploybot: done\n[10:00:03] ok";
    assertThat(Spans.of(person, log)).isEmpty();
  }

  @Test
  void twoRareWordsAfterAWordThatTakesAPerson() {
    assertThat(Spans.of(person, "The laptops were taken by Priyanka Venkataraman."))
        .containsExactly("Priyanka Venkataraman");
    assertThat(Spans.of(person, "We thank Oluwatoyin Fashola for comments."))
        .containsExactly("Oluwatoyin Fashola");
    assertThat(Spans.of(person, "A meeting was held with Chidinma Nwosu-Adebayo on Monday."))
        .containsExactly("Chidinma Nwosu-Adebayo");
    assertThat(Spans.of(person, "La denuncia fue presentada por Yeimy Quiñónez ayer."))
        .containsExactly("Yeimy Quiñónez");
  }

  @Test
  void notTwoCapitalisedWordsOfAnOrganisationOrAPlace() {
    assertThat(Spans.of(person, "Fittings by Hartwell Oxbury Valves were late.")).isEmpty();
    assertThat(Spans.of(person, "The eight from Tideway Scullers won their race.")).isEmpty();
    assertThat(Spans.of(person, "We drove to New York and then to Lake Placid.")).isEmpty();
    assertThat(Spans.of(person, "Our office moved to Canary Wharf last year.")).isEmpty();
    assertThat(Spans.of(person, "Next week we fly to Addis Ababa, then to Phnom Penh.")).isEmpty();
  }

  @Test
  void aRareWordAfterAClosedQuotationBeforeSaid() {
    assertThat(Spans.of(person, "\"I'd given up on it years ago,\" McCloskey said."))
        .containsExactly("McCloskey");
    assertThat(Spans.of(person, "\"We will appeal,\" Microsoft said.")).isEmpty();
  }

  @Test
  void ircNicksInAngleBrackets() {
    String irc =
        "[09:14] <tunde> has anyone got the staging vpn config\n"
            + "[09:15] <marta.w> ask around, it was rebuilt on friday\n"
            + "[09:17] <tunde> ok cheers";
    assertThat(Spans.of(person, irc)).contains("tunde", "marta.w");
  }

  @Test
  void twoTurnsOfNamedSpeakers() {
    String chat = "emma: har du nyckeln till förrådet?\nahmed.h: nej, den ligger på kontoret";
    assertThat(Spans.of(person, chat)).contains("emma", "ahmed.h");
  }

  @Test
  void twoLinesOfAFormAreNoChat() {
    assertThat(Spans.of(person, "Note: the door is locked\nWarning: alarm is on")).isEmpty();
  }

  @Test
  void givenNamesInLowerCaseInTheTurnsOfAChat() {
    String chat =
        "joost: heb je al met sanne gepraat?\n"
            + "fleur: nee, volgens mij is daan nog ziek\n"
            + "joost: oké dan app ik bram wel";
    assertThat(Spans.of(person, chat)).contains("sanne", "daan");
  }

  @Test
  void wordsOfTheChatThatAreAlsoNamesInOtherLists() {
    String chat =
        "lena.k: dann frag halt den admin\n" + "tobi: ok mach ich\n" + "lena.k: danke dir";
    assertThat(Spans.of(person, chat)).doesNotContain("dann", "ok", "danke");
  }

  @Test
  void twoTurnsOfSpeakersInLowerCaseThatAreNoWords() {
    String chat = "radu: vorbește cu domnul Stoica\nbianca: e în concediu, îl sun mâine";
    assertThat(Spans.of(person, chat)).contains("radu", "bianca");
    assertThat(Spans.of(person, "todo: fix the build\nnote: tests are red")).isEmpty();
  }

  @Test
  void aListedSurnameBeforeAListedGivenName() {
    assertThat(Spans.of(person, "A jegyzőkönyvet Tóth Eszter készítette el."))
        .containsExactly("Tóth Eszter");
    assertThat(Spans.of(person, "Invitation letters for Nagy Zsófia and the team."))
        .contains("Nagy Zsófia");
    assertThat(Spans.of(person, "White Christmas and Rose Garden tickets.")).isEmpty();
  }

  @Test
  void filesSettingsAndTagsAreNoSpeakers() {
    assertThat(Spans.of(person, "config.yaml: missing key\nsettings.json: invalid value"))
        .isEmpty();
    assertThat(Spans.of(person, "max_connections: 100\nshared_buffers: 4 GB\nmax_connections: 200"))
        .isEmpty();
    assertThat(Spans.of(person, "<div> the header\n<li> one item\n<li> another item")).isEmpty();
  }

  @Test
  void aWordThatIsAlsoAGivenNameInLowerCaseOnlyAfterAWordThatTakesAPerson() {
    String chat =
        "[10:01] oskar: is the token valid?\n"
            + "[10:02] marta: no, ask ingrid\n"
            + "[10:03] oskar: ok";
    assertThat(Spans.of(person, chat)).doesNotContain("valid").contains("ingrid");
  }

  @Test
  void aGivenNameInLowerCaseAfterAGreetingOrThanks() {
    String chat =
        "[09:02] kbrennan: hey anna, can you check the printer\n"
            + "[09:03] tsoto: sure, on it\n"
            + "[09:05] kbrennan: works now, thanks, sam\n"
            + "[09:06] tsoto: thanks mate, cheers love";
    assertThat(Spans.of(person, chat))
        .contains("anna", "sam")
        .doesNotContain("mate", "love", "it", "now");
    String dutch = "[10:01] mvdberg: hoi anna, ben je er?\n[10:02] astrid: ja, dank je wel";
    assertThat(Spans.of(person, dutch)).contains("anna").doesNotContain("dank", "je", "wel");
  }

  @Test
  void speakersWithAnInitialANoteOrAnEmojiAfterTheirName() {
    String chat =
        "[09/02/2024 18:03] Julien Marchetti: coucou manon, t'as les clés ?\n"
            + "[09/02/2024 18:10] Manon B.: oui ! merci julien\n"
            + "[09/02/2024 18:11] Julien Marchetti: top";
    assertThat(Spans.of(person, chat)).contains("Manon B.", "manon", "julien");
    String school =
        "[21:06] Marta Ruiz: gracias pili!!\n"
            + "[21:09] Nacho (papá de Hugo): hugo se dejó la chaqueta\n"
            + "[21:10] Bram 🏑: klopt";
    assertThat(Spans.of(person, school)).contains("Marta Ruiz", "Nacho", "Bram");
  }

  @Test
  void timesAndDatesBesideANameAreNoScore() {
    String chat = "09:58 tomasz: prod is down\n09:59 yuki: which cluster\n10:01 tomasz: eu-1";
    assertThat(Spans.of(person, chat)).contains("tomasz", "yuki");
  }

  @Test
  void handlesBeforeTheTimeAsSlackAndPhonesCopyThem() {
    String slack =
        "lukas.b  9:14 AM  morning, is the staging db back?\n"
            + "ines_m  9:15 AM  not yet, restoring the snapshot\n"
            + "lukas.b  9:20 AM  ok ping me when it is";
    assertThat(Spans.of(person, slack)).contains("lukas.b", "ines_m");
    String nextLine =
        "tomek.w  14:02\nwho took the projector?\nagata  14:05\nme, sorry, bringing it back\n"
            + "tomek.w  14:06\nthanks, no rush";
    assertThat(Spans.of(person, nextLine)).contains("tomek.w", "agata");
    String schedule = "Standup 09:30 daily\nReview 14:00 on Fridays\nStandup 09:30 again";
    assertThat(Spans.of(person, schedule)).isEmpty();
    String agenda =
        "ankunft 09:00 im foyer\nmittagessen 12:30 in der kantine\nankunft 09:00 morgen";
    assertThat(Spans.of(person, agenda)).isEmpty();
  }

  @Test
  void twoTimeStampedTurnsOfPeopleWhoEachSpeakOnce() {
    String chat =
        "[12/03/2026, 09:14] Julien Marchetti: coucou manon, tu as reçu le devis ?\n"
            + "[12/03/2026, 09:20] Manon B.: oui merci julien, je regarde ce soir";
    assertThat(Spans.of(person, chat)).contains("Julien Marchetti", "Manon B.", "manon", "julien");
    String whatsapp =
        "3/14/26, 7:02 PM - Dagny Solheim: er du hjemme i kveld?\n"
            + "3/14/26, 7:05 PM - Kåre: ja, kom innom etter åtte";
    assertThat(Spans.of(person, whatsapp)).contains("Dagny Solheim", "Kåre");
    String log =
        "[12/03/2026, 09:14] Server: listening on port 8080\n"
            + "[12/03/2026, 09:20] Deploy Bot: rollout finished in eu-west";
    assertThat(Spans.of(person, log)).isEmpty();
    String offices =
        "[12/03/2026, 09:14] Paris Office: closed for the holiday\n"
            + "[12/03/2026, 09:20] Berlin Office: open as usual";
    assertThat(Spans.of(person, offices)).isEmpty();
  }

  @Test
  void telegramCopiesWithTheSpeakerAndTimeAboveTheText() {
    String chat =
        "Julien Marchetti, [12.03.2026 09:14]\n"
            + "coucou manon, tu as reçu le devis ?\n"
            + "\n"
            + "Manon Bérard, [12.03.2026 09:20]\n"
            + "oui merci julien, je regarde ce soir\n"
            + "\n"
            + "Julien Marchetti, [12.03.2026 09:21]\n"
            + "top";
    assertThat(Spans.of(person, chat))
        .contains("Julien Marchetti", "Manon Bérard", "manon", "julien");
    String single = "Oksana Hrytsenko, [02.11.2025 18:40]\nдобрий вечір, завтра о дев'ятій?";
    assertThat(Spans.of(person, single)).contains("Oksana Hrytsenko");
    String notes =
        "Release notes, [12.03.2026 09:14]\nfixed the login page\n\n"
            + "Known issues, [12.03.2026 09:20]\nexport is slow";
    assertThat(Spans.of(person, notes)).isEmpty();
  }
}
