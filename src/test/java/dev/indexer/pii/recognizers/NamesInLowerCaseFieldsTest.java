package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A name typed in lower case as the whole value of a person field, as customers write in chats and
 * web forms: the first word a listed given name, no common word among the others.
 */
class NamesInLowerCaseFieldsTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void customersAndRequestersInLowerCase() {
    assertThat(Spans.of(person, "Kunde: jürgen pfaffenberger\nNachricht: hallo"))
        .contains("jürgen pfaffenberger");
    assertThat(Spans.of(person, "Client : yannick le goff\nMessage : bonjour"))
        .contains("yannick le goff");
    assertThat(Spans.of(person, "Name: tom harris\nEmail: x")).contains("tom harris");
  }

  @Test
  void wordsOfAFieldInLowerCaseAreNoName() {
    assertThat(Spans.of(person, "Name: web form\nChannel: email")).isEmpty();
    assertThat(Spans.of(person, "Kunde: neu angelegt\nStatus: offen")).isEmpty();
    assertThat(Spans.of(person, "Name: grace period ended")).isEmpty();
  }
}
