package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Person names from rules: a capitalised name after a cue (salutations such as "Dear", "Hallo",
 * "Bonjour"; honorifics; "Name:", "From:", "Assignee:"; role words; "my name is"), a name on the
 * line after a closing formula ("Best regards,", "Mit freundlichen Grüßen"), and a listed first
 * name followed by a listed or capitalised surname ("Maria Schmidt", "John F. Kennedy"). A NER
 * model or a remote analyzer can replace or complement it through {@link
 * dev.indexer.pii.spi.Recognizer}.
 *
 * <p>This class reads the capitalised words and decides how far a name runs; the evidence that a
 * word starts a name comes by kind: cue words and labels ({@code PersonCues}), the layout ({@code
 * LayoutCues}: closings, address blocks, chat speakers), mentions ({@code NameMentions}), table
 * columns ({@code NameColumns}) and the shape of the text around a name ({@code NameShapes}: travel
 * documents, "Surname, Given" fields, chat greetings, contact cards); {@code NameWords} knows the
 * shape of a name.
 */
public final class PersonRecognizer implements Recognizer {

  private final NameLists names = NameLists.get();
  private final LayoutCues layout = new LayoutCues(names);
  private final NameMentions mentions = new NameMentions(names);
  private final NameColumns columns = new NameColumns(names);
  private final NameRelations relations = new NameRelations(names);
  private final NameShapes shapes = new NameShapes(names);
  private final NameFields fields = new NameFields(columns, names);
  private final ChatTurns chats = new ChatTurns(names);
  private final LaterMentions later = new LaterMentions(names);
  private final NameAppositions appositions = new NameAppositions(names);
  private final NamePairs pairs = new NamePairs(names);
  private final DeclinedNames declined = new DeclinedNames(names);
  private final UncasedNameFields uncasedFields = new UncasedNameFields();
  private final UncasedNames uncased = new UncasedNames(names);
  private final LogUsers logUsers = new LogUsers();
  private final PostAuthors authors = new PostAuthors(names);
  private final PersonFormFields formFields = new PersonFormFields(names);
  private final NameModel model = NameModel.get();
  private final ColumnPeers peers = new ColumnPeers(names);

  @Override
  public Set<PiiType> types() {
    return Set.of(PiiType.PERSON);
  }

  @Override
  public void find(String text, List<Finding> out) {
    int first = out.size();
    // First, while the cue words the recognizers before found in this text are still at hand.
    authors.find(text, out);
    int n = text.length();
    int i = 0;
    int coveredTo = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Scan.isLetter(c) || (i > 0 && Scan.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = NameWords.wordEnd(text, i);
      boolean initial =
          end - i == 1 && end + 2 < n && text.charAt(end) == '.' && text.charAt(end + 1) == ' ';
      if (i >= coveredTo
          && Character.isUpperCase(c)
          && (end - i >= 2 && (NameWords.nameShaped(text, i, end) || capitalsAfterCue(text, i, end))
              || initial)) {
        int spanEnd = initial ? initialMatch(text, i, end) : match(text, i, end);
        if (spanEnd > i
            && !streetWordAfter(text, spanEnd)
            && !NamedAfter.thingAt(text, i, spanEnd)) {
          out.add(new Finding(PiiType.PERSON, NameWords.withTitle(text, i, spanEnd), spanEnd, 0.7));
          coveredTo = spanEnd;
          i = spanEnd;
          continue;
        }
      }
      i = Math.max(end, i + 1);
    }
    mentions.find(text, out);
    columns.find(text, out);
    fields.find(text, out);
    shapes.find(text, out);
    if (text.indexOf('@') >= 0) {
      relations.find(text, out);
    }
    chats.find(text, out);
    appositions.find(text, out);
    uncasedFields.find(text, out);
    uncased.find(text, out);
    GreetingsOfMoreScripts.find(text, out);
    CodeAuthors.find(text, out);
    formFields.find(text, first, out);
    logUsers.find(text, out);
    if (VCards.in(text)) {
      VCards.names(text, out);
    }
    if (Hl7Segments.in(text)) {
      Hl7Segments.persons(text, out);
    }
    int modelFirst = out.size();
    model.find(text, out);
    out.subList(modelFirst, out.size()).removeIf(f -> softwareOrFont(text, f));
    splitCoordinated(text, modelFirst, out);
    List<Finding> famous = new ArrayList<>();
    boolean correspondence = PublicFigures.correspondence(text);
    dropThings(text, first, out, famous, correspondence);
    int paired = out.size();
    pairs.find(text, first, out);
    dropThings(text, paired, out, famous, correspondence);
    later.find(text, first, out);
    declined.find(text, first, out);
    withPatronymics(text, first, out);
    withInitials(text, first, out);
    SurnameInitials.find(text, first, out, names);
    int peersFirst = out.size();
    peers.find(text, first, out);
    dropThings(text, peersFirst, out, famous, correspondence);
    PublicFigures.drop(text, first, out, famous, correspondence);
    surnameCommaGiven(text, first, out);
    joinedBySpace(text, first, out);
  }

  /** Words of a font's name beside which a capitalised word is the font's: "Sans Serif". */
  private static final Set<String> FONT_WORDS =
      Set.of("Sans", "Serif", "Mono", "Monospace", "Slab", "Condensed", "Italic", "Bold");

