package dev.indexer.pii.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * In a chat, the word in lower case right after a greeting or thanks that ends the phrase ("hej
 * kuba,", "salut manu,", "gracias pili!!", "grazie fede") is the nickname of the one addressed,
 * though no list knows it; not a word that completes the greeting ("merci beaucoup", "grazie
 * mille") or greets a group ("hola a todos", "ciao ragazzi").
 */
class NicknamesAfterGreetingsInChatsTest {

  private final PersonRecognizer person = new PersonRecognizer();

  @Test
  void nicknamesAfterAGreeting() {
    String chat =
        "[19:02] Kasia Nowicka: hej kuba, masz jeszcze ten projektor?\n"
            + "[19:03] Jakub Zieliński: tak, jutro przyniosę\n"
            + "[21:06] Marta Ruiz: gracias pili!!\n"
            + "[21:09] Jakub Zieliński: ciao fede\n";
    assertThat(Spans.of(person, chat)).contains("kuba", "pili", "fede");
  }

  @Test
  void wordsThatCompleteAGreetingOrGreetAGroup() {
    String chat =
        "[19:02] Kasia Nowicka: merci beaucoup!\n"
            + "[19:03] Jakub Zieliński: grazie mille, ciao ragazzi\n"
            + "[19:04] Kasia Nowicka: hola a todos. thanks again\n"
            + "[19:05] Jakub Zieliński: danke schön, hej då\n"
            + "[19:06] Kasia Nowicka: hola hola! merci infiniment\n";
    assertThat(Spans.of(person, chat)).containsOnly("Kasia Nowicka", "Jakub Zieliński");
  }
}
