package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names known by the shape of the text around them rather than by a cue word: travel documents
 * ({@code OKONKWO/CHIDINMA MRS}), "Surname, Given" as a field's whole value, a first name in lower
 * case after a chat greeting ("hey marek,"), an IRC speaker ({@code <Eamon Doyle>}) and the heading
 * of a contact card.
 */
final class NameShapes {

  private static final String WORD = "\\p{Lu}[\\p{L}'’-]{1,24}";
  private static final String PARTICLE =
      "(?:van|von|de|der|den|da|di|du|la|le|del|della|ter|ten|los|las|dos|das|O'|Mac)\\s";

  /** SURNAME/GIVEN TITLE of tickets and passenger lists. */
  private static final Pattern TRAVEL =
      Pattern.compile(
          "(?<![\\p{L}/])\\p{Lu}[\\p{Lu}'-]{1,24}(?:\\s\\p{Lu}[\\p{Lu}'-]{1,24})?/\\p{Lu}[\\p{Lu}'-]{1,24}"
              + "(?:\\s\\p{Lu}[\\p{Lu}'-]{1,24})?\\s(?:MR|MRS|MS|MISS|MSTR|DR|PROF|CHD|INF)(?![\\p{L}])");

  /** "Label: van Dijk, Marloes" as the whole value of a field line. */
  private static final Pattern SURNAME_COMMA_GIVEN =
      Pattern.compile(
          "(?m)^[\\p{L}][\\p{L} ._-]{1,30}:[ \\t]*((?:"
              + PARTICLE
              + ")*"
              + WORD
              + "(?:\\s(?:"
              + PARTICLE
              + ")*"
              + WORD
              + ")?,\\s("
              + WORD
              + "))(?=[ \\t]*(?:\\r?\\n|$))");

  /** A greeting or thanks at the start of a line or sentence, then a word in lower case. */
  private static final Pattern GREETING =
      Pattern.compile(
          "(?:^|\\n|[.!?]\\s)(?i:hey|hi|hello|hallo|hola|hoi|salut|cześć|czesc|hej|hei|ciao|olá|oi"
              + "|merhaba|morning|buenas|moin|servus|thanks|thank you|thx|danke|merci|gracias|grazie"
              + "|dzięki|takk|tack|obrigado|obrigada|bedankt|dank je)[ ,]+(\\p{Ll}[\\p{Ll}'-]{2,15})"
              + "(?=\\s*[,!?:]|\\s*$|\\s+-)");

  /** Words after a greeting that address a group or fill the sentence, never a person. */
  private static final Set<String> ADDRESSEES =
      Set.of(
          "all",
          "team",
          "everyone",
          "everybody",
          "guys",
          "folks",
          "there",
          "again",
          "you",
          "both",
          "people",
          "much",
          "lot",
          "equipo",
          "todos",
          "todas",
          "chicos",
          "alle",
          "zusammen",
          "leute",
          "tout",
          "tous",
          "allemaal",
          "iedereen",
          "wszystkim",
          "wszyscy",
          "tutti",
          "ragazzi",
          "pessoal",
          "gente",
          "everyone's",
          "mate",
          "man",
          "dude",
          "sir");

  /** An IRC or Matrix speaker at the start of a line, after an optional time. */
  private static final Pattern IRC_SPEAKER =
      Pattern.compile(
          "(?m)^(?:\\[?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\\]?\\s{1,3})?<("
              + WORD
              + "(?:\\s"
              + WORD
              + "){0,2})>");

  /** A heading or bold text that holds nothing but two to four capitalised words. */
  private static final Pattern HEADING =
      Pattern.compile(
          "<(h[1-6]|strong|b|dt)(?:\\s[^>]{0,80})?>\\s*("
              + WORD
              + "(?:\\s(?:"
              + PARTICLE
              + ")*"
              + WORD
              + "){1,3})\\s*</\\1>");

  private final NameLists names;

  NameShapes(NameLists names) {
    this.names = names;
  }

  /** Adds the names found by the shapes above. */
  void find(String text, List<Finding> out) {
    if (text.indexOf('/') >= 0) {
      add(Scan.matcher(TRAVEL, text), 0, out);
    }
    if (text.indexOf(':') >= 0 && text.indexOf(',') >= 0) {
      surnameCommaGiven(text, out);
    }
    if (text.indexOf('<') >= 0) {
      speakersAndHeadings(text, out);
    }
    greetings(text, out);
  }

  private void surnameCommaGiven(String text, List<Finding> out) {
    Matcher m = Scan.matcher(SURNAME_COMMA_GIVEN, text);
    while (m.find()) {
      String given = m.group(2);
      String surname = m.group(1).substring(0, m.group(1).indexOf(','));
      String last = surname.substring(surname.lastIndexOf(' ') + 1);
      boolean evidence =
          names.isFirst(given) || names.isListedLast(last) || surname.indexOf(' ') > 0;
      if (evidence && !names.isStopword(given) && !anyStopword(m.group(1))) {
        out.add(new Finding(PiiType.PERSON, m.start(1), m.end(), 0.7));
      }
    }
  }

  private void greetings(String text, List<Finding> out) {
    Matcher m = Scan.matcher(GREETING, text);
    while (m.find()) {
      String w = m.group(1);
      String cap = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      boolean listed = names.isFirst(cap) && !names.isStopword(cap);
      boolean addressed =
          !names.isStopword(cap)
              && !ADDRESSEES.contains(w)
              && m.end() < text.length()
              && text.charAt(m.end()) == ',';
      if (listed || addressed) {
        out.add(new Finding(PiiType.PERSON, m.start(1), m.end(1), 0.6));
      }
    }
  }

  private void speakersAndHeadings(String text, List<Finding> out) {
    Matcher m = Scan.matcher(IRC_SPEAKER, text);
    while (m.find()) {
      String speaker = m.group(1);
      if (!anyStopword(speaker) && (speaker.indexOf(' ') > 0 || names.isFirst(speaker))) {
        out.add(new Finding(PiiType.PERSON, m.start(1), m.end(1), 0.7));
      }
    }
    Matcher h = Scan.matcher(HEADING, text);
    while (h.find()) {
      if (!anyStopword(h.group(2)) && contactNearby(text, h.start(), h.end())) {
        out.add(new Finding(PiiType.PERSON, h.start(2), h.end(2), 0.7));
      }
    }
  }

  /** An e-mail address or a phone label near the heading: it heads a contact card. */
  private static boolean contactNearby(String text, int s, int e) {
    String around =
        text.substring(Math.max(0, s - 200), Math.min(text.length(), e + 300))
            .toLowerCase(Locale.ROOT);
    return around.indexOf('@') >= 0
        || around.contains("tel")
        || around.contains("phone")
        || around.contains("mailto");
  }

  private boolean anyStopword(String words) {
    for (String w : words.split("[\\s,]+")) {
      if (!w.isEmpty()
          && Character.isUpperCase(w.charAt(0))
          && names.isStopword(w)
          && !names.isAmbiguousFirst(w)) {
        return true;
      }
    }
    return false;
  }

  private void add(Matcher m, int group, List<Finding> out) {
    while (m.find()) {
      out.add(new Finding(PiiType.PERSON, m.start(group), m.end(group), 0.7));
    }
  }
}