  /**
   * A word of the model's alone that names a program or a system account ("Name: NGINX"), a font's
   * word, or a word before one ("Sans Serif", "Noto Sans"): no person's. Not a word after one:
   * "Sans Marie, nous n'aurions..." is French.
   */
  private boolean softwareOrFont(String text, Finding f) {
    int s = f.start();
    int e = f.end();
    if (TableColumns.indexIn(text, ' ', s, e) >= 0) {
      return false;
    }
    String word = text.substring(s, e);
    String cap = NameWords.titleCase(word);
    if (LogUsers.system(word.toLowerCase(Locale.ROOT))
        && !names.isFirst(cap)
        && !names.isLast(cap)) {
      return true; // not "Jenkins", a surname too
    }
    if (FONT_WORDS.contains(word)) {
      return true;
    }
    if (e + 1 < text.length() && text.charAt(e) == ' ') {
      int we = e + 1;
      while (we < text.length() && Character.isLetter(text.charAt(we))) {
        we++;
      }
      return FONT_WORDS.contains(text.substring(e + 1, we));
    }
    return false;
  }

  /** The persons found from {@code first} on, by where they start. */
  private static List<Finding> personsByStart(int first, List<Finding> out) {
    List<Finding> persons = new ArrayList<>();
    for (int k = first; k < out.size(); k++) {
      if (out.get(k).type() == PiiType.PERSON) {
        persons.add(out.get(k));
      }
    }
    persons.sort(java.util.Comparator.comparingInt(Finding::start));
    return persons;
  }

  /**
   * Two parts of one name that rules found apart with one space between them ("DeShawn" and "T.
   * Okafor", "Wolf-Dieter" and "von Hagenbeck") are one name: the longer span is added and the
   * parts give way to it where spans are merged.
   */
  private static void joinedBySpace(String text, int first, List<Finding> out) {
    List<Finding> persons = personsByStart(first, out);
    if (persons.size() < 2) {
      return;
    }
    Finding run = persons.get(0);
    boolean joined = false;
    for (int k = 1; k <= persons.size(); k++) {
      Finding b = k < persons.size() ? persons.get(k) : null;
      if (b != null
          && b.start() == run.end() + 1
          && text.charAt(run.end()) == ' '
          && b.end() - run.start() <= 48) {
        run = new Finding(PiiType.PERSON, run.start(), b.end(), Math.max(run.score(), b.score()));
        joined = true;
        continue;
      }
      if (joined) {
        out.add(run);
      }
      if (b != null) {
        run = b.start() >= run.end() ? b : run;
        joined = false;
      }
    }
  }

  /**
   * Whether [s, e) is the whole value of a record's field: a line, a label's colon, a cell or a
   * bracket before it, and the end of its line, a cell or a bracket after it; not a list in running
   * text ("sons Éamonn, Siobhán and Ciarán").
   */
  private static boolean recordField(String text, int s, int e) {
    int b = s;
    while (b > 0 && text.charAt(b - 1) == ' ') {
      b--;
    }
    int a = e;
    while (a < text.length() && text.charAt(a) == ' ') {
      a++;
    }
    // A run of spaces parts the columns of a table or a transcript ("Okafor, Chinedu   0:03").
    return (b == 0 || s - b >= 2 || "\n:：|\t\"'(".indexOf(text.charAt(b - 1)) >= 0)
        && (a == text.length() || a - e >= 2 || "\r\n|\t\"'()[];".indexOf(text.charAt(a)) >= 0);
  }

  /**
   * "Nordby, Sigrid": a surname, a comma and a given name found apart are one name, as records
   * write it; not a list of given names ("Anna, Ben") nor more than two words after the comma.
   */
  private void surnameCommaGiven(String text, int first, List<Finding> out) {
    List<Finding> persons = personsByStart(first, out);
    if (persons.size() < 2) {
      return;
    }
    for (Finding b : persons) {
      // "Rivera, Marisol" with the given name found alone: a listed surname before its comma.
      int ae = b.start() - 2;
      if (ae > 1 && text.charAt(ae) == ',' && text.charAt(ae + 1) == ' ') {
        int as = Scan.letterRunStart(text, ae);
        String surname = text.substring(as, ae);
        if (as < ae - 1
            && Character.isUpperCase(surname.charAt(0))
            && (as == 0 || !Scan.isLetterOrDigit(text.charAt(as - 1)))
            && names.isListedLast(surname)
            && !names.isFirst(surname)
            && !names.isStopword(surname)
            && !CommonWords.contains(surname.toLowerCase(java.util.Locale.ROOT))
            && b.end() - b.start() <= 24
            && !TableColumns.containsSpace(text, b.start(), b.end())
            && names.isFirst(text.substring(b.start(), b.end()))
            && recordField(text, as, b.end())
            && !PersonCues.cueBefore(text, b.start())
            && !LayoutCues.closingBefore(text, b.start())) {
          // not a closing or a greeting before the name ("Kram, Karin", "Hola, Marta")
          out.add(new Finding(PiiType.PERSON, as, b.end(), b.score()));
        }
      }
    }
    for (int k = 0; k + 1 < persons.size(); k++) {
      Finding a = persons.get(k);
      Finding b = persons.get(k + 1);
      if (b.start() != a.end() + 2
          || text.charAt(a.end()) != ','
          || text.charAt(a.end() + 1) != ' '
          || TableColumns.containsSpace(text, a.start(), a.end())) {
        continue;
      }
      String surname = text.substring(a.start(), a.end());
      String given = text.substring(b.start(), b.end());
      int sp = given.indexOf(' ');
      String firstGiven = sp < 0 ? given : given.substring(0, sp);
      if (given.indexOf(' ', sp + 1) < 0
          && !names.isFirst(surname)
          && !names.isStopword(surname)
          && names.isFirst(firstGiven)
          && recordField(text, a.start(), b.end())) {
        out.add(new Finding(PiiType.PERSON, a.start(), b.end(), Math.max(a.score(), b.score())));
        k++;
      }
    }
  }

