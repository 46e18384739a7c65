package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.Recognizers;
import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a review of generation 25 found: a person's number after a longer label or with her line in
 * brackets, an elderly private person's birth, a real number that repeats a digit, a heading over a
 * count, a list of places, figures of a statistics' list, a firm after a recipient's label, a title
 * field, a sentence's full stop after a birth date.
 */
class ReviewOfGeneration25Test {

  private final PhoneRecognizer phones =
      new PhoneRecognizer(dev.indexer.pii.PiiPolicy.defaults().phoneRegions());
  private final StreetAddressRecognizer streets = new StreetAddressRecognizer();
  private final PersonRecognizer person = new PersonRecognizer();
  private final DateOfBirthRecognizer dob = new DateOfBirthRecognizer();

  private static List<Finding> all(String text) {
    return Recognizers.analyzer(PiiPolicy.defaults()).analyze(text);
  }

  @Test
  void personalNumbersStayOnes() {
    assertThat(Spans.of(phones, "Contact information: 07911 123456"))
        .containsExactly("07911 123456");
    assertThat(Spans.of(phones, "Nama: Ahmad\nTalian: 012-3456789")).containsExactly("012-3456789");
    assertThat(Spans.of(phones, "Reception: 0412 345 678 (Anna's mobile)"))
        .containsExactly("0412 345 678");
    assertThat(Spans.of(phones, "Ring Sarah on 07777 777777")).containsExactly("07777 777777");
  }

  @Test
  void anElderlyPrivatePersonsBirthStays() {
    assertThat(
            all(
                "Walter Brandt was born on 3 May 1930 in Kiel. He trained as a carpenter and"
                    + " retired in 1995."))
        .anyMatch(f -> f.type() == PiiType.DATE_OF_BIRTH);
  }

  @Test
  void noHeadingCountPlacesFiguresOrFirms() {
    assertThat(Spans.of(streets, "Die Ergebnisse\nKapitel 4\n2020 Rückblick")).isEmpty();
    assertThat(Spans.of(streets, "Treffpunkt: Hauptstraße 5\n10 Teilnehmer"))
        .noneMatch(s -> s.contains("Teilnehmer"));
    assertThat(Spans.of(streets, "상승률은 서울 강남구 3.2%, 경기 과천시 2.9%, 부산 해운대구 1.8%로")).isEmpty();
    assertThat(Spans.of(streets, "عنوان: التقرير السنوي 2023")).isEmpty();
    assertThat(Spans.of(person, "河北省主要城市：唐山、石家庄、秦皇岛、张家口")).isEmpty();
    assertThat(Spans.of(person, "Получатель: ООО Ромашка\nИНН: -")).isEmpty();
    assertThat(Spans.of(person, "受取人：株式会社ABC\n差出人：東京都庁")).isEmpty();
  }

  @Test
  void aSentencesFullStopIsNoPartOfABirthDate() {
    assertThat(Spans.of(dob, "Born: 03.09.1990. Next appointment Monday."))
        .containsExactly("03.09.1990");
  }
}
