package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Identity numbers given as the answer to a question in a chat, the cue in the line before, and a
 * driving licence after "DL #". A number of the shape without its cue stays unreported.
 */
class NumbersAskedForInChatsTest {

  private final PassportOrIdRecognizer r = new PassportOrIdRecognizer();

  @Test
  void aDanishCprAnsweredOnTheNextLine() {
    String chat = "[10:41] Ida: hvad er dit cpr-nummer til skemaet?\n[10:43] Jonas: 030691-2217\n";
    assertThat(Spans.of(r, chat)).contains("030691-2217");
    assertThat(Spans.of(r, "Ordre 030691-2217 er sendt.")).isEmpty();
  }

  @Test
  void aSingaporeNricAnsweredOnTheNextLine() {
    String chat =
        "[14:02] mei: can send me your nric for the building pass?\n[14:05] raj: S4422008C\n";
    assertThat(Spans.of(r, chat)).contains("S4422008C");
  }

  @Test
  void aLicenceAfterItsNumberSignAndAMedicareIdentifier() {
    assertThat(Spans.of(r, "License #: F5520931   State: NV\n")).contains("F5520931");
    assertThat(Spans.of(r, "Medicare Beneficiary Identifier (MBI): 7QW2-TF5-MK21\n"))
        .contains("7QW2-TF5-MK21");
    assertThat(Spans.of(r, "ambient 7QW2-TF5-MK21 and the mbint unit")).isEmpty();
  }

  @Test
  void aDrivingLicenceAfterItsShortName() {
    assertThat(Spans.of(r, "Driver: Ana Ruiz\nDL #: D5518204   State: CA\n")).contains("D5518204");
  }

  @Test
  void receiptAndOrderNumbersOfTheNordicLanguagesAreNoPhones() {
    PhoneRecognizer phones = new PhoneRecognizer(java.util.List.of("SE", "FI", "DK", "NO"));
    assertThat(Spans.of(phones, "Kassa 3 · Kvittonr 870419-4201\nTilausnumero: 130578-661"))
        .isEmpty();
  }

  @Test
  void aTaskOfACodeCommentNamesItsPerson() {
    PersonRecognizer person = new PersonRecognizer();
    assertThat(Spans.of(person, "# TODO(Priya): move the token to the vault\n")).contains("Priya");
    assertThat(Spans.of(person, "// TODO(jdoe): handle retries\n")).isEmpty();
  }

  @Test
  void aNumberAloneInTheReplyToAQuestionThatNamesItsDocument() {
    String slack =
        "Jenna Li  2:41 PM\ncan you send your SIN? the chat is internal\n"
            + "Owen Tremblay  2:44 PM\nsure, it's 046 454 286\n";
    assertThat(Spans.of(r, slack)).contains("046 454 286");
    String whatsapp =
        "[13-06-2025 21:04] Sanne: mam heb je mijn bsn? moet het invullen\n"
            + "[13-06-2025 21:10] Mama: 1112 23 339 staat op je pas\n";
    assertThat(Spans.of(r, whatsapp)).contains("1112 23 339");
    String kenya = "Wanjiru: wananiuliza nambari ya kitambulisho\nWanjiru: ni 31846201\n";
    assertThat(Spans.of(r, kenya)).contains("31846201");
    String persian = "سارا: کد ملی‌ات را بفرست\nامیر حسینی: ۰۰۸۴۱۳۶۷۵۹\nسارا: ممنون\n";
    assertThat(Spans.of(r, persian)).contains("۰۰۸۴۱۳۶۷۵۹");
  }

  @Test
  void aNumberBelowAQuestionIsNoIdentityNumberOutsideAChatOrFarAway() {
    assertThat(Spans.of(r, "Passport: on file\nPhone: 0612345678\n")).isEmpty();
    String date = "Ana: when can you bring your passport?\nLuis: 12.06.2025 works for me\n";
    assertThat(Spans.of(r, date)).isEmpty();
    String far =
        "Ana: did you renew the passport?\nLuis: yes\nAna: great\nLuis: anyway\n"
            + "Ana: the plumber is coming\nLuis: order 48213977 shipped\n";
    assertThat(Spans.of(r, far)).isEmpty();
    String phone = "Ana: send me your id card photo\nLuis: call me first: 0612 345 678\n";
    assertThat(Spans.of(r, phone)).isEmpty();
    String callMe = "Ana: send me your passport photo\nBen: call me on 0612 345 678\nAna: ok\n";
    assertThat(Spans.of(r, callMe)).isEmpty();
    String log = "[INFO] passport-service started\n[INFO] processed 48213977 records\n";
    assertThat(Spans.of(r, log)).isEmpty();
    String fields = "Shipment: passport covers\nSerial: 48213977\nSerial: 55120938\n";
    assertThat(Spans.of(r, fields)).isEmpty();
    String crlf = "Wanjiru: wananiuliza nambari ya kitambulisho\r\nWanjiru: ni 31846201\r\n";
    assertThat(Spans.of(r, crlf)).contains("31846201");
  }
}
