package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People the news and history speak of, who are no private persons: a name right after a public
 * office ("Prime Minister Keir Starmer", "Bundeskanzler Olaf Scholz", "Maliye Bakanı Mehmet
 * Şimşek"), a name of {@code pii/public-figures.txt} (read with the other famous names by {@link
 * NamedAfter}), and the surname alone in a text that named such a person in full before ("Macron
 * said").
 *
 * <p>The offices are those a private person does not hold: heads of state and government,
 * ministers, senators, governors and mayors. "President" counts only capitalised, without an
 * article or a word of a firm, club or school before it ("the president Maria Kowalski", "Vice
 * President Jane Doe", "PTA President"). Monarchs and popes are left to the list: "King", "Kaiser"
 * and "König" are surnames too. The surname alone is dropped only after the full name, and not
 * where a name still found holds it too ("Anna Abbott").
 */
final class PublicFigures {

  private PublicFigures() {}

  /** Offices, in lower case, of the word right before a name. */
  private static final Set<String> OFFICES =
      Set.of(
          // English
          "minister",
          "chancellor",
          "senator",
          "sen.",
          "congressman",
          "congresswoman",
          "governor",
          "mayor",
          "premier",
          "taoiseach",
          "tánaiste",
          "ayatollah",
          // German
          "bundeskanzler",
          "bundeskanzlerin",
          "kanzler",
          "kanzlerin",
          "bundespräsident",
          "bundespräsidentin",
          "ministerpräsident",
          "ministerpräsidentin",
          "bundesminister",
          "bundesministerin",
          "ministerin",
          "bürgermeister",
          "bürgermeisterin",
          // French, Spanish, Italian, Portuguese
          "ministre",
          "ministro",
          "ministra",
          "premier-ministre",
          "primeiro-ministro",
          "primeira-ministra",
          "maire",
          "alcalde",
          "alcaldesa",
          "sindaco",
          "prefeito",
          "prefeita",
          // Dutch, Nordic, Finnish
          "minister-president",
          "burgemeester",
          "statsminister",
          "statsministeren",
          "statsministern",
          "pääministeri",
          "presidentti",
          // Polish, Czech, Slovak, Romanian, Hungarian, Turkish, Greek in Latin script
          "prezydent",
          "prezident",
          "premiér",
          "ministr",
          "ministrul",
          "premierul",
          "președintele",
          "presedintele",
          "miniszterelnök",
          "cumhurbaşkanı",
          "başbakan",
          "bakanı",
          "bakan",
          "prothypourgos");

  /**
   * Offices that are also other words in lower case: Turkish "bakan" (who looks after), a school's
   * "governor".
   */
  private static final Set<String> CAPITALISED_ONLY = Set.of("bakan", "bakanı", "governor");

  /** Words before "President" of a firm, a club or a school: "Vice", "Club", "PTA". */
  private static final Set<String> NOT_OF_A_STATE =
      Set.of(
          "vice",
          "club",
          "board",
          "pta",
          "company",
          "society",
          "association",
          "union",
          "league",
          "student",
          "students",
          "college",
          "university",
          "senior",
          "executive",
          "regional",
          "chapter",
          "branch",
          "division",
          "committee",
          "team",
          "parish",
          "group",
          "area");

  /** "President" and its forms: an office only capitalised and with no article before it. */
  private static final Set<String> PRESIDENT =
      Set.of("president", "presidente", "président", "presidenta", "präsident", "präsidentin");

  /** Articles and possessives before a president of a club or a firm: "the", "il", "unser". */
  private static final Set<String> ARTICLES =
      Set.of(
          "the", "our", "their", "its", "his", "her", "a", "an", "il", "la", "el", "le", "lo", "o",
          "der", "die", "den", "dem", "des", "unser", "unsere", "de", "het", "du", "del", "do",
          "da", "della", "nostro", "nuestro", "notre", "vår", "vores");

  /** Whether a public office stands right before {@code s}: "Minister Anna ...", "Kanzler Olaf". */
  static boolean officeBefore(String text, int s) {
    if (s < 2 || text.charAt(s - 1) != ' ') {
      return false;
    }
    int we = s - 1;
    int ws = wordStart(text, we);
    if (ws == we) {
      return false;
    }
    String word = text.substring(ws, we).toLowerCase(Locale.ROOT);
    if (OFFICES.contains(word)) {
      return !CAPITALISED_ONLY.contains(word) || Character.isUpperCase(text.charAt(ws));
    }
    if (!PRESIDENT.contains(word) || !Character.isUpperCase(text.charAt(ws))) {
      return false;
    }
    if (ws < 2 || text.charAt(ws - 1) != ' ') {
      return true;
    }
    int ps = wordStart(text, ws - 1);
    String before = text.substring(ps, ws - 1).toLowerCase(Locale.ROOT);
    return !ARTICLES.contains(before) && !NOT_OF_A_STATE.contains(before);
  }

  /**
   * Whether an office stands before the span or opens it: the span may hold the title ("President
   * Emmanuel Macron") as it holds "Dr." or "Frau".
   */
  private static boolean officeAt(String text, int s, int e) {
    if (officeBefore(text, s)) {
      return true;
    }
    int space = TableColumns.indexIn(text, ' ', s, e);
    return space > s && officeBefore(text, space + 1);
  }

  /** Where the word of letters, hyphens and dots that ends at {@code e} starts. */
  private static int wordStart(String text, int e) {
    int b = e;
    while (b > 0 && b > e - 40) {
      char c = text.charAt(b - 1);
      if (!Character.isLetter(c) && c != '-' && c != '.') {
        break;
      }
      b--;
    }
    return b;
  }

  /**
   * Drops, from {@code out[first..]}, the names after a public office and, once such a name or a
   * listed public figure was named in full, each later span of one word that is its surname. {@code
   * famous} are the spans already dropped as famous names, whose surnames count too.
   */
  static void drop(
      String text, int first, List<Finding> out, List<Finding> famous, boolean correspondence) {
    boolean history =
        !correspondence
            && out.subList(first, out.size()).stream().anyMatch(f -> f.type() == PiiType.PERSON)
            && historyWithoutContacts(text, out, first);
    dropPersons(text, first, out, famous, correspondence, history);
  }

  /** The year a birth date before which a person is taken for one of history, not a private one. */
  private static final int OLD_BIRTH = 1925;

  /**
   * The earliest year read so: a Hijri or a Persian year (1408, 1366) is a later birth of another
   * calendar.
   */
  private static final int OLDEST_BIRTH = 1500;

  /**
   * Words of the family an obituary, a birthday's news or a family's story names, in lower case: a
   * private person's sons, daughters, grandchildren and grandparents, not history's.
   */
  private static final List<String> SURVIVORS =
      List.of(
          "survived by",
          "predeceased",
          "sons",
          "daughters",
          "daughter-in-law",
          "son-in-law",
          "grandchildren",
          "great-grandchildren",
          "ses enfants",
          "petits-enfants",
          "obsèques",
          "seine kinder",
          "enkel",
          "enkelkinder",
          "beerdigung",
          "trauerfeier",
          "sus hijos",
          "nietos",
          "seus filhos",
          "netos",
          "kinderen",
          "kleinkinderen",
          "barnbarn",
          "børnebørn",
          "barnebarn",
          "lapsenlapset",
          "perheineen",
          "kaivaten",
          "wnuki",
          "pogrzeb",
          "hiníon",
          "garmhac",
          "clann",
          "grandpa",
          "grandma",
          "grandfather",
          "grandmother",
          "granny",
          "opa",
          "oma",
          "großvater",
          "großmutter",
          "abuelo",
          "abuela",
          "avô",
          "avó",
          "nonno",
          "nonna",
          "babcia",
          "dziadek",
          "mormor",
          "morfar",
          "farmor",
          "farfar",
          "mamie",
          "papi",
          "grand-mère",
          "grand-père",
          "bunica",
          "bunicul",
          "nagymama",
          "nagypapa",
          "бабушка",
          "дедушка",
          "бабуся",
          "дідусь",
          "mummo",
          "ukki");

  /**
   * Whether a field's label stands right before {@code s}: a colon, a tab or a cell's bar ("Date of
   * birth: 12.03.1931"), a record's value rather than a story's.
   */
  private static boolean fieldValue(String text, int s) {
    int b = s;
    while (b > 0 && text.charAt(b - 1) == ' ' && s - b < 8) {
      b--;
    }
    return b > 0 && ":：\t|,;=\"".indexOf(text.charAt(b - 1)) >= 0;
  }

  /** The first run of four digits of any script in [s, e) as a year, or -1. */
  static int yearIn(String text, int s, int e) {
    for (int i = s; i + 4 <= e; i++) {
      if (Character.isDigit(text.charAt(i)) && (i == s || !Character.isDigit(text.charAt(i - 1)))) {
        int j = i;
        int value = 0;
        while (j < e && Character.isDigit(text.charAt(j))) {
          value = value * 10 + Character.digit(text.charAt(j), 10);
          j++;
        }
        if (j - i == 4) {
          return value;
        }
        i = j;
      }
    }
    return -1;
  }

  private static void dropPersons(
      String text,
      int first,
      List<Finding> out,
      List<Finding> famous,
      boolean correspondence,
      boolean history) {
    Map<String, Integer> surnames = new HashMap<>(); // surname -> where it was first named in full
    for (Finding f : famous) {
      addSurname(text, f, surnames);
    }
    List<Finding> mine = out.subList(first, out.size());
    // The report's tests scan the whole text: only where a person is left to drop.
    boolean match =
        !correspondence
            && mine.stream().anyMatch(f -> f.type() == PiiType.PERSON)
            && (matchReport(text) || famous.size() >= 2 && wordsOfSport(text) >= 2 || history);
    Set<String> historical = new HashSet<>(); // names given life dates before 1900, folded
    Set<Integer> historicalStarts = new HashSet<>(); // where such a name or a mention of it starts
    mine.removeIf(
        f -> {
          if (f.type() != PiiType.PERSON) {
            return false;
          }
          boolean old = lifeDatesBefore1900(text, f.end());
          if (old) {
            historical.add(FamousNames.fold(text.substring(f.start(), f.end())));
            historicalStarts.add(f.start());
          }
          if (old || officeAt(text, f.start(), f.end()) || (match && !addressed(text, f.start()))) {
            addSurname(text, f, surnames);
            return true;
          }
          return false;
        });
    if (!historical.isEmpty()) {
      // Its later mentions, and a given name the rules found apart ("Milan" of "Milan Rastislav
      // Štefánik (1880–1919)").
      for (Finding f : mine) {
        if (f.type() == PiiType.PERSON
            && historical.contains(FamousNames.fold(text.substring(f.start(), f.end())))) {
          historicalStarts.add(f.start());
        }
      }
      mine.removeIf(
          f ->
              f.type() == PiiType.PERSON
                  && (historicalStarts.contains(f.start())
                      || f.end() + 1 < text.length()
                          && text.charAt(f.end()) == ' '
                          && historicalStarts.contains(f.end() + 1)));
    }
    if (surnames.isEmpty()) {
      return;
    }
    // A surname that a name still found holds too is a private person's as well ("Anna Abbott").
    for (Finding f : mine) {
      int sp = TableColumns.indexIn(text, ' ', f.start(), f.end());
      if (f.type() == PiiType.PERSON && sp > 0) {
        surnames.remove(lastWord(text, f));
      }
    }
    mine.removeIf(
        f -> {
          if (f.type() != PiiType.PERSON) {
            return false;
          }
          Integer named = surnames.get(oneWord(text, f.start(), f.end()));
          return named != null && named < f.start();
        });
  }

  /**
   * Life dates right after a name, the first year before 1900: "(1880–1919)", "(1848-1876)". A
   * living person's are later, and an obituary's keep the name ("(1938–2024)").
   */
  private static final Pattern LIFE_DATES =
      Pattern.compile("\\s?\\((?:1[0-8][0-9]{2})\\s?[–—-]\\s?(?:1[0-9]{3}|20[0-9]{2})\\)");

  private static boolean lifeDatesBefore1900(String text, int e) {
    return e + 11 <= text.length()
        && (text.charAt(e) == '(' || e + 12 <= text.length() && text.charAt(e + 1) == '(')
        && LIFE_DATES.matcher(text).region(e, Math.min(text.length(), e + 16)).lookingAt();
  }

  /** Professional leagues and cups, as they are written: their players are public figures. */
  private static final List<String> COMPETITIONS =
      List.of(
          "Bundesliga",
          "Premier League",
          "Champions League",
          "Europa League",
          "Conference League",
          "LaLiga",
          "La Liga",
          "Serie A",
          "Ligue 1",
          "Eredivisie",
          "Allsvenskan",
          "Eliteserien",
          "Superligaen",
          "Veikkausliiga",
          "Süper Lig",
          "Ekstraklasa",
          "Primeira Liga",
          "Liga Portugal",
          "Brasileirão",
          "Liga MX",
          "Primera División",
          "SuperLiga",
          "Ligi Kuu",
          "DFB-Pokal",
          "FA Cup",
          "Copa del Rey",
          "Coppa Italia",
          "Coupe de France",
          "World Cup",
          "Weltmeisterschaft",
          "Coupe du monde",
          "Six Nations",
          "Roland-Garros",
          "Australian Open",
          "Tour de France",
          "Giro d'Italia",
          "Formula 1",
          "Formel 1",
          "Grand Prix",
          "NBA",
          "NFL",
          "NHL",
          "EuroLeague");

  /** Words of reports on sport, in lower case, in several languages. */
  private static final Set<String> SPORT =
      Set.of(
          "scored",
          "goal",
          "goals",
          "penalty",
          "coach",
          "stadium",
          "league",
          "tor",
          "tore",
          "trainer",
          "stadion",
          "elfmeter",
          "entraîneur",
          "stade",
          "gol",
          "goles",
          "gols",
          "partido",
          "entrenador",
          "estadio",
          "treinador",
          "estádio",
          "penálti",
          "partita",
          "allenatore",
          "rigore",
          "doelpunt",
          "wedstrijd",
          "bondscoach",
          "mål",
          "matchen",
          "maali",
          "maalin",
          "ottelu",
          "ottelun",
          "valmentaja",
          "mecz",
          "gole",
          "trener",
          "bramki",
          "derby",
          "half-time",
          "halftime",
          "liga",
          "ligue");

  /** How many different words of {@link #SPORT} the text holds. */
  private static int wordsOfSport(String text) {
    String lower = Scan.lower(text);
    Set<String> seen = new HashSet<>();
    int n = lower.length();
    int i = 0;
    while (i < n && seen.size() < 3) {
      if (!Character.isLetter(lower.charAt(i))) {
        i++;
        continue;
      }
      int e = i;
      while (e < n && (Character.isLetter(lower.charAt(e)) || lower.charAt(e) == '-')) {
        e++;
      }
      if (e - i <= 11 && SPORT.contains(lower.substring(i, e))) {
        seen.add(lower.substring(i, e));
      }
      i = e;
    }
    return seen.size();
  }

  /** A match's score: "3:1", "2-1", "0–0" (single digits, not a time or a range). */
  private static final Pattern SCORE =
      Pattern.compile(
          "(?<![\\p{N}.:/-])[0-9]\\s?[:–-]\\s?[0-9](?![\\p{N}:/]|\\.\\p{N}|\\s?(?:Uhr|h\\b|am\\b|pm\\b)"
              + "|\\s(?:hours?|people|persons?|weeks?|days?|minutes?|years?|times|months?|nights?"
              + "|Stunden|Tage|Wochen|Personen|heures|jours|semaines|personnes|horas|días|semanas"
              + "|personas|ore|giorni|settimane|persone)\\b)");

  /** Possessives and pronouns of the first person, in lower case, as whole words. */
  private static final List<String> FIRST_PERSON =
      List.of(
          "my", "our", "mein", "meine", "meiner", "unser", "unsere", "mon", "notre", "mijn", "onze",
          "mitt", "vår", "mój", "moja", "moje", "minha", "benim");

  private static final List<String> BIRTHDAYS =
      List.of(
          "birthday",
          "geburtstag",
          "anniversaire",
          "cumpleaños",
          "compleanno",
          "verjaardag",
          "urodziny",
          "födelsedag",
          "fødselsdag",
          "bursdag",
          "syntymäpäivä",
          "aniversário",
          "doğum günü");

  /**
   * A piece of history: two years before 1980 or more ("in 1918", "seit 1871", "(1880–1919)", not
   * "1500 EUR" or "room 1204"), no other personal data anywhere in the text, no address, number or
   * mailbox of anyone, no first person's possessive and no birthday. The people such a text names
   * are those history knows; a private person's record, letter or obituary comes with a contact, a
   * number or a birth date, a family's story with "my" or "our".
   */
  private static boolean historyWithoutContacts(String text, List<Finding> out, int first) {
    for (int i = 0; i < first; i++) {
      if (out.get(i).type() != PiiType.PERSON) {
        return false;
      }
    }
    BitSet years = new BitSet();
    int at = -1; // where the first year stands
    Scan.DigitRuns digitRuns = Scan.digitRuns(text);
    for (int p = digitRuns.at(0); p >= 0 && years.cardinality() < 2; p = digitRuns.at(p + 1)) {
      if (Scan.digitsAt(text, p) == 4 && namedAsAYear(text, p)) {
        int year = Integer.parseInt(text.substring(p, p + 4));
        if (year >= 1000 && year < 1980) {
          years.set(year);
          at = at < 0 ? p : at;
        }
      }
    }
    String lower = Scan.lower(text);
    // Two years of history, or one that is the birth of a person history knows: a birth found, or
    // a verb of birth right before the year ("se je rodil 3. decembra 1800", "dzimis 1835").
    if (years.cardinality() < 2
        && !(years.cardinality() == 1
            && years.nextSetBit(0) < OLD_BIRTH
            && (DateOfBirthRecognizer.birthsOfHistoryIn(text)
                || bornBefore(lower, at)
                    && !anyWholeWord(lower, SURVIVORS)
                    && !recentYear(text, digitRuns)))) {
      return false;
    }
    for (String day : BIRTHDAYS) {
      if (lower.contains(day)) {
        return false; // a list of birthdays: a family's or a team's
      }
    }
    return !anyWholeWord(lower, FIRST_PERSON); // "my grandmother came over in 1962"
  }

  /**
   * Whether the birth date at [s, e) of a text in which no earlier recognizer found anyone's
   * contact or number is a person of history's: a year from 1500 to 1924 in running text (no
   * field's label before it), no first person, no family an obituary or a family's story names, no
   * birthday and no year from 1990 on (a recent death, a life of our time).
   */
  static boolean birthOfHistory(String text, int s, int e) {
    int year = yearIn(text, s, e);
    if (year < OLDEST_BIRTH || year >= OLD_BIRTH || fieldValue(text, s)) {
      return false;
    }
    String lower = Scan.lower(text);
    for (String day : BIRTHDAYS) {
      if (lower.contains(day)) {
        return false;
      }
    }
    return !anyWholeWord(lower, FIRST_PERSON)
        && !anyWholeWord(lower, SURVIVORS)
        && !recentYear(text, Scan.digitRuns(text));
  }

  /** Whether a year from 1990 on stands in the text: a death or an event of our time. */
  private static boolean recentYear(String text, Scan.DigitRuns digitRuns) {
    for (int p = digitRuns.at(0); p >= 0; p = digitRuns.at(p + 1)) {
      if (Scan.digitsAt(text, p) == 4) {
        int year = Integer.parseInt(text.substring(p, p + 4));
        if (year >= 1990 && year <= 2099) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words before a number that count or price something, in lower case. */
  private static final Set<String> COUNTING =
      Set.of(
          "room", "no", "no.", "nr", "nr.", "page", "p.", "pp.", "budget", "total", "price", "cost",
          "code", "pin", "ext", "apt", "suite", "unit", "box", "tel", "eur", "usd", "gbp", "chf");

  /** Units and currencies after a number, in lower case. */
  private static final Set<String> UNITS =
      Set.of(
          "eur", "euro", "euros", "usd", "gbp", "chf", "kg", "km", "m", "g", "t", "copies", "units",
          "pcs", "people", "persons", "rooms", "pages", "words", "mb", "gb", "ms");

  /**
   * A number of four digits as a year rather than an amount or a count: not after "room", "#",
   * "budget" and such, nor before a unit or a currency ("1500 EUR", "1750 copies").
   */
  private static boolean namedAsAYear(String text, int p) {
    if (p > 0 && ("#€$£".indexOf(text.charAt(p - 1)) >= 0)) {
      return false;
    }
    int e = p + 4;
    int a = e < text.length() && text.charAt(e) == ' ' ? e + 1 : e;
    int ae = a;
    while (ae < text.length() && ae - a < 8 && Character.isLetter(text.charAt(ae))) {
      ae++;
    }
    if (ae > a && UNITS.contains(text.substring(a, ae).toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (e < text.length() && "€$£%".indexOf(text.charAt(e)) >= 0) {
      return false;
    }
    int b = p;
    while (b > 0 && text.charAt(b - 1) == ' ') {
      b--;
    }
    int w = b;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    return w == b || !COUNTING.contains(text.substring(w, b).toLowerCase(Locale.ROOT));
  }

  /**
   * Verbs and words of being born, in lower case, that open a word: "rodil", "née", "γεννήθηκε".
   */
  private static final List<String> BORN =
      List.of(
          "born",
          "geboren",
          "né",
          "née",
          "nacque",
          "nació",
          "nacido",
          "nacida",
          "nasceu",
          "nascido",
          "nascida",
          "urodził",
          "urodziła",
          "narodil",
          "narodila",
          "rodil",
          "rodila",
          "rođen",
          "rođena",
          "роден",
          "родена",
          "родился",
          "родилась",
          "народився",
          "народилася",
          "dzimis",
          "dzimusi",
          "gimė",
          "sündis",
          "született",
          "γεννήθηκε",
          "föddes",
          "født",
          "fæddist",
          "syntyi",
          "lahir",
          "dilahirkan",
          "sinh ngày",
          "sinh năm",
          "doğdu",
          "doğmuştur",
          "وُلد",
          "ولد في",
          "נולד",
          "נולדה",
          "پیدا ہوئے",
          "پیدا ہوا",
          "متولد",
          "जन्म",
          "生まれ",
          "出生",
          "生于",
          "태어",
          "ganwyd",
          "rugadh",
          "alizaliwa",
          "ipinanganak");

  /** Whether a word of {@link #BORN} stands up to 48 characters before {@code p}, on its line. */
  private static boolean bornBefore(String lower, int p) {
    if (p < 0) {
      return false;
    }
    int from = Math.max(0, p - 48);
    int nl = lower.lastIndexOf('\n', p);
    from = Math.max(from, nl + 1);
    String before = lower.substring(from, p);
    for (String w : BORN) {
      // a whole word; a word of the scripts that join words ("生まれ") as it stands
      if (w.charAt(0) > 0x2000 ? before.contains(w) : Scan.wholeWordIn(before, w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether any of the words occurs in {@code lower} as a whole word. */
  private static boolean anyWholeWord(String lower, List<String> words) {
    for (String w : words) {
      for (int at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
        int e = at + w.length();
        if ((at == 0 || !Character.isLetter(lower.charAt(at - 1)))
            && (e == lower.length() || !Character.isLetter(lower.charAt(e)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the text reports on professional sport: a league's or cup's name and a score. Its
   * players and coaches are public figures; a club's own report of a village match names none.
   */
  static boolean matchReport(String text) {
    Matcher score = SCORE.matcher(text);
    for (String c : COMPETITIONS) {
      for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
        int e = i + c.length();
        if ((i == 0 || !Character.isLetter(text.charAt(i - 1)))
            && (e >= text.length() || !Character.isLetter(text.charAt(e)))) {
          // The score near the competition's name, before or after it (a heading above the
          // result, the table after it).
          int from = Math.max(0, i - NEAR);
          int to = Math.min(text.length(), e + NEAR);
          if (score.region(from, to).find()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** How far from a competition's name its match's score may stand. */
  private static final int NEAR = 200;

  private static void addSurname(String text, Finding f, Map<String, Integer> surnames) {
    String last = lastWord(text, f);
    if (last != null && last.length() >= 3) {
      surnames.merge(last, f.start(), Math::min);
    }
  }

  /** The last word of a span of several words, folded, or null. */
  private static String lastWord(String text, Finding f) {
    int s = f.end() - 1;
    while (s > f.start() && text.charAt(s - 1) != ' ') {
      s--;
    }
    return s > f.start() ? oneWord(text, s, f.end()) : null;
  }

  /** The span's word without a possessive ("Macron's" as "Macron"), or null for several words. */
  private static String oneWord(String text, int s, int e) {
    String w = text.substring(s, e);
    if (w.endsWith("'s") || w.endsWith("’s")) {
      w = w.substring(0, w.length() - 2);
    }
    return w.indexOf(' ') >= 0 || w.isEmpty() ? null : FamousNames.fold(w);
  }

  /** Greetings before a name that write to the person: "Dear", "Hallo", "Bonjour". */
  private static final Set<String> GREETINGS =
      Set.of(
          "dear", "hi", "hello", "hey", "hallo", "liebe", "lieber", "hej", "hei", "hola", "ciao",
          "bonjour", "cher", "chère", "beste", "caro", "cara", "querido", "querida", "olá", "witam",
          "dobrý");

  /** Labels of a form's or a message's person: "From:", "Name:", "Patient:". */
  private static final Set<String> LABELS =
      Set.of(
          "from",
          "to",
          "cc",
          "name",
          "nombre",
          "nom",
          "vorname",
          "nachname",
          "customer",
          "patient",
          "employee",
          "contact",
          "kontakt",
          "applicant",
          "tenant",
          "client",
          "guest",
          "passenger",
          "student",
          "author",
          "assignee",
          "reporter",
          "owner",
          "signed",
          "von",
          "an",
          "de",
          "para");

  /**
   * Whether the text writes to or files the person: a person's label ("From:", "Name:"; not "Book
   * club:") or a greeting right before the name. A private person may bear a famous name.
   */
  static boolean addressed(String text, int s) {
    int e = s;
    while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
      e--;
    }
    if (e == s || e == 0) {
      return false;
    }
    boolean label = text.charAt(e - 1) == ':';
    int we = label ? e - 1 : e;
    int b = Scan.letterRunStart(text, we);
    String word = text.substring(b, we).toLowerCase(Locale.ROOT);
    return label ? LABELS.contains(word) : GREETINGS.contains(word);
  }

  /**
   * Whether the text reads as correspondence or a record: an e-mail address, a greeting, a form's
   * label for a person. There a public figure's name made only of a listed given name and a listed
   * surname ("Thomas Mann", "Martin Schulz") is more likely a private person's.
   */
  static boolean correspondence(String text) {
    String lower = Scan.lower(text);
    return text.indexOf('@') >= 0
        || lower.contains("dear ")
        || lower.contains("name:")
        || lower.contains("from:")
        || lower.contains("regards")
        || lower.contains("customer")
        || lower.contains("patient")
        || lower.contains("employee")
        || lower.contains("signed");
  }
}
