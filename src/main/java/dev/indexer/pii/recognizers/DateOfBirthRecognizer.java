package dev.indexer.pii.recognizers;

import dev.indexer.pii.Finding;
import dev.indexer.pii.PiiType;
import dev.indexer.pii.Recognizer;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that the context makes a birth date ("DOB: 1985-03-12", "born on 12 March 1985",
 * "geboren am 12.03.1985", "né le 12 mars 1985"). Other dates (timestamps, release dates) are
 * not personal and stay.
 */
public final class DateOfBirthRecognizer implements Recognizer {

  private static final String MONTHS =
      "(?:jan(?:uary|uar|vier|\\.)?|feb(?:ruary|ruar|\\.)?|f[ée]vrier|mar(?:ch|\\.)?|m[äa]rz|mars|apr(?:il|\\.)?|avril"
          + "|may|mai|jun(?:e|i|\\.)?|juin|jul(?:y|i|\\.)?|juillet|aug(?:ust|\\.)?|ao[uû]t|sep(?:t(?:ember|embre)?|\\.)?"
          + "|oct(?:ober|obre|\\.)?|okt(?:ober|\\.)?|nov(?:ember|embre|\\.)?|dec(?:ember|\\.)?|dez(?:ember|\\.)?|d[ée]cembre"
          + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
          + "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janvier|januari|februari|maart|mei|juni|juli|augustus)";
  private static final Pattern DATE =
      Pattern.compile(
          "(?i)(?<![\\p{L}\\p{N}])(?:"
              + "[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}"
              + "|[0-9]{1,2}[-/.][0-9]{1,2}[-/.](?:[0-9]{4}|[0-9]{2})"
              + "|[0-9]{1,2}(?:st|nd|rd|th|er|\\.)?\\s(?:de\\s)?" + MONTHS + "\\s(?:de\\s)?[0-9]{4}"
              + "|" + MONTHS + "\\s[0-9]{1,2}(?:st|nd|rd|th)?,?\\s[0-9]{4}"
              + ")(?![\\p{L}\\p{N}])");
  private static final String[] CUES = {
    "born", "dob", "d.o.b", "date of birth", "birth date", "birthdate", "birthday", "b.", "geboren", "geburtsdatum",
    "geb.", "geburtstag", "né le", "née le", "né(e) le", "date de naissance", "naissance", "fecha de nacimiento",
    "nacido", "nacida", "f. nac", "data di nascita", "nato il", "nata il", "nato a", "nata a", "geboortedatum",
    "geboren op", "urodzony", "urodzona", "data urodzenia", "data de nascimento", "nascido", "nascida", "födelsedatum",
    "født", "syntymäaika", "birth:", "fødselsdato"
  };

  @Override
  public Set<PiiType> types() {
    return Set.of(PiiType.DATE_OF_BIRTH);
  }

  @Override
  public void find(String text, List<Finding> out) {
    if (!UsSsnRecognizer.containsDigit(text)) {
      return;
    }
    // Cue first (cheap indexOf), then a date starting within 40 characters after it.
    String lower = Scan.lower(text);
    Matcher m = Scan.matcher(DATE, text);
    for (String cue : CUES) {
      for (int c = lower.indexOf(cue); c >= 0; c = lower.indexOf(cue, c + 1)) {
        int from = c + cue.length();
        m.region(from, Math.min(text.length(), from + 80));
        if (m.find() && m.start() - from <= 40) {
          out.add(new Finding(PiiType.DATE_OF_BIRTH, m.start(), m.end(), 0.9));
        }
      }
    }
  }
}
