package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Person names from rules: a capitalised name after a cue (salutations such as "Dear", "Hallo",
 * "Bonjour"; honorifics; "Name:", "From:", "Assignee:"; role words; "my name is"), a name on
 * the line after a closing formula ("Best regards,", "Mit freundlichen Grüßen"), and a listed
 * first name followed by a listed or capitalised surname ("Maria Schmidt", "John F. Kennedy").
 * A NER model or a remote analyzer can replace or complement it through {@link
 * dev.indexer.pii.spi.Recognizer}.
 */
public final class PersonRecognizer implements Recognizer {

  private static final String[] CUES = {
    "dear", "hi", "hello", "hey", "thanks", "thank you", "name:", "name is", "i'm", "i am", "this is", "from:",
    "to:", "cc:", "contact:", "author:", "assignee:", "reporter:", "reported by", "assigned to", "signed by",
    "customer:", "patient:", "employee:", "applicant:", "tenant:", "owner:", "mr", "mr.", "mrs", "mrs.", "ms",
    "ms.", "miss", "dr", "dr.", "prof", "prof.", "herr", "frau", "liebe", "lieber", "hallo", "bonjour", "cher",
    "chère", "madame", "monsieur", "m.", "mme", "mme.", "mlle", "señor", "señora", "sr.", "sra.", "srta.",
    "estimado", "estimada", "hola", "gentile", "sig.", "sig.ra", "dott.", "dott.ssa", "caro", "cara", "beste",
    "geachte", "dhr.", "mevr.", "pan", "pani", "olá", "prezado", "prezada", "contact person:", "ansprechpartner:",
    "ansprechpartnerin:", "nom :", "nom:", "prénom :", "prénom:", "nombre:", "nome:", "naam:", "imię:",
    "kontakt:", "kunde:", "kundin:", "full name:", "cardholder:", "card holder:", "account holder:",
    "kontoinhaber:", "titulaire:", "titular:", "beneficiary:", "recipient:", "sender:", "requested by",
    "approved by", "submitted by", "created by", "written by", "cc", "de la part de",
    "interviewed", "spoke with", "spoke to", "talked to", "met with", "emailed", "je suis", "ich bin",
    "soy", "mi nombre es", "me llamo", "je m'appelle", "mi chiamo", "ik ben", "mein name ist", "attn:", "attn",
    "z. hd.", "z.hd.", "c/o", "à l'attention de", "cześć", "hej", "hei", "moi", "servus", "salut",
    "ciao", "oi", "hoi", "witam", "drogi", "droga", "kära", "kære", "kjære", "hyvä", "querido", "querida",
    "first name:", "last name:", "surname:", "given name:", "given names:", "family name:", "vorname:", "nachname:",
    "familienname:", "nom de famille:", "apellido:", "apellidos:", "nombre y apellidos:", "cognome:",
    "nome e cognome:", "cognome e nome:", "voornaam:", "achternaam:", "voornamen:", "happy birthday",
    "congrats", "congratulations", "alles gute", "feliz cumpleaños", "joyeux anniversaire", "buon compleanno",
    "gefeliciteerd", "regards", "cheers", "sincerely", "grüße", "gruß", "cordialement", "saludos", "groeten",
    "saluti", "atentamente", "herrn", "frau dr.", "herr dr.", "von:", "an:", "de:", "de :", "à :", "para:", "da:",
    "van:", "aan:"
  };
  /** Verbs that take a person: a listed first name right after one is a person even alone ("ask Sofia"). */
  private static final Set<String> PERSON_VERBS =
      Set.of("ask", "asked", "tell", "told", "ping", "pinged", "call", "called", "email", "emailed", "remind",
          "reminded", "thank", "thanked", "cc", "cc'd", "invite", "invited", "frag", "frage", "sag", "ruf", "schreib",
          "appelle", "demande", "pregunta", "llama", "dile", "chiedi", "chiama", "vraag", "bel");
  /** Titles: a cue for the name after them, never the start of a name. */
  private static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "herr", "herrn", "frau", "fräulein", "madame", "monsieur",
          "mme", "mlle", "señor", "señora", "señorita", "sr", "sra", "srta", "don", "doña", "sig", "signor", "signora",
          "dott", "dhr", "mevr", "mevrouw", "meneer", "pan", "pani");
  /** Conjunctions joining two names: "Priya and Tom". */
  private static final Set<String> AND = Set.of("and", "und", "et", "y", "e", "en", "&", "or", "oder", "ou", "o");
  private static final String[] CLOSINGS = {
    "regards,", "regards", "best,", "best", "cheers,", "cheers", "thanks,", "thanks", "thank you,", "sincerely,",
    "sincerely", "yours,", "grüße", "grüßen", "grüße,", "grüßen,", "gruß", "gruß,", "cordialement,",
    "cordialement", "saludos,", "saludos", "atentamente,", "atentamente", "saluti,", "saluti", "groeten,",
    "groeten", "pozdrawiam,", "pozdrawiam", "atenciosamente,", "atenciosamente", "bien à vous,", "--", "—",
    "best wishes,", "warm regards,", "kind regards,", "many thanks,", "danke,", "danke", "merci,", "merci",
    "gracias,", "gracias", "grazie,", "grazie", "bedankt,", "dzięki,", "obrigado,", "obrigada,", "a presto,",
    "a presto", "un saluto,", "un saluto", "saluto,", "cordialmente,", "cordialmente", "cordiales,", "cordiales",
    "un abrazo,", "un abrazo", "abrazos,", "à bientôt,", "à bientôt", "bises,", "amitiés,", "groet,", "groet",
    "mvg,", "mvg", "lg,", "lg", "vg,", "vg", "mfg,", "mfg", "take care,", "talk soon,", "best wishes", "thx,",
    "tschüss,", "ciao,", "hasta pronto,", "hartelijke groet,", "met vriendelijke groet,", "met vriendelijke groet"
  };
  private static final Set<String> PARTICLES =
      Set.of("van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "della", "dos", "das", "ter",
          "ten", "bin", "al", "el", "zu", "y");

  private static final java.util.regex.Pattern STREET_LINE =
      java.util.regex.Pattern.compile(".*\\p{L}{3,}\\.?\\s?\\d{1,4}\\s?[a-zA-Z]?\\s*");

  private final NameLists names = NameLists.get();

  @Override
  public Set<PiiType> types() {
    return Set.of(PiiType.PERSON);
  }

  @Override
  public void find(String text, List<Finding> out) {
    int n = text.length();
    int i = 0;
    int coveredTo = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Scan.isLetter(c) || (i > 0 && Scan.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = wordEnd(text, i);
      boolean initial = end - i == 1 && end + 2 < n && text.charAt(end) == '.' && text.charAt(end + 1) == ' ';
      if (i >= coveredTo && Character.isUpperCase(c)
          && (end - i >= 2 && (nameShaped(text, i, end) || capitalsAfterCue(text, i, end)) || initial)) {
        int spanEnd = initial ? initialMatch(text, i, end) : match(text, i, end);
        if (spanEnd > i) {
          out.add(new Finding(PiiType.PERSON, withTitle(text, i, spanEnd), spanEnd, 0.7));
          coveredTo = spanEnd;
          i = spanEnd;
          continue;
        }
      }
      i = Math.max(end, i + 1);
    }
    findMentions(text, out);
    TableColumns.scan(text, Scan.lower(text), NAME_COLUMNS, (t, cs, ce, column) -> {
      if (nameCell(t, cs, ce, PERSON_ONLY_COLUMNS.contains(column))) {
        out.add(new Finding(PiiType.PERSON, cs, ce, 0.7));
      }
    });
  }

  /** Columns that hold nothing but a person's name: any name-shaped cell under them is one. */
  private static final Set<String> PERSON_ONLY_COLUMNS =
      Set.of("full name", "fullname", "first name", "firstname", "last name", "lastname", "surname", "given name",
          "family name", "customer name", "contact name", "employee name", "patient name", "cardholder", "card holder",
          "account holder", "vorname", "nachname", "familienname", "prénom", "prenom", "nom de famille", "nom complet",
          "apellido", "apellidos", "nombre completo", "nombre y apellidos", "voornaam", "achternaam", "cognome",
          "nome e cognome", "cognome e nome", "nome completo");
  /** Columns that often hold a person's name, and sometimes a product or a team: a listed name decides. */
  private static final Set<String> NAME_COLUMNS;

  static {
    Set<String> all = new java.util.HashSet<>(PERSON_ONLY_COLUMNS);
    all.addAll(Set.of("name", "nom", "nombre", "naam", "nome", "customer", "contact", "employee", "patient", "owner",
        "author", "assignee", "reporter", "kunde", "client", "cliente", "klant", "requester", "user"));
    NAME_COLUMNS = Set.copyOf(all);
  }

  /** One to five capitalised words (particles and initials allowed); with {@code any} false, one of them listed. */
  private boolean nameCell(String text, int s, int e, boolean any) {
    if (e - s > 60) {
      return false;
    }
    int words = 0;
    boolean listed = false;
    int i = s;
    while (i < e) {
      char c = text.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      int we = Math.min(e, wordEnd(text, i));
      if (we == i) {
        return false;
      }
      String w = text.substring(i, we);
      if (Character.isLowerCase(c)) {
        if (!PARTICLES.contains(w)) {
          return false;
        }
      } else if (we - i == 1 && we < e && text.charAt(we) == '.') {
        we++; // an initial
      } else {
        String t = nameShaped(text, i, we) ? w : titleCase(w);
        if (!nameShaped(text, i, we) && !listedInCapitals(text, i, we) || names.isStopword(t) && !names.isAmbiguousFirst(t)) {
          return false;
        }
        listed |= names.isFirst(t) || names.isLast(t) || names.isAmbiguousFirst(t);
      }
      words++;
      i = we;
    }
    return words >= 1 && words <= 5 && (any || listed);
  }

  /**
   * Mentions of the form {@code @first.last} or {@code @first_last} whose first part is a listed
   * first name: a person's handle built from their name. Other handles ({@code @channel},
   * {@code @ops-team}) stay.
   */
  private void findMentions(String text, List<Finding> out) {
    int n = text.length();
    for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      if (at > 0 && (Context.isWordChar(text.charAt(at - 1)) || text.charAt(at - 1) == '.')) {
        continue; // an e-mail address or a package scope
      }
      int s = at + 1;
      if (s < n && Character.isUpperCase(text.charAt(s))) {
        // "@Sarah": a mention by a listed first name, not an address or a scope.
        int we = wordEnd(text, s);
        if (we - s >= 2 && we - s <= 20 && !Context.wordCharAt(text, we) && !(we + 1 < n && text.charAt(we) == '.'
            && Character.isLetter(text.charAt(we + 1))) && names.isFirst(text.substring(s, we))) {
          out.add(new Finding(PiiType.PERSON, s, we, 0.7));
        }
        continue;
      }
      int i = s;
      while (i < n && i - s < 20 && Character.isLowerCase(text.charAt(i))) {
        i++;
      }
      if (i - s < 2 || i >= n || (text.charAt(i) != '.' && text.charAt(i) != '_')) {
        continue;
      }
      int ls = i + 1;
      int le = ls;
      while (le < n && le - ls < 24 && Character.isLowerCase(text.charAt(le))) {
        le++;
      }
      if (le - ls < 2 || Context.wordCharAt(text, le) || (le + 1 < n && text.charAt(le) == '.' && Character.isLetter(text.charAt(le + 1)))) {
        continue; // "@anna.schmidt.dev", "@maria.b2": not a plain first.last
      }
      String first = Character.toUpperCase(text.charAt(s)) + text.substring(s + 1, i);
      if (names.isFirst(first)) {
        out.add(new Finding(PiiType.PERSON, s, le, 0.7));
      }
    }
  }

  /** A listed name in capitals right after a cue; the cue is checked first only for short words in capitals. */
  private boolean capitalsAfterCue(String text, int s, int e) {
    if (e - s < 3 || e - s > 20 || Character.isLowerCase(text.charAt(s + 1))) {
      return false;
    }
    return cueBefore(text, s) && listedInCapitals(text, s, e);
  }

  /**
   * The name with the title right before it ("Dr. Amara Okonkwo", "Herr Yilmaz"), when the name is
   * at least as long as the title: labels differ on titles, and a span so extended still overlaps
   * a label without the title by more than half.
   */
  private static int withTitle(String text, int s, int e) {
    int b = s;
    if (b < 2 || text.charAt(b - 1) != ' ') {
      return s;
    }
    b--;
    int te = b;
    if (text.charAt(te - 1) == '.') {
      te--;
    }
    int ts = te;
    while (ts > 0 && te - ts < 10 && Character.isLetter(text.charAt(ts - 1))) {
      ts--;
    }
    if (ts == te || (ts > 0 && Character.isLetterOrDigit(text.charAt(ts - 1)))
        || !HONORIFICS.contains(text.substring(ts, te).toLowerCase(Locale.ROOT))) {
      return s;
    }
    return e - s >= s - ts ? ts : s;
  }

  /** A name written in capitals ("MÜLLER", "GARCIA") that the lists know in title case. */
  private boolean listedInCapitals(String text, int s, int e) {
    if (e - s < 3 || e - s > 20) {
      return false;
    }
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c) || (!Character.isLetter(c) && c != '-' && c != '\'')) {
        return false;
      }
    }
    String t = titleCase(text.substring(s, e));
    return names.isLast(t) || names.isFirst(t);
  }

  private static String titleCase(String w) {
    return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
  }

  /** "J. Smith", "J. de Boer" after a cue: the initial and the surname. */
  private int initialMatch(String text, int s, int e) {
    if (!cueBefore(text, s)) {
      return -1;
    }
    int q = e + 2;
    int we = wordEnd(text, q);
    if (we > q && Character.isLowerCase(text.charAt(q)) && PARTICLES.contains(text.substring(q, we)) && we + 1 < text.length()
        && text.charAt(we) == ' ') {
      q = we + 1;
      we = wordEnd(text, q);
    }
    if (we - q < 2 || !Character.isUpperCase(text.charAt(q)) || !nameShaped(text, q, we) || names.isStopword(text.substring(q, we))) {
      return -1;
    }
    return we;
  }

  /** End of the person span starting at the capitalised word [s, e), or -1. */
  private int match(String text, int s, int e) {
    String word = text.substring(s, e);
    if (e - s <= 9 && HONORIFICS.contains(word.toLowerCase(Locale.ROOT))) {
      return -1;
    }
    boolean capitals = !nameShaped(text, s, e);
    if (capitals) {
      // Names in capitals only where a cue says a name follows ("Name: GARCIA, MARIA").
      if (!cueBefore(text, s)) {
        return -1;
      }
      word = titleCase(word);
    }
    boolean stop = names.isStopword(word);
    if (stop && !names.isAmbiguousFirst(word)) {
      return -1;
    }
    boolean cue = cueBefore(text, s) || closingBefore(text, s) || addresseeLine(text, s) || chatSpeaker(text, s);
    if (stop && !cue && !nextIsListedLast(text, e)) {
      return -1;
    }
    boolean first = names.isFirst(word) || (names.isAmbiguousFirst(word) && nextIsListedLast(text, e));
    if (!cue && !first) {
      return -1;
    }
    // Extend over surname tokens: capitalised words, initials, particles before a capitalised word.
    int end = e;
    int tokens = 1;
    int p = e;
    boolean sawLast = false;
    while (tokens < 4) {
      int q = p;
      if (q < text.length() && text.charAt(q) == ' ') {
        q++;
      } else {
        break;
      }
      if (q >= text.length()) {
        break;
      }
      char c = text.charAt(q);
      if (!Character.isLetter(c)) {
        break;
      }
      int we = wordEnd(text, q);
      String next = text.substring(q, we);
      if (Character.isUpperCase(c) && we - q == 1 && we < text.length() && text.charAt(we) == '.') {
        p = we + 1; // middle initial "F."
        continue;
      }
      if (Character.isLowerCase(c) && PARTICLES.contains(next) && we + 1 < text.length() && text.charAt(we) == ' ') {
        if (Character.isUpperCase(text.charAt(we + 1))) {
          p = we;
          continue;
        }
        // Two particles: "van den Berg", "de la Cruz", "von der Leyen".
        int we2 = wordEnd(text, we + 1);
        if (we2 > we + 1 && PARTICLES.contains(text.substring(we + 1, we2)) && we2 + 1 < text.length()
            && text.charAt(we2) == ' ' && Character.isUpperCase(text.charAt(we2 + 1))) {
          p = we2;
          continue;
        }
      }
      boolean inCapitals = Character.isUpperCase(c) && !nameShaped(text, q, we) && listedInCapitals(text, q, we);
      if (inCapitals) {
        next = titleCase(next);
      }
      if (Character.isUpperCase(c) && nameShaped(text, q, we) && names.isStopword(next) && tokens >= 1 && names.isListedLast(next)
          && !(we + 1 < text.length() && text.charAt(we) == ' ' && Character.isUpperCase(text.charAt(we + 1)))) {
        end = we; // "Linda Park": a surname that is a word too, closing the name ("Park Avenue" goes on)
        tokens++;
        break;
      }
      if (!Character.isUpperCase(c) || !(nameShaped(text, q, we) || inCapitals) || names.isStopword(next)) {
        break;
      }
      boolean listed = names.isLast(next) || names.isFirst(next);
      if (!cue && !listed && !plausibleSurname(next)) {
        break;
      }
      end = we;
      p = we;
      tokens++;
      sawLast |= listed;
    }
    if (cue && tokens == 1) {
      end = lastCommaFirst(text, s, end);
    }
    if (!cue && tokens == 1) {
      // A first name alone is too often a word, unless a verb takes it or it is paired with another.
      return names.isFirst(word) && (personVerbBefore(text, s) || pairedWithFirstName(text, s, e)) ? e : -1;
    }
    if (!cue && !sawLast && names.isAmbiguousFirst(word)) {
      return -1;
    }
    return end;
  }

  /** "GARCIA, MARIA", "Müller, Hans": a surname after a cue, then a comma and a listed first name. */
  private int lastCommaFirst(String text, int start, int end) {
    int q = end + 2;
    if (q >= text.length() || text.charAt(end) != ',' || text.charAt(end + 1) != ' ' || !afterFieldLabel(text, start)) {
      return end;
    }
    int we = wordEnd(text, q);
    if (we - q < 2 || !Character.isUpperCase(text.charAt(q))) {
      return end;
    }
    String w = text.substring(q, we);
    if (!nameShaped(text, q, we)) {
      w = titleCase(w);
    }
    boolean fullNameFollows = we + 1 < text.length() && text.charAt(we) == ' ' && Character.isUpperCase(text.charAt(we + 1));
    return names.isFirst(w) && !names.isStopword(w) && !fullNameFollows ? we : end;
  }

  /** The name follows a field label ending in a colon ("Name:", "Von:"), not a salutation. */
  private static boolean afterFieldLabel(String text, int s) {
    int i = s;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    return i > 0 && text.charAt(i - 1) == ':';
  }

  /** The word before is a verb that takes a person ("ask", "ping", "frag"). */
  private static boolean personVerbBefore(String text, int s) {
    int e = s - 1;
    if (e < 1 || text.charAt(e) != ' ') {
      return false;
    }
    int b = e;
    while (b > 0 && e - b < 12 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '\'')) {
      b--;
    }
    return b < e && (b == 0 || !Character.isLetterOrDigit(text.charAt(b - 1)))
        && PERSON_VERBS.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
  }

  /** "Priya and Tom": another listed first name joined to this one by a conjunction. */
  private boolean pairedWithFirstName(String text, int s, int e) {
    // Next: " and Tom"
    if (e + 1 < text.length() && text.charAt(e) == ' ') {
      int ae = e + 1;
      while (ae < text.length() && ae - e < 6 && text.charAt(ae) != ' ') {
        ae++;
      }
      if (ae + 1 < text.length() && AND.contains(text.substring(e + 1, ae).toLowerCase(Locale.ROOT))) {
        int we = wordEnd(text, ae + 1);
        if (we > ae + 1 && names.isFirst(text.substring(ae + 1, we)) && !Context.wordCharAt(text, we)) {
          return true;
        }
      }
    }
    // Previous: "Priya and "
    int p = s - 1;
    if (p < 1 || text.charAt(p) != ' ') {
      return false;
    }
    int ab = p;
    while (ab > 0 && p - ab < 5 && text.charAt(ab - 1) != ' ') {
      ab--;
    }
    if (ab < 2 || !AND.contains(text.substring(ab, p).toLowerCase(Locale.ROOT)) || text.charAt(ab - 1) != ' ') {
      return false;
    }
    int we = ab - 1;
    int wb = we;
    while (wb > 0 && we - wb < 20 && Character.isLetter(text.charAt(wb - 1))) {
      wb--;
    }
    return wb < we && (wb == 0 || !Character.isLetterOrDigit(text.charAt(wb - 1))) && names.isFirst(text.substring(wb, we));
  }

  private boolean nextIsListedLast(String text, int e) {
    if (e + 1 >= text.length() || text.charAt(e) != ' ') {
      return false;
    }
    int we = wordEnd(text, e + 1);
    return we > e + 1 && names.isLast(text.substring(e + 1, we));
  }

  /** Capitalised, not all upper case beyond 3 letters (acronyms), letters only. */
  private static boolean nameShaped(String text, int s, int e) {
    int upper = 0;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (!Character.isLetter(c) && c != '\'' && c != '-' && c != '’') {
        return false;
      }
    }
    return upper <= 3 && upper < e - s;
  }

  private static boolean plausibleSurname(String w) {
    return w.length() >= 3 && w.length() <= 20;
  }

  private static int wordEnd(String text, int s) {
    int i = s;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Scan.isLetter(c) || c >= 0x80 && Character.getType(c) == Character.NON_SPACING_MARK) {
        i++;
      } else if ((c == '\'' || c == '-' || c == '’') && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && i > s) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** Cue phrases by their last space-separated token, so most words cost one hash lookup. */
  private static final Map<String, List<String>> CUES_BY_LAST_TOKEN = new HashMap<>();

  static {
    for (String cue : CUES) {
      String last = cue.substring(cue.lastIndexOf(' ') + 1);
      CUES_BY_LAST_TOKEN.computeIfAbsent(last, k -> new ArrayList<>()).add(cue);
    }
  }

  private static boolean cueBefore(String text, int s) {
    int e = s;
    while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
      e--;
    }
    if (e == s && s > 0) {
      return false;
    }
    if (e > 0 && text.charAt(e - 1) == ',') {
      e--; // "Thanks, Fiona"
    }
    int ts = e;
    while (ts > 0 && e - ts < 24 && !Character.isWhitespace(text.charAt(ts - 1))) {
      ts--;
    }
    int tokenStart = ts;
    while (ts < e && !Character.isLetter(text.charAt(ts))) {
      ts++;
    }
    if (ts >= e) {
      return separatorCue(text, tokenStart, e, s);
    }
    if (cueEndsAt(text, ts, e, "")) {
      return true;
    }
    // "Approved by: J. Smith", "Signed by: ...": the cue followed by a colon.
    return e - 1 > ts && text.charAt(e - 1) == ':' && cueEndsAt(text, ts, e - 1, "");
  }

  /**
   * The word before the name is only punctuation: a signature dash at the start of a line ("— Maria"),
   * or the separator of a form or table row ("Name | Rachel", "Name ...... Rachel"), read as "name:".
   * Not "=": "display_name = DisplayName" is code.
   */
  private static boolean separatorCue(String text, int s, int e, int name) {
    char c0 = text.charAt(s);
    if (e - s > 2 || Character.isLetterOrDigit(c0) || Character.isLetterOrDigit(text.charAt(e - 1))) {
      // Only short marks are cues, and fillers of dots: "Name ........ Rachel".
      if (e - s < 2 || !filler(text, s, e)) {
        return false;
      }
    }
    String sep = text.substring(s, e);
    if (sep.equals("—") || sep.equals("–") || sep.equals("--") || sep.equals("-")) {
      int b = s;
      while (b > 0 && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == '\t')) {
        b--;
      }
      return (b == 0 || text.charAt(b - 1) == '\n') && signatureRest(text, name);
    }
    boolean filler = sep.length() >= 2 && filler(text, s, e);
    if (!filler && !sep.equals("|") && !sep.equals(":") && !sep.equals("|:")) {
      return false;
    }
    if (sep.equals("|") && tableHeaderRow(text, name)) {
      return false;
    }
    int pe = s;
    while (pe > 0 && (text.charAt(pe - 1) == ' ' || text.charAt(pe - 1) == '\t')) {
      pe--;
    }
    int ps = pe;
    while (ps > 0 && pe - ps < 24 && Character.isLetter(text.charAt(ps - 1))) {
      ps--;
    }
    return ps < pe && cueEndsAt(text, ps, pe, ":");
  }

  private static boolean filler(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '_' && c != '…') {
        return false;
      }
    }
    return true;
  }

  /** The rest of the line is one to three words and nothing else, as in a signature ("— Maria Lopez"). */
  private static boolean signatureRest(String text, int name) {
    int words = 0;
    int i = name;
    int n = text.length();
    while (i < n && i - name < 48) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        break;
      }
      if (c == ' ') {
        i++;
        continue;
      }
      int we = wordEnd(text, i);
      if (we == i || !Character.isUpperCase(c)) {
        return false;
      }
      words++;
      i = we;
    }
    return words >= 1 && words <= 3 && (i >= n || text.charAt(i) == '\n' || text.charAt(i) == '\r') && nearTheEnd(text, i);
  }

  /** A signature closes a message: at most one short line follows it ("— Maria\nACME"), not a list. */
  private static boolean nearTheEnd(String text, int lineEnd) {
    int rest = 0;
    int lines = 0;
    for (int i = lineEnd; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        lines++;
      } else if (!Character.isWhitespace(c)) {
        rest++;
      }
      if (rest > 80 || lines > 3) {
        return false;
      }
    }
    return true;
  }

  /** A pipe-table row followed by its "|---|" rule: a header row, whose cells are column names. */
  private static boolean tableHeaderRow(String text, int at) {
    int nl = text.indexOf('\n', at);
    if (nl < 0 || nl - at > 400) {
      return false;
    }
    int i = nl + 1;
    int dashes = 0;
    while (i < text.length() && i - nl < 400) {
      char c = text.charAt(i);
      if (c == '\n') {
        break;
      }
      if (c == '-') {
        dashes++;
      } else if (c != '|' && c != ':' && c != ' ' && c != '\r') {
        return false;
      }
      i++;
    }
    return dashes >= 3;
  }

  /** Whether a cue ends at {@code e}, whose last token starts at {@code ts}; {@code suffix} is appended (":"). */
  private static boolean cueEndsAt(String text, int ts, int e, String suffix) {
    List<String> candidates = CUES_BY_LAST_TOKEN.get(text.substring(ts, e).toLowerCase(Locale.ROOT) + suffix);
    if (candidates == null) {
      return false;
    }
    int from = Math.max(0, e - 30);
    String w = text.substring(from, e).toLowerCase(Locale.ROOT) + suffix;
    for (String cue : candidates) {
      if (w.endsWith(cue)) {
        int at = w.length() - cue.length();
        if (at == 0 ? from == 0 || !Character.isLetter(text.charAt(from - 1)) : !Character.isLetter(w.charAt(at - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The word starts a line of two to four capitalised words, and the next line starts with a house
   * number or holds a street and number: the recipient line of an address block.
   */
  private boolean addresseeLine(String text, int s) {
    if (s > 0 && text.charAt(s - 1) != '\n') {
      return false;
    }
    int lineEnd = text.indexOf('\n', s);
    if (lineEnd < 0 || lineEnd - s > 60) {
      return false;
    }
    int words = 0;
    int i = s;
    while (i < lineEnd) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\r') {
        i++;
        continue;
      }
      int we = wordEnd(text, i);
      String w = text.substring(i, Math.max(i, we));
      if (we == i || !Character.isUpperCase(c) || (names.isStopword(w) && !names.isAmbiguousFirst(w))) {
        return false;
      }
      words++;
      i = we;
    }
    if (words < 2 || words > 4) {
      return false;
    }
    int next = lineEnd + 1;
    int nextEnd = text.indexOf('\n', next);
    String line = text.substring(next, nextEnd < 0 ? Math.min(text.length(), next + 60) : Math.min(nextEnd, next + 60));
    boolean digit = false;
    for (int k = 0; k < line.length(); k++) {
      digit |= Character.isDigit(line.charAt(k));
    }
    return digit && (Character.isDigit(line.isEmpty() ? ' ' : line.charAt(0)) || STREET_LINE.matcher(line).matches());
  }

  /** The word follows a chat timestamp at the start of a line and the name ends in a colon: "[09:14] Kofi Mensah: hi". */
  private static boolean chatSpeaker(String text, int s) {
    int b = s;
    while (b > 0 && text.charAt(b - 1) == ' ') {
      b--;
    }
    if (b == s || b == 0 || text.charAt(b - 1) != ']') {
      return false;
    }
    int open = b - 2;
    while (open >= 0 && b - open <= 24 && text.charAt(open) != '[') {
      char c = text.charAt(open);
      if (!Scan.isDigit(c) && c != ':' && c != '.' && c != ' ' && c != '-' && c != 'T' && c != 'Z') {
        return false;
      }
      open--;
    }
    if (open < 0 || text.charAt(open) != '[' || (open > 0 && text.charAt(open - 1) != '\n')) {
      return false;
    }
    boolean time = false;
    for (int i = open + 1; i < b - 1; i++) {
      time |= text.charAt(i) == ':';
    }
    if (!time) {
      return false;
    }
    // One to three capitalised words, then the colon.
    int i = s;
    for (int words = 0; words < 3; words++) {
      int we = wordEnd(text, i);
      if (we == i || !Character.isUpperCase(text.charAt(i))) {
        return false;
      }
      if (we < text.length() && text.charAt(we) == ':') {
        return true;
      }
      if (we >= text.length() || text.charAt(we) != ' ') {
        return false;
      }
      i = we + 1;
    }
    return false;
  }

  /** The word starts a line that follows a closing formula ("Best regards,"). */
  private static boolean closingBefore(String text, int s) {
    int e = s;
    while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
      e--;
    }
    if (e == 0 || text.charAt(e - 1) != '\n') {
      return false;
    }
    e--;
    if (e > 0 && text.charAt(e - 1) == '\r') {
      e--;
    }
    int ls = text.lastIndexOf('\n', e - 1) + 1;
    if (e - ls > 40) {
      return false;
    }
    String line = text.substring(ls, e).trim().toLowerCase(Locale.ROOT);
    for (String c : CLOSINGS) {
      // "--" and "—" only as the signature line itself, not as the end of a "-----" underline.
      if (c.equals("--") || c.equals("—") ? line.equals(c) : line.endsWith(c)) {
        return true;
      }
    }
    return false;
  }
}