  /**
   * "Aurora e Edoardo", "Maite y Koldo": two words that the model joined over "e" or "y" are two
   * names, unless one is a listed surname: those words join surnames too ("Ortega y Gasset", "Sousa
   * e Silva").
   */
  private void splitCoordinated(String text, int from, List<Finding> out) {
    int end = out.size();
    for (int k = from; k < end; k++) {
      Finding f = out.get(k);
      int j = TableColumns.indexIn(text, ' ', f.start(), f.end());
      while (j > 0 && j + 3 < f.end()) {
        char c = text.charAt(j + 1);
        if ((c == 'e' || c == 'y') && text.charAt(j + 2) == ' ') {
          int ls = Scan.letterRunStart(text, j);
          int re = NameWords.wordEnd(text, j + 3);
          String left = text.substring(ls, j);
          String right = text.substring(j + 3, Math.min(re, f.end()));
          if (!names.isListedLast(left) && !names.isListedLast(right)) {
            out.set(k, new Finding(PiiType.PERSON, f.start(), j, f.score()));
            out.add(new Finding(PiiType.PERSON, j + 3, f.end(), f.score())); // at the end: linear
            break;
          }
        }
        j = TableColumns.indexIn(text, ' ', j + 1, f.end());
      }
    }
  }

  /** "z. B.", "d. h.", "u. a.": a lower-case letter and a dot right before the capital's space. */
  private static boolean abbreviationBefore(String text, int c) {
    int i = c - 1;
    if (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i >= 1 && text.charAt(i) == '.' && Character.isLowerCase(text.charAt(i - 1));
  }

  /**
   * "R. Procházka", "H.J. Bosman": initials right before a surname found alone, or before an
   * initial a name opens with, are the name's too. An initial is a capital and a dot after no
   * letter; not the end of an abbreviation ("z. B.").
   */
  private static void withInitials(String text, int first, List<Finding> out) {
    for (int k = first; k < out.size(); k++) {
      Finding f = out.get(k);
      if (f.type() != PiiType.PERSON) {
        continue;
      }
      int b = f.start();
      boolean initialFirst =
          f.end() - b >= 2 && text.charAt(b + 1) == '.' && Character.isUpperCase(text.charAt(b));
      if (!initialFirst && TableColumns.indexIn(text, ' ', b, f.end()) >= 0) {
        continue; // only a surname alone or initials take more: not "U.S. Sarah Thompson"
      }
      // "H.J. Bosman": initials joined to an initial the span opens with, or a space before it.
      int q = b >= 1 && text.charAt(b - 1) == ' ' ? b - 1 : b;
      while (q >= 2
          && text.charAt(q - 1) == '.'
          && Character.isUpperCase(text.charAt(q - 2))
          && (q == 2 || !Character.isLetterOrDigit(text.charAt(q - 3)))
          && !abbreviationBefore(text, q - 2)
          && b - q < 8) {
        q -= 2;
        b = q;
      }
      if (b < f.start()) {
        out.set(k, new Finding(PiiType.PERSON, b, f.end(), f.score()));
      }
    }
  }

  /** The characters of the person findings in {@code out} from {@code first} to {@code to}. */
  static BitSet persons(String text, List<Finding> out, int first, int to) {
    BitSet covered = new BitSet(text.length());
    for (int k = first; k < to; k++) {
      Finding f = out.get(k);
      if (f.type() == PiiType.PERSON) {
        covered.set(f.start(), f.end());
      }
    }
    return covered;
  }

  private static final String[] PATRONYMIC_ENDINGS = {
    "ович", "евич", "ич", "овна", "евна", "ична", "ovich", "evich", "ovna", "evna"
  };

  /** "Смирнова Екатерина" runs on to "Андреевна": a Russian or Ukrainian patronymic after it. */
  private static void withPatronymics(String text, int first, List<Finding> out) {
    int n = text.length();
    for (int k = first; k < out.size(); k++) {
      Finding f = out.get(k);
      int e = f.end();
      if (f.type() != PiiType.PERSON || e + 2 >= n || text.charAt(e) != ' ') {
        continue;
      }
      int we = NameWords.wordEnd(text, e + 1);
      if (we - e < 6 || !Character.isUpperCase(text.charAt(e + 1))) {
        continue;
      }
      String w = text.substring(e + 1, we);
      for (String ending : PATRONYMIC_ENDINGS) {
        if (w.endsWith(ending)) {
          out.set(k, new Finding(PiiType.PERSON, f.start(), we, f.score()));
          break;
        }
      }
    }
  }

  /**
   * Drops what the rules above took for a person that names a thing: a stadium, a firm of two
   * names, a dish or a person of fiction ({@link NamedAfter}).
   */
  private void dropThings(
      String text, int first, List<Finding> out, List<Finding> famous, boolean correspondence) {
    StormNames.Named storms = StormNames.find(text);
    out.subList(first, out.size()).removeIf(f -> StormNames.stormAt(text, f, storms));
    out.subList(first, out.size())
        .removeIf(f -> f.type() == PiiType.PERSON && famous(text, f, famous, correspondence));
    out.subList(first, out.size())
        .removeIf(
            f ->
                f.type() == PiiType.PERSON
                    && (NamedAfter.firmAt(text, f.start(), f.end(), names)
                        || NamedAfter.thingAt(text, f.start(), f.end())
                        || NamedAfter.placeTeamOrNoun(text, f.start(), f.end(), names)
                        || NamedAfter.fixtureAt(text, f.start(), f.end())
                        || LaterMentions.legalFormAfter(text, f.end())
                        || teamAt(text, f.start(), f.end())));
  }

  /**
   * Whether the span is a famous name's, which it then adds to {@code famous}. Not where the text
   * speaks to or for the person: after a cue ("Dear", "From:"), under a closing ("Cheers,") or with
   * an e-mail address on the line; a private person may bear a famous name.
   */
  private boolean famous(String text, Finding f, List<Finding> famous, boolean correspondence) {
    int e = f.end();
    if (e - f.start() > 4 && ChatTurns.possessive(text, e - 2)) {
      e -= 2; // "Wayne Rooney's record"
    }
    if (NamedAfter.famousAt(text, f.start(), e)
        && !LayoutCues.closingBefore(text, f.start())
        && !PublicFigures.addressed(text, f.start())
        && !atOnTheLine(text, f.start(), f.end())
        && !(correspondence && commonPrivateName(text, f.start(), f.end()))) {
      famous.add(f);
      return true;
    }
    return false;
  }

  /**
   * Whether the span is a listed given name and a listed surname ("Thomas Mann", "Martin Schulz"):
   * a name many private people bear besides the famous one.
   */
  private boolean commonPrivateName(String text, int s, int e) {
    int sp = TableColumns.indexIn(text, ' ', s, e);
    if (sp <= s) {
      return false;
    }
    int last = e - 1;
    while (text.charAt(last) != ' ') {
      last--; // stops at sp at the latest
    }
    return names.isFirst(text.substring(s, sp)) && names.isListedLast(text.substring(last + 1, e));
  }

  /** Whether the line of the span holds an "@" (at most 200 characters each side). */
  private static boolean atOnTheLine(String text, int s, int e) {
    for (int i = s - 1; i >= Math.max(0, s - 200) && text.charAt(i) != '\n'; i--) {
      if (text.charAt(i) == '@') {
        return true;
      }
    }
    for (int i = e; i < Math.min(text.length(), e + 200) && text.charAt(i) != '\n'; i++) {
      if (text.charAt(i) == '@') {
        return true;
      }
    }
    return false;
  }

  /** Words after a name that make it a team's or a desk's: "Northwind Support", "Ops Team". */
  private static final Set<String> TEAM_WORDS =
      Set.of("Support", "Team", "Helpdesk", "Desk", "Operations", "Payable", "Receivable", "Sales");

  /**
   * "To: Northwind Support", "[09:10] Sicherheitsteam: ...": a span followed by a word of a team,
   * or one word ending in "team" (compounds of German, Dutch and the Nordic languages).
   */
  private static boolean teamAt(String text, int s, int e) {
    if (e - s > 6
        && text.regionMatches(true, e - 4, "team", 0, 4)
        && TableColumns.indexIn(text, ' ', s, e) < 0
        && Character.isLowerCase(text.charAt(e - 4))) {
      return true;
    }
    if (e + 2 >= text.length() || text.charAt(e) != ' ') {
      return false;
    }
    int we = NameWords.wordEnd(text, e + 1);
    return TEAM_WORDS.contains(text.substring(e + 1, we));
  }

  /**
   * A listed name in capitals right after a cue; the cue is checked first only for short words in
   * capitals.
   */
  private boolean capitalsAfterCue(String text, int s, int e) {
    if (e - s < 3 || e - s > 20 || Character.isLowerCase(text.charAt(s + 1))) {
      return false;
    }
    return PersonCues.cueBefore(text, s) && names.listedInCapitals(text, s, e);
  }

  /**
   * "J. Smith", "J. de Boer" after a cue: the initial and the surname. Without a cue, two initials
   * ("J. R. Whitfield"), a particle ("M. de Vries") or a listed surname ("A. Nowak") make it a
   * name.
   */
  private int initialMatch(String text, int s, int e) {
    int n = text.length();
    int q = e + 2;
    boolean strong = false;
    if (q + 2 < n
        && Character.isUpperCase(text.charAt(q))
        && text.charAt(q + 1) == '.'
        && text.charAt(q + 2) == ' ') {
      q += 3; // a second initial
      strong = true;
    }
    int we = NameWords.wordEnd(text, q);
    if (we > q
        && Character.isLowerCase(text.charAt(q))
        && NameWords.PARTICLES.contains(text.substring(q, we))
        && we + 1 < n
        && text.charAt(we) == ' ') {
      q = we + 1;
      we = NameWords.wordEnd(text, q);
      strong = true;
    }
    if (we - q < 2
        || !Character.isUpperCase(text.charAt(q))
        || !NameWords.nameShaped(text, q, we)
        || names.isStopword(text.substring(q, we))) {
      return -1;
    }
    boolean surname = names.isListedLast(text.substring(q, we));
    if (!(strong || surname || PersonCues.cueBefore(text, s))) {
      return -1;
    }
    // "M. Hugo Lemaire": the initial is a title before a whole name; take the surnames after it.
    return firstName(text.substring(q, we)) ? Math.max(we, surnames(text, we, true).end()) : we;
  }

  /** End of the person span starting at the capitalised word [s, e), or -1. */
  private int match(String text, int s, int e) {
    String word = text.substring(s, e);
    if (word.length() > 5
        && word.endsWith("s")
        && (word.charAt(word.length() - 2) == '\'' || word.charAt(word.length() - 2) == '’')) {
      // "Tomasz's dog": a listed given name that is no English word, before a possessive.
      String base = word.substring(0, word.length() - 2);
      boolean free = NameWords.freeBefore(text, s) || Scan.sentenceStart(text, s);
      if (PersonCues.cueBefore(text, s)) {
        return e - 2; // "Uncle Emeka's number"
      }
      return free
              && names.isFirst(base)
              && !CommonWords.contains(base)
              && !ProductNames.BRANDS.contains(base)
          ? e - 2
          : -1;
    }
    if (NameShapes.VIETNAMESE_FAMILIES.contains(word)) {
      int v = NameShapes.vietnameseAt(text, s);
      if (v > 0) {
        return v; // "Nguyen Van An", "Pham, Van Duc": family name, middle name, given name
      }
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (e - s <= 9 && NameWords.HONORIFICS.contains(lower)) {
      return -1;
    }
    boolean capitals = !NameWords.nameShaped(text, s, e);
    if (capitals) {
      // Names in capitals only where a cue says a name follows ("Name: GARCIA, MARIA").
      if (!PersonCues.cueBefore(text, s)) {
        return -1;
      }
      word = NameWords.titleCase(word);
    }
    boolean stop = names.isLowerStopword(lower);
    if (stop && !names.isAmbiguousFirst(word)) {
      return -1;
    }
    boolean cue =
        NameWords.withTitle(text, s, e) < s
            || PersonCues.cueBefore(text, s)
            || LayoutCues.closingBefore(text, s)
            || layout.addresseeLine(text, s)
            || LayoutCues.chatSpeaker(text, s);
    if (stop && !cue && !nextIsListedLast(text, e)) {
      return -1;
    }
    if (!cue && ProductNames.BRANDS.contains(word)) {
      return -1; // "Dell Latitude", "Ford Transit": a maker and a model
    }
    boolean first =
        firstName(word)
            || (names.isAmbiguousFirst(word) && nextIsListedLast(text, e))
            || (!stop
                && !capitals
                && NameWords.plausibleSurname(word)
                && !NameWords.nounShaped(word)
                && !CommonWords.contains(word) // "Proposed Sethi", "Den Haag", "Mile End"
                && !NameWords.articleBefore(text, s)
                && surnameNext(text, e));
    if (!cue && !first) {
      // A rare word (no common English word, no listed name) that does what people do: "Aigerim
      // paged the on-call", "Bongani disagreed".
      if (!stop
          && !capitals
          && e - s >= 3
          && lettersOrHyphens(word)
          && PersonCues.humanVerbAfter(text, e)
          && !CommonWords.contains(word)
          && (s == 0
              || text.charAt(s - 1) == '\n'
              || NameWords.freeBefore(text, s)
              || Scan.sentenceStart(text, s)
              || quoteClosedBefore(text, s))
          && !NameWords.articleBefore(text, s)) {
        return e;
      }
      // "Kovács Bence", "Takahashi Yuki": a listed surname before a listed given name, the order of
      // Hungarian, East Asian and official lists.
      if (!stop && !capitals && names.isListedLast(word) && !CommonWords.contains(word)) {
        int given = givenNameAfter(text, e);
        if (given > 0) {
          return given;
        }
      }
      // "belonging to Priyanka Venkataraman", "organised by Huang Jiaxin": two rare words after a
      // word that takes a person.
      int pair = stop || capitals ? -1 : rarePairEnd(text, s, e, word);
      if (pair > 0) {
        return pair;
      }
      // "pisz do Michała", "Sannan ryhmä": a given name in a short case ending, standing alone.
      if (!stop && !capitals && NameWords.standsAlone(text, s, e) && inflectedFirst(word, true)) {
        return e;
      }
      return -1;
    }
    return spanEnd(text, s, e, word, cue, surnames(text, e, cue));
  }

  /**
   * The words after a first word that belong to the name: where they end, how many, whether one is
   * a listed name.
   */
  private record Surnames(int end, int tokens, boolean sawLast) {}

  /**
   * Extends a name over surname tokens: capitalised words, initials, particles before a capitalised
   * word.
   */
  private Surnames surnames(String text, int e, boolean cue) {
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
      int we = NameWords.wordEnd(text, q);
      String next = text.substring(q, we);
      if (Character.isUpperCase(c) && we - q == 1 && we < text.length() && text.charAt(we) == '.') {
        p = we + 1; // middle initial "F."
        continue;
      }
      int particles = particlesEnd(text, q, we);
      if (particles >= 0) {
        p = particles;
        continue;
      }
      boolean inCapitals =
          Character.isUpperCase(c)
              && !NameWords.nameShaped(text, q, we)
              && names.listedInCapitals(text, q, we);
      if (inCapitals) {
        next = NameWords.titleCase(next);
      }
      if (Character.isUpperCase(c)
          && NameWords.nameShaped(text, q, we)
          && names.isStopword(next)
          && tokens >= 1
          && names.isListedLast(next)
          && !(we + 1 < text.length()
              && text.charAt(we) == ' '
              && Character.isUpperCase(text.charAt(we + 1)))) {
        end =
            we; // "Linda Park": a surname that is a word too, closing the name ("Park Avenue" goes
        // on)
        tokens++;
        break;
      }
      if (!Character.isUpperCase(c)
          || !(NameWords.nameShaped(text, q, we) || inCapitals)
          || names.isStopword(next)) {
        break;
      }
      boolean listed = names.isLast(next) || names.isFirst(next);
      if (!cue && !listed && !NameWords.plausibleSurname(next)) {
        break;
      }
      end = we;
      p = we;
      tokens++;
      sawLast |= listed;
    }
    return new Surnames(end, tokens, sawLast);
  }

  /**
   * Where one or two particles at [q, we) before a capitalised word end ("van Berg", "van den
   * Berg", "de la Cruz", "von der Leyen"), or -1.
   */
  private int particlesEnd(String text, int q, int we) {
    String w = text.substring(q, we);
    boolean particle =
        Character.isLowerCase(text.charAt(q))
            ? NameWords.PARTICLES.contains(w)
            : GAELIC.contains(w);
    if (!particle || we + 1 >= text.length() || text.charAt(we) != ' ') {
      return -1;
    }
    if (Character.isUpperCase(text.charAt(we + 1))) {
      return w.equals("y") && startsAFirstName(text, we + 1) ? -1 : we;
    }
    // Dutch "van 't Hof": the article's apostrophe opens no word of its own.
    int we2 =
        text.startsWith("'t", we + 1) || text.startsWith("’t", we + 1)
            ? we + 3
            : NameWords.wordEnd(text, we + 1);
    if (we2 > we + 1
        && NameWords.PARTICLES.contains(text.substring(we + 1, we2))
        && we2 + 1 < text.length()
        && text.charAt(we2) == ' '
        && Character.isUpperCase(text.charAt(we2 + 1))) {
      return we2;
    }
    return -1;
  }

  /**
   * The word at {@code q} is a first name and no surname: "Diego Fuentes y Irene Molina" joins two
   * people, "Ortega y Gasset" one surname.
   */
  private boolean startsAFirstName(String text, int q) {
    String w = text.substring(q, NameWords.wordEnd(text, q));
    return names.isFirst(w) && !names.isListedLast(w);
  }

  /**
   * Irish and Scottish particles written with a capital: "Ó Ceallaigh", "Nic Aodha", "Ní Riain".
   */
  private static final Set<String> GAELIC = Set.of("Ó", "Ní", "Nic", "Ua", "Mac", "Mhic", "Uí");

  /**
   * Where a name of first word [s, e) and these surnames ends, or -1: a first name alone needs more
   * evidence.
   */
  private int spanEnd(String text, int s, int e, String word, boolean cue, Surnames surnames) {
    if (cue && surnames.tokens() == 1) {
      return lastCommaFirst(text, s, surnames.end());
    }
    if (!cue && surnames.tokens() == 1) {
      // A first name alone is too often a word, unless a verb takes it or it is paired with
      // another.
      // A listed first name that is no English word ("Tomasz", "Dariusz") is one wherever it
      // stands; one that is ("Will", "Grace") needs a verb that takes a person, or a partner.
      return (names.isFirst(word) || inflectedFirst(word, false))
              && (PersonCues.personVerbBefore(text, s)
                  || pairedWithFirstName(text, s, e)
                  || (PersonCues.humanVerbAfter(text, e)
                      && !(CommonWords.contains(word)
                          && lineOrSentenceStart(text, s)
                          && !(listedNotWord(word) && !inLowerCase(text, word, s))))
                  || (NameWords.standsAlone(text, s, e) && !CommonWords.contains(word)))
          ? e
          : -1;
    }
    if (!cue && !surnames.sawLast() && names.isAmbiguousFirst(word)) {
      return -1;
    }
    return surnames.end();
  }

  /**
   * A listed given name that the lists do not mark as a word too ("Emilia", "Oskar", not "Will" or
   * "May"): the English vocabulary holds many given names, so it alone does not make one a word;
   * the text using it in lower case does ("Said said ...").
   */
  private boolean listedNotWord(String word) {
    return names.isFirst(word) && !names.isAmbiguousFirst(word) && !names.isStopword(word);
  }

  /** Whether the text near {@code at} also uses the word in lower case ("Said ... said"). */
  private static boolean inLowerCase(String text, String word, int at) {
    String lower = word.toLowerCase(Locale.ROOT);
    // Within a thousand characters of the word: long texts are not read again for each name.
    int from = Math.max(0, at - 1000);
    int limit = Math.min(text.length(), at + 1000);
    for (int i = Scan.indexOf(text, lower, from, limit);
        i >= 0;
        i = Scan.indexOf(text, lower, i + 1, limit)) {
      int e = i + lower.length();
      if ((i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && (e >= text.length() || !Character.isLetter(text.charAt(e)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "GARCIA, MARIA", "Müller, Hans": a surname after a cue, then a comma and a listed first name.
   */
  private int lastCommaFirst(String text, int start, int end) {
    int q = end + 2;
    if (q >= text.length()
        || text.charAt(end) != ','
        || text.charAt(end + 1) != ' '
        || !PersonCues.afterFieldLabel(text, start)) {
      return end;
    }
    int we = NameWords.wordEnd(text, q);
    if (we - q < 2 || !Character.isUpperCase(text.charAt(q))) {
      return end;
    }
    String w = text.substring(q, we);
    if (!NameWords.nameShaped(text, q, we)) {
      w = NameWords.titleCase(w);
    }
    boolean fullNameFollows =
        we + 1 < text.length()
            && text.charAt(we) == ' '
            && Character.isUpperCase(text.charAt(we + 1));
    return names.isFirst(w) && !names.isStopword(w) && !fullNameFollows ? we : end;
  }

  /** A double-barrelled surname of two listed ones: "Dupont-Aignan", "Rivera-Salgado". */
  private boolean listedHalves(String word) {
    int h = word.indexOf('-');
    return h > 1
        && h < word.length() - 2
        && names.isListedLast(word.substring(0, h))
        && names.isListedLast(word.substring(h + 1));
  }

  /** "Karl Johans gate", "Thorvald Meyers gate 55": a street named after a person. */
  private static boolean streetWordAfter(String text, int end) {
    if (end + 3 >= text.length() || text.charAt(end) != ' ') {
      return false;
    }
    int we = NameWords.wordEnd(text, end + 1);
    return we > end + 1
        && StreetShapes.SPACED_TYPES.contains(text.substring(end + 1, we).toLowerCase(Locale.ROOT));
  }

  /** A listed first name, or two joined by a hyphen ("Jörg-Peter", "Anne-Sophie"). */
  private boolean firstName(String word) {
    if (names.isFirst(word)) {
      return true;
    }
    if (inflectedFirst(word, false)) {
      return true;
    }
    int h = word.indexOf('-');
    return h > 1
        && h < word.length() - 2
        && names.isFirst(word.substring(0, h))
        && names.isFirst(word.substring(h + 1));
  }

  /**
   * The next word is a surname by the lists or by its shape ("Federica Lombardi", "Þórunn
   * Guðmundsdóttir", "Ștefan Bălănescu"), not a common word: the word before it starts a name.
   */
  private boolean surnameNext(String text, int e) {
    if (e + 1 >= text.length() || text.charAt(e) != ' ') {
      return false;
    }
    int q = e + 1;
    int we = NameWords.wordEnd(text, q);
    if (we - q < 3
        || !Character.isUpperCase(text.charAt(q))
        || !NameWords.nameShaped(text, q, we)) {
      return false;
    }
    String next = text.substring(q, we);
    // A listed first name next is more likely the start of the name than its end
    // ("Firmaron Lucas Romero").
    return !names.isStopword(next)
        && !ProductNames.BRANDS.contains(next)
        && (NameWords.surnameShaped(next)
            || names.isListedLast(next) && !names.isFirst(next)
            || listedHalves(next));
  }

  /** The end of a listed given name (no common English word) right after [.., e), or -1. */
  private int givenNameAfter(String text, int e) {
    if (e + 1 >= text.length()
        || text.charAt(e) != ' '
        || !Character.isUpperCase(text.charAt(e + 1))) {
      return -1;
    }
    int we = NameWords.wordEnd(text, e + 1);
    String w = text.substring(e + 1, we);
    return we - e - 1 >= 3
            && NameWords.nameShaped(text, e + 1, we)
            && names.isFirst(w)
            && !CommonWords.contains(w)
        ? we
        : -1;
  }

  private boolean nextIsListedLast(String text, int e) {
    if (e + 1 >= text.length() || text.charAt(e) != ' ') {
      return false;
    }
    int we = NameWords.wordEnd(text, e + 1);
    return we > e + 1 && names.isLast(text.substring(e + 1, we));
  }

  /** Conjunctions joining two names: "Priya and Tom". */
  private static final Set<String> AND =
      Set.of(
          "and", "und", "et", "y", "e", "en", "&", "or", "oder", "ou", "o", "ja", "og", "och", "i",
          "és", "ve", "și", "a", "an", "ili", "lub", "eller", "tai");

  /** "Priya and Tom": another listed first name joined to this one by a conjunction. */
  private boolean pairedWithFirstName(String text, int s, int e) {
    return paired(text, s, e, false);
  }

  /**
   * Joined by a conjunction to another name: a listed given name always; when {@code strict} is
   * false, also a rare capitalised word, if nothing before this word makes it part of a thing
   * ("Crêpes Suzette or Pavlova").
   */
  private boolean paired(String text, int s, int e, boolean strict) {
    // Next: " and Tom"
    if (e + 1 < text.length() && text.charAt(e) == ' ') {
      int ae = e + 1;
      while (ae < text.length() && ae - e < 6 && text.charAt(ae) != ' ') {
        ae++;
      }
      if (ae + 1 < text.length()
          && AND.contains(text.substring(e + 1, ae).toLowerCase(Locale.ROOT))) {
        int we = NameWords.wordEnd(text, ae + 1);
        String partner = we > ae + 1 ? text.substring(ae + 1, we) : "";
        if (we > ae + 1
            && (names.isFirst(partner)
                || (!strict && partnerName(partner) && NameWords.freeBefore(text, s)))
            && !Context.wordCharAt(text, we)) {
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
    if (ab < 2
        || !AND.contains(text.substring(ab, p).toLowerCase(Locale.ROOT))
        || text.charAt(ab - 1) != ' ') {
      return false;
    }
    int we = ab - 1;
    int wb = we;
    while (wb > 0 && we - wb < 20 && Character.isLetter(text.charAt(wb - 1))) {
      wb--;
    }
    String partner = wb < we ? text.substring(wb, we) : "";
    return wb < we
        && (wb == 0 || !Character.isLetterOrDigit(text.charAt(wb - 1)))
        && (names.isFirst(partner) || (!strict && partnerName(partner)));
  }

  /**
   * A listed first name, or a capitalised word that is no English word ("Sreeja and Venkatesh").
   */
  private boolean partnerName(String w) {
    return names.isFirst(w)
        || (w.length() >= 3
            && w.chars().allMatch(Character::isLetter)
            && Character.isUpperCase(w.charAt(0))
            && Character.isLowerCase(w.charAt(w.length() - 1))
            && !names.isStopword(w)
            && !CommonWords.contains(w));
  }

  /**
   * A listed given name in another case ("Grzegorzowi", "Michała", "Ainolle"), the word itself no
   * common English word and no stopword.
   */
  private boolean inflectedFirst(String word, boolean shortEndings) {
    if (word.length() < 4
        || !NameWords.hasCaseEnding(word, shortEndings)
        || names.isStopword(word)
        || CommonWords.contains(word)) {
      return false;
    }
    for (String base : NameWords.baseForms(word, shortEndings)) {
      if (names.isFirst(base) && !CommonWords.contains(base)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words after which two capitalised words are a person more often than a thing: "filed by", "a
   * meeting with", "organised by Huang Jiaxin and" (not "to": "flew to Addis Ababa").
   */
  private static final Set<String> PAIR_CUES =
      Set.of(
          "by",
          "with",
          "to",
          "and",
          "between",
          "told",
          "asked",
          "met",
          "thanked",
          "con",
          "por",
          "avec",
          "par",
          "door",
          "med",
          "pelo",
          "pela",
          "said",
          "says",
          "thank",
          "thanks",
          "including",
          "invited",
          "contact",
          "dla",
          "para",
          "participaram",
          "participaron");

  /**
   * The end of a person named by two capitalised words [s, e) and the next, both rare (no common
   * English word, no listed word, no brand) after a word of {@link #PAIR_CUES}, or -1. A third
   * capitalised word makes it an organisation or a place ("Georg Fischer Piping Systems").
   */
  private int rarePairEnd(String text, int s, int e, String word) {
    if (s < 2 || text.charAt(s - 1) != ' ') {
      return -1;
    }
    int b = Scan.letterRunStart(text, s - 1);
    if (b == s - 1
        || (b > 0 && Scan.isLetterOrDigit(text.charAt(b - 1)))
        || !PAIR_CUES.contains(text.substring(b, s - 1))
        || !rareWord(word)
        || (text.startsWith("to", b) && b + 2 == s - 1 && travelBefore(text, b))) {
      return -1;
    }
    int q = e + 1;
    if (q >= text.length() || text.charAt(e) != ' ' || !Character.isUpperCase(text.charAt(q))) {
      return -1;
    }
    int qe = NameWords.wordEnd(text, q);
    if (!NameWords.nameShaped(text, q, qe) || !rareWord(text.substring(q, qe))) {
      return -1;
    }
    if (qe + 1 < text.length()
        && text.charAt(qe) == ' '
        && Character.isUpperCase(text.charAt(qe + 1))) {
      return -1;
    }
    return qe;
  }

  /** Words before "to" that go to a place: "flew to Addis Ababa", "moved to Canary Wharf". */
  private static final Set<String> TRAVEL =
      Set.of(
          "fly",
          "flew",
          "flown",
          "flying",
          "drive",
          "drove",
          "driving",
          "travel",
          "travelled",
          "traveled",
          "move",
          "moved",
          "moving",
          "go",
          "goes",
          "went",
          "going",
          "trip",
          "back",
          "way",
          "return",
          "returned",
          "train",
          "bus",
          "route",
          "welcome",
          "then",
          "sail",
          "sailed",
          "walk",
          "walked",
          "ride",
          "rode",
          "relocated",
          "emigrated",
          "headed",
          "bound");

  private static boolean travelBefore(String text, int b) {
    int e = b - 1;
    if (e < 1 || text.charAt(e) != ' ') {
      return false;
    }
    return TRAVEL.contains(
        text.substring(Scan.letterRunStart(text, e), e).toLowerCase(Locale.ROOT));
  }

  /** A word no list knows as a word: no common English word, no stop word, no brand. */
  private boolean rareWord(String w) {
    return w.length() >= 3
        && lettersOrHyphens(w)
        && !CommonWords.contains(w)
        && !names.isLowerStopword(w.toLowerCase(Locale.ROOT))
        && !ProductNames.BRANDS.contains(w);
  }

  /** After the close of a quotation: "'I'd given up on it,' McCloskey said". */
  private static boolean quoteClosedBefore(String text, int s) {
    return s >= 3
        && text.charAt(s - 1) == ' '
        && "\"'”’»".indexOf(text.charAt(s - 2)) >= 0
        && ",.!?".indexOf(text.charAt(s - 3)) >= 0;
  }

  private static boolean lineOrSentenceStart(String text, int s) {
    return s == 0 || Scan.sentenceStart(text, s) || text.charAt(s - 1) == '\n';
  }

  private static boolean lettersOrHyphens(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) && c != '-') {
        return false;
      }
    }
    return true;
  }
}
