package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pii.PiiPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers a firm or a city chooses to be remembered, or a switchboard's round number: the last four
 * digits zeros ("020 7946 0000", "031-365 00 00"), or the last eight of a national number as two
 * equal halves ("21 80 21 80", "029 2087 2087"). And the information desks and offices of more
 * languages that name a number right before it. A person's number of any shape is still found.
 */
class RoundNumbersAndDesksTest {

  private final PhoneRecognizer phones = new PhoneRecognizer(PiiPolicy.defaults().phoneRegions());

  @Test
  void roundAndRepeatedNumbersAreAFirmsOrACitys() {
    assertThat(Spans.of(phones, "Spørsmål: Bymiljøetaten, telefon 21 80 21 80.")).isEmpty();
    assertThat(Spans.of(phones, "Cysylltwch â ni ar 029 2087 2087 os gwelwch yn dda.")).isEmpty();
    assertThat(Spans.of(phones, "Practice line 020 7946 0000 (8am to 6pm)")).isEmpty();
    // a word of a person's line only at a word's start: "Excellence" holds no "cell"
    assertThat(Spans.of(phones, "Centre of Excellence: 020 7946 0000")).isEmpty();
    assertThat(Spans.of(phones, "Main office: +1 (650) 253-0000")).isEmpty();
    assertThat(Spans.of(phones, "Frågor: kontaktcenter, telefon 031-365 00 00.")).isEmpty();
  }

  @Test
  void peoplesNumbersOfAnyShapeAreStillFound() {
    assertThat(Spans.of(phones, "Ring Sarah on 07777 777777")).containsExactly("07777 777777");
    assertThat(Spans.of(phones, "Mobil: +49 171 2345678")).containsExactly("+49 171 2345678");
    assertThat(Spans.of(phones, "Call Dana on 0412 300 051 tonight"))
        .containsExactly("0412 300 051");
    // zeros or repeated digits inside a person's number, or a person's line named beside it
    for (String line :
        List.of(
            "Mobil: +49 151 2000 0347",
            "Handy von Anna: 0151 20000347",
            "Anna Schmidt, mobile +33 6 12 00 00 45",
            "Позвоните Ивану: +7 910 000-12-34",
            "My cell is 415-600-0012",
            "Kontakt: Jan Kowalski, tel. 600 000 123",
            "private: 06 12 12 12 12",
            "mobile 07912 341234",
            "Tel. +1 650 253 0000 ext. 4412",
            "휴대폰 010-1234-1234",
            "cell +1 212 400 0001",
            "089 1234 0000 (Durchwahl Frau Meier)")) {
      assertThat(Spans.of(phones, line)).as(line).hasSize(1);
    }
  }

  @Test
  void informationDesksOfMoreLanguages() {
    assertThat(Spans.of(phones, "Справочная служба: +7 495 745-12-77.")).isEmpty();
    assertThat(Spans.of(phones, "Tourist information: 01392 665700")).isEmpty();
    assertThat(Spans.of(phones, "Numer infolinii: 801 000 123")).isEmpty();
    assertThat(Spans.of(phones, "Non-emergency line: 503-823-3333")).isEmpty();
    assertThat(Spans.of(phones, "Informacja turystyczna: 12 354 27 25.")).isEmpty();
    assertThat(Spans.of(phones, "Aanmelden via 015 213 2233 (bezoekerscentrum).")).isEmpty();
    // Not a person's line named after the desk's word.
    assertThat(Spans.of(phones, "Information: 0171 2345678 (Annas Handy)"))
        .containsExactly("0171 2345678");
  }
}
