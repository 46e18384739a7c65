package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.indexer.pii.PiiPolicy;
import dev.indexer.pii.Recognizers;
import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name that rules find in two parts with one space between them is one finding in the service's
 * output: nothing of it, the space included, is left out, and it is counted once.
 */
class NamesFoundInPartsTest {

  private static List<String> persons(String text) {
    return Recognizers.analyzer(PiiPolicy.defaults()).analyze(text).stream()
        .filter(f -> f.type() == PiiType.PERSON)
        .map((Finding f) -> text.substring(f.start(), f.end()))
        .toList();
  }

  @Test
  void theTwoPartsAreOneName() {
    assertThat(persons("SHIP TO:\nDeShawn T. Okafor\n4417 Magnolia Bend Dr\nSugar Land TX 77479"))
        .containsExactly("DeShawn T. Okafor");
  }

  @Test
  void twoNamesApartStayTwo() {
    assertThat(persons("Anwesend: Anna Berg, Tom Weber und Lisa Kühn."))
        .containsExactly("Anna Berg", "Tom Weber", "Lisa Kühn");
  }
}
