package dev.indexer.pii.recognizers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places, prizes and institutions named after a person: "Willy Brandt Terminal", "Marie Curie
 * Fellowship", "Lincoln Tunnel". The person's name in them names the thing, not someone the text is
 * about.
 */
final class NamedAfter {

  private NamedAfter() {}

  /** Nouns of things that are named after people, in the languages of the corpus. */
  static final Set<String> THINGS =
      Set.of(
          "Terminal",
          "Airport",
          "Building",
          "Tower",
          "Center",
          "Centre",
          "Institute",
          "University",
          "College",
          "School",
          "Academy",
          "Hospital",
          "Clinic",
          "Foundation",
          "Museum",
          "Library",
          "Stadium",
          "Arena",
          "Bridge",
          "Tunnel",
          "Station",
          "Fellowship",
          "Scholarship",
          "Prize",
          "Award",
          "Medal",
          "Trophy",
          "Cup",
          "Memorial",
          "Lecture",
          "Programme",
          "Program",
          "Fund",
          "Theatre",
          "Theater",
          "Gallery",
          "Collection",
          "Fellowships",
          "Scholarships",
          "Awards",
          "Flughafen",
          "Gymnasium",
          "Schule",
          "Universität",
          "Stiftung",
          "Preis",
          "Brücke",
          "Aéroport",
          "Lycée",
          "Collège",
          "Musée",
          "Fondation",
          "Prix",
          "Pont",
          "Gare",
          "Aeropuerto",
          "Puente",
          "Estadio",
          "Premio",
          "Fundación",
          "Colegio",
          "Instituto",
          "Liceo",
          "Stazione",
          "Ponte",
          "Museo",
          "Luchthaven",
          "Brug",
          "Stichting",
          "Postdoctoral",
          "Doctoral",
          "Lectures",
          "Initiative");

  /** {@link #THINGS} in lower case, with more nouns of streets, venues and institutions. */
  private static final Set<String> THING_WORDS = lowerThings();

  private static Set<String> lowerThings() {
    Set<String> all = new HashSet<>();
    THINGS.forEach(t -> all.add(t.toLowerCase(Locale.ROOT)));
    all.addAll(
        Set.of(
            "bot",
            "promenade",
            "esplanade",
            "circle",
            "blvd",
            "boulevard",
            "avenue",
            "ave",
            "street",
            "road",
            "institutet",
            "institut",
            "värld",
            "üniversitesi",
            "caddesi",
            "sokak",
            "havalimanı",
            "ziekenhuis",
            "klinikum",
            "krankenhaus",
            "platz",
            "straße",
            "allee",
            "cathedral",
            "highway",
            "expressway",
            "vej",
            "gatan",
            "väg",
            // Firms named after their founder: legal forms and trades ("Kline Tax Services",
            // "Brightline Media Ltd", "Agence Castel Immobilier").
            "services",
            "ltd",
            "limited",
            "llc",
            "llp",
            "inc",
            "corp",
            "plc",
            "gmbh",
            "ltda",
            "eireli",
            "kft",
            "zrt",
            "aps",
            "oyj",
            "sarl",
            "spa",
            "srl",
            "group",
            "gruppe",
            "holdings",
            "systems",
            "solutions",
            "consulting",
            "partners",
            "associates",
            "media",
            "lettings",
            "immobilier",
            "immobilien",
            "logistics",
            "logistik",
            "clínica",
            "agence",
            // Rooms, lines and products named after people: "Grace Hopper Room", "Elizabeth
            // Line", "Harvey Armchair", "Victoria Sponge".
            "room",
            "rooms",
            "suite",
            "lounge",
            "line",
            "lamp",
            "armchair",
            "chair",
            "sofa",
            "rug",
            "cabinet",
            "bookcase",
            "sponge",
            "bun",
            "cake",
            "tart",
            "pudding",
            "sandwich",
            "cocktail",
            // Hungarian and Czech institutions after the name: "Németh László Gimnázium".
            "gimnázium",
            "gymnázium",
            "kórház",
            "iskola",
            "egyetem",
            "nemocnice"));
    return Set.copyOf(all);
  }

  /**
   * Words right before a name that make it the name of a thing: "el hospital Gregorio Marañón",
   * "allo stadio Diego Armando Maradona", "Aeroportul Henri Coandă", "Szpital im. Jana Pawła",
   * "turn onto Martin Luther King Jr Blvd".
   */
  /** Prefixes of ships' names, in capitals only: "Ms" is a title. */
  private static final Set<String> SHIPS = Set.of("MS", "MV", "RMS", "HMS", "USS", "SS", "MY");

  private static final Set<String> BEFORE =
      Set.of(
          // Malay and Indonesian, Swahili, Romanian, Croatian, Portuguese places and buildings
          "jalan",
          "jl.",
          "lebuh",
          "lorong",
          "kampung",
          "taman",
          "masjid",
          "gereja",
          "sekolah",
          "universitas",
          "bandara",
          "rsup",
          "rsud",
          "barabara",
          "mtaa",
          "gara",
          "trg",
          "estádio",
          "colégio",
          "igreja",
          "iglesia",
          "chiesa",
          "église",
          "kirche",
          "stadium",
          "stadion",
          "estadio",
          "stadio",
          "stade",
          "hospital",
          "hôpital",
          "ospedale",
          "policlinico",
          "szpital",
          "ziekenhuis",
          "krankenhaus",
          "airport",
          "aeroporto",
          "aeropuerto",
          "aéroport",
          "aeroportul",
          "flughafen",
          "lotnisko",
          "liceo",
          "lycée",
          "colegio",
          "gymnasium",
          "avenida",
          "avenue",
          "co.",
          "gco.",
          "county",
          "contae",
          "onto",
          "bulevardul",
          "boulevard",
          "strada",
          "calle",
          "rua",
          "via",
          "viale",
          "corso",
          "piazza",
          "plaza",
          "praça",
          "rue",
          "ulica",
          "ul.",
          "aleja",
          "lei",
          "ley",
          "loi",
          "prom",
          "ferry",
          "ship",
          "im.",
          "imienia",
          "teatro",
          "théâtre",
          "museo",
          "musée",
          "premio",
          "prix",
          "prize",
          "estação",
          "estación",
          "metro",
          "universidad",
          "università",
          "universidade",
          "uniwersytet",
          "escola",
          "escuela",
          "école",
          "schule",
          "scuola",
          "feeder",
          "vessel",
          "tanker",
          "yacht",
          "hurricane",
          // Romanian streets, hospitals and schools: "Calea Ion Creangă", "Liceul Mihai Eminescu".
          "calea",
          "piața",
          "piata",
          "spitalul",
          "liceul",
          "colegiul",
          "școala",
          "scoala",
          "universitatea",
          "résidence",
          "residence",
          "residencial",
          "agence",
          "storm",
          "typhoon",
          "cyclone",
          // monuments, statues, memorial houses, museums and temples named after a person
          "památník",
          "pomník",
          "spomenik",
          "споменик",
          "паметник",
          "statue",
          "statuia",
          "statua",
          "estatua",
          "estátua",
          "monumento",
          "memorială",
          "memoriale",
          "denkmal",
          "muzeum",
          "muzej",
          "музей",
          "auditorio",
          "auditorium",
          "храм",
          "kostel",
          "kościół",
          "crkva",
          "mausoleum",
          "mauzoleum");

  /**
   * Words in lower case that join a thing's word to the name after it: "Barabara ya Kenyatta",
   * "statuia lui Mihai Viteazul", "Museo de Goya".
   */
  private static final Set<String> CONNECTORS =
      Set.of("ya", "wa", "la", "lui", "de", "di", "da", "del", "della", "do", "dos", "of", "van");

  /**
   * Streets and squares in lower case after a person's name: "a Dózsa György úton", "Brīvības iela"
   * (Hungarian, Latvian, Slovene, Turkish and Swedish ways of naming a street).
   */
  private static final Set<String> STREETS_AFTER =
      Set.of(
          "út", "úton", "útról", "útra", "utca", "utcán", "utcából", "utcába", "utcai", "téren",
          "térre", "térről", "körút", "körúton", "sétány", "rakpart", "iela", "ielā", "cesta",
          "cesti", "ulica", "ulici", "sokak", "sokağı", "caddesi", "bulvarı", "köprüsü", "meydanı",
          "gatan", "torget");

  /**
   * Czech, Slovak and Polish streets, squares, bridges, hospitals and schools in the cases a
   * sentence puts them in: "přes ulici Milady Horákové", "placem Stefana Żeromskiego", "nemocnici
   * Vladimíra Holana". The name after them is a thing only where it is declined too (every word in
   * a case ending: "Milady Horákové", not "Jana Nováková" or "Petr Svoboda" after "Ředitelka
   * školy").
   */
  private static final Set<String> DECLINED_BEFORE =
      Set.of(
          "ulice",
          "ulici",
          "ulicí",
          "ulicy",
          "ulicą",
          "ulicę",
          "ulicu",
          "náměstí",
          "náměstím",
          "námestie",
          "námestí",
          "námestím",
          "nábřeží",
          "nábřežím",
          "nábrežie",
          "nábreží",
          "třída",
          "třídy",
          "třídě",
          "třídou",
          "plac",
          "placu",
          "placem",
          "alei",
          "aleją",
          "aleję",
          "rondo",
          "ronda",
          "rondem",
          "rondzie",
          "nemocnice",
          "nemocnici",
          "nemocnicí",
          "nemocnica",
          "nemocnicou",
          "akademika",
          "szpitala",
          "szpitalu",
          "škola",
          "školy",
          "škole",
          "gymnázium",
          "gimnazjum",
          "liceum");

  /** Endings of Czech, Slovak and Polish names in the genitive, dative or instrumental. */
  private static final String[] CASE_ENDINGS = {"a", "y", "é", "e", "u", "i", "ego", "ej"};

  /**
   * Words before a place: "through Eugene", "stayed in Madison", "em Santa Catarina". Not before a
   * possessive ("in Maria's office").
   */
  private static final Set<String> PLACE_BEFORE = Set.of("in", "through", "near", "towards", "em");

  /** Articles that are surnames or particles too: "Le Van Thanh", "El Khoury", "Lo Wing". */
  private static final Set<String> SURNAME_ARTICLES = Set.of("Le", "La", "El", "Lo");

  /** Articles that start no person's name at the start of a span: "Der Koch", "Le Boulanger". */
  private static final Set<String> ARTICLES =
      Set.of("Der", "Die", "Das", "Den", "Dem", "Le", "La", "Les", "El", "Il", "Lo", "Het");

  /**
   * A score between two names on one line: "Aston Villa 2-1 Crystal Palace". A dash only, not a
   * colon (a time, "09:58 tomasz"), with a capitalised word on the other side (not a date).
   */
  private static final Pattern SCORE_AFTER =
      Pattern.compile(" [0-9]{1,2} ?[-–] ?[0-9]{1,2} \\p{Lu}");

  private static final Pattern SCORE_BEFORE =
      Pattern.compile("\\p{L} [0-9]{1,2} ?[-–] ?[0-9]{1,2} $");

  /**
   * Whether the span is a team beside a score, a place after "in" or "through", or starts with an
   * article ("Der Koch").
   */
  static boolean placeTeamOrNoun(String text, int s, int e, NameLists names) {
    int sp = s;
    while (sp < e && text.charAt(sp) != ' ') {
      sp++;
    }
    String first = text.substring(s, sp);
    if ((sp < e && SAINTS.contains(first) && !givenBeforeSurname(text, first, sp + 1, e, names))
        || saintBefore(text, s)) {
      return true;
    }
    if (ARTICLES.contains(first)
        && sp < e
        && (s == 0 || text.charAt(s - 1) == '\n' || Scan.sentenceStart(text, s))
        && !(SURNAME_ARTICLES.contains(first) && listedWordAt(text, sp + 1, e, names))
        && !PersonCues.cueBefore(text, s)) {
      return true; // not "confie Le Goff", "Le Van Thanh", "Nom: Le Goff"
    }
    if ((e + 1 < text.length()
            && Character.isDigit(text.charAt(e + 1))
            && SCORE_AFTER.matcher(text.substring(e, Math.min(text.length(), e + 10))).lookingAt())
        || (s >= 2
            && Character.isDigit(text.charAt(s - 2))
            && SCORE_BEFORE.matcher(text.substring(Math.max(0, s - 10), s)).find())) {
      return true;
    }
    if (e < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '’')) {
      return false;
    }
    if (s < 3 || text.charAt(s - 1) != ' ') {
      return false;
    }
    int b = Scan.letterRunStart(text, s - 1);
    if ((b > 0 && Character.isLetterOrDigit(text.charAt(b - 1)))
        || !PLACE_BEFORE.contains(text.substring(b, s - 1))
        || sp < e) {
      return false; // a place after "in" is one word here: "in Madison", not "in Aoife Ní Bhriain"
    }
    int vb = b - 1;
    int va = Scan.letterRunStart(text, Math.max(vb, 0));
    return vb <= 0 || !LET_IN.contains(text.substring(va, vb).toLowerCase(Locale.ROOT));
  }

  /**
   * "Saint" before a name: towns, districts, churches and teams ("Santa Barbara", "São João da
   * Madeira", "San Miguel Beermen", "Sankt Georgen").
   */
  static final Set<String> SAINTS =
      Set.of(
          "São", "Santo", "Santa", "San", "Sant", "Saint", "Sainte", "Sankt", "Szent", "Svatý",
          "Svatá", "Święty", "Święta", "St.", "Ste.");

  /** "Santo Rossi": a listed given name that is also a saint's word, before a listed surname. */
  private static boolean givenBeforeSurname(
      String text, String first, int next, int e, NameLists names) {
    int we = next;
    while (we < e && Character.isLetter(text.charAt(we))) {
      we++;
    }
    return names.isFirst(first) && we > next && names.isListedLast(text.substring(next, we));
  }

  /** Whether a word of {@link #SAINTS} stands right before the span, one space between. */
  private static boolean saintBefore(String text, int s) {
    if (s < 3 || text.charAt(s - 1) != ' ') {
      return false;
    }
    int e = text.charAt(s - 2) == '.' ? s - 2 : s - 1;
    int b = Scan.letterRunStart(text, e);
    return b < e
        && (b == 0 || !Character.isLetterOrDigit(text.charAt(b - 1)))
        && SAINTS.contains(text.substring(b, s - 1));
  }

  /**
   * A line pairing two sides, as fixtures list them: an optional day and time, one side, "v", "vs",
   * "-" or "–", the other side, an optional note in brackets ("Sa 15:30 Fortuna Düsseldorf - Hertha
   * BSC (2. Liga)").
   */
  private static final Pattern PAIRING =
      Pattern.compile(
          "[ \t]*(?:\\p{Lu}\\p{Ll}{1,2}\\.?[ \t]+)?(?:[0-9]{1,2}[:.][0-9]{2}[ \t]+)?"
              + "("
              + "[\\p{Lu}0-9][\\p{L}0-9.'’/&-]*(?:[ ][\\p{L}0-9.'’/&-]+){0,4}"
              + ")"
              + "[ ](v|vs\\.?|-|–|—)[ ]"
              + "("
              + "[\\p{Lu}0-9][\\p{L}0-9.'’/&-]*(?:[ ][\\p{L}0-9.'’/&-]+){0,4}"
              + ")"
              + "[ \t]*(?:\\([^)\\n]{0,40}\\))?[ \t]*");

  /** Words of a league, a round or a match day, in the line above a list of fixtures. */
  private static final String[] FIXTURE_WORDS = {
    "liga",
    "league",
    "spieltag",
    "journée",
    "jornada",
    "giornata",
    "speelronde",
    "kolejka",
    "omgång",
    "runde",
    "kierros",
    "hafta",
    "etapa",
    "kolo",
    "round",
    "matchday",
    "fixtures",
    "cup",
    "pokal",
    "coupe",
    "copa",
    "coppa",
    "serie",
    "division",
    "divisie",
    "ekstraklasa",
    "allsvenskan",
    "eliteserien",
    "superliga",
    "süper lig",
    "premiership",
    "championship"
  };

  /** Letters and words of club names: "Hertha BSC", "Union Berlin", "Malmö FF". */
  private static final Set<String> CLUB_WORDS =
      Set.of(
          "FC",
          "SC",
          "CF",
          "AC",
          "AS",
          "BK",
          "IF",
          "AIF",
          "FF",
          "SK",
          "IK",
          "BSC",
          "SV",
          "TSV",
          "VfB",
          "VfL",
          "RC",
          "CP",
          "United",
          "City",
          "Town",
          "Rovers",
          "Wanderers",
          "Athletic",
          "Albion",
          "Real",
          "Sporting",
          "Olympique",
          "Stade",
          "Club",
          "Borussia",
          "Eintracht",
          "Dynamo",
          "Union",
          "Atlético",
          "Deportivo",
          "Racing",
          "Calcio",
          "Kickers");

  /**
   * Whether the span lies on a line of fixtures: a pairing line next to another, under a league or
   * round word, or with "v" between the sides, or with half the sides one word or a club's. Pairs
   * of people in a list ("Anna Schmidt – Jonas Weber" under "Mentoring-Tandems") are not.
   */
  static boolean fixtureAt(String text, int s, int e) {
    int ls = lineStart(text, s);
    int le = lineEnd(text, s);
    if (ls < 0 || le < 0 || e > le || !pairing(text, ls, le)) {
      return false;
    }
    int first = ls;
    int last = le;
    int lines = 1;
    for (int k = 0; k < MAX_FIXTURES && first > 0; k++) {
      int ps = lineStart(text, first - 1);
      if (ps < 0 || !pairing(text, ps, first - 1)) {
        break;
      }
      first = ps;
      lines++;
    }
    for (int k = 0; k < MAX_FIXTURES && last < text.length(); k++) {
      int ne = lineEnd(text, last + 1);
      if (ne < 0 || !pairing(text, last + 1, ne)) {
        break;
      }
      last = ne;
      lines++;
    }
    if (lines < 2) {
      return false;
    }
    int above = first > 0 ? lineStart(text, first - 1) : first;
    // The line above the list and its first line, which may be the heading itself ("Chance Liga –
    // 22. kolo").
    String head =
        text.substring(above < 0 ? first : above, lineEnd(text, first)).toLowerCase(Locale.ROOT);
    for (String w : FIXTURE_WORDS) {
      for (int i = head.indexOf(w); i >= 0; i = head.indexOf(w, i + 1)) {
        if (i == 0 || !Character.isLetter(head.charAt(i - 1))) {
          return true; // "Liga", "Spieltag", not "Sokolowski" or "Background"
        }
      }
    }
    int sides = 0;
    int clubs = 0;
    boolean versus = true;
    Matcher m = PAIRING.matcher(text);
    for (int p = first; p < last; p = lineEnd(text, p) + 1) {
      m.region(p, lineEnd(text, p)).matches(); // true: pairing() accepted every line
      versus &= m.group(2).startsWith("v");
      for (int g : new int[] {1, 3}) {
        sides++;
        String side = m.group(g);
        boolean club = side.indexOf(' ') < 0 && !NameLists.get().isFirst(side);
        for (String w : side.split(" ")) {
          club |= CLUB_WORDS.contains(w);
        }
        clubs += club ? 1 : 0;
      }
    }
    return versus || 2 * clubs >= sides;
  }

  /** The longest line of a list of fixtures, and the most lines read either way of a finding's. */
  private static final int MAX_LINE = 120;

  private static final int MAX_FIXTURES = 40;

  private static boolean pairing(String text, int s, int e) {
    if (e - s < 7 || e - s > MAX_LINE) {
      return false;
    }
    boolean separator = false;
    for (int i = s + 1; i + 1 < e && !separator; i++) {
      char c = text.charAt(i);
      separator =
          text.charAt(i - 1) == ' '
              && (c == '-' || c == '–' || c == '—' || c == 'v')
              && (text.charAt(i + 1) == ' ' || c == 'v');
    }
    return separator && PAIRING.matcher(text).region(s, e).matches();
  }

  /**
   * The start of the line holding position i, or -1 if it starts more than a line's length back.
   */
  private static int lineStart(String text, int i) {
    for (int j = i - 1; j >= 0 && j >= i - MAX_LINE - 1; j--) {
      if (text.charAt(j) == '\n') {
        return j + 1;
      }
    }
    return i <= MAX_LINE + 1 ? 0 : -1;
  }

  /** The end of the line holding position i, or -1 if it ends more than a line's length on. */
  private static int lineEnd(String text, int i) {
    int n = text.length();
    for (int j = i; j < n && j <= i + MAX_LINE; j++) {
      if (text.charAt(j) == '\n') {
        return j;
      }
    }
    return n - i <= MAX_LINE + 1 ? n : -1;
  }

  /** Verbs before "in" that take a person: "loop in", "bring in", "call in". */
  private static final Set<String> LET_IN =
      Set.of(
          "loop", "looped", "looping", "bring", "brought", "keep", "kept", "rope", "roped", "pull",
          "pulled", "call", "called", "let", "fill", "filled", "check", "checked", "sign",
          "signed");

  /** Whether the word at {@code q} (within the span) is a listed given name or surname. */
  private static boolean listedWordAt(String text, int q, int e, NameLists names) {
    int we = q;
    while (we < e && Character.isLetter(text.charAt(we))) {
      we++;
    }
    String w = text.substring(q, we);
    return !w.isEmpty() && (names.isFirst(w) || names.isListedLast(w));
  }

  /**
   * Whether the span names a thing: a noun of a thing as its last word (after its first), joined to
   * it by a hyphen ("Heijn-filiaal"), or among the three capitalised words after it ("King Jr
   * Blvd"); or a word of {@link #BEFORE} right before it.
   */
  static boolean thingAt(String text, int s, int e) {
    if (thingInside(text, s, e)) {
      return true;
    }
    int ls = e;
    while (ls > s && Character.isLetter(text.charAt(ls - 1))) {
      ls--;
    }
    if (ls > s
        && (isThing(text, ls, e)
            || (ls < e && text.charAt(ls - 1) == '-' && Character.isLowerCase(text.charAt(ls))))) {
      return true;
    }
    int p = e;
    for (int k = 0; k < 3 && p + 1 < text.length() && text.charAt(p) == ' '; k++) {
      int we = wordEnd(text, p + 1);
      if (we == p + 1 || !Character.isUpperCase(text.charAt(p + 1))) {
        break;
      }
      if (isThing(text, p + 1, we)) {
        return true;
      }
      p = we < text.length() && text.charAt(we) == '.' ? we + 1 : we;
    }
    return thingBefore(text, s, e) || thingAndConnectorBefore(text, s) || streetAfter(text, e);
  }

  /**
   * A noun of a thing as the span's first word before another word ("Clínica Los Andes") or as a
   * word within it ("Sinan Üniversitesi İstiklal Caddesi'ne"): no name holds one.
   */
  private static boolean thingInside(String text, int s, int e) {
    int i = s;
    while (i < e) {
      int we = i;
      while (we < e && Character.isLetter(text.charAt(we))) {
        we++;
      }
      if (we > i
          && we < e
          && isThing(text, i, we)
          && (i > s || text.charAt(we) == ' ')
          && !NameLists.get().isListedLast(text.substring(i, we))
          && !NameLists.get().isFirst(text.substring(i, we))) {
        return true; // not "María Puente García": Puente is a surname too
      }
      i = Math.max(we, i) + 1;
    }
    return false;
  }

  /** A word of {@link #BEFORE} before the span, or before up to two capitalised words before it. */
  private static boolean thingBefore(String text, int s, int spanEnd) {
    int e = s;
    for (int k = 0; k < 3; k++) {
      if (e < 2 || text.charAt(e - 1) != ' ') {
        return false;
      }
      if (wordBefore(text, e - 1)
          || declinedWordBefore(text, e - 1) && declined(text, s, spanEnd)) {
        return true;
      }
      int b = Scan.letterRunStart(text, e - 1);
      if (b == e - 1 || !Character.isUpperCase(text.charAt(b))) {
        return false;
      }
      e = b;
    }
    return false;
  }

  /** A street's word in lower case right after the span: "Dózsa György úton". */
  private static boolean streetAfter(String text, int e) {
    if (e + 2 >= text.length() || text.charAt(e) != ' ') {
      return false;
    }
    int we = e + 1;
    while (we < text.length() && Character.isLetter(text.charAt(we))) {
      we++;
    }
    return we > e + 1 && STREETS_AFTER.contains(text.substring(e + 1, we));
  }

  /** A word of {@link #BEFORE} and a connector before the span: "Barabara ya Kenyatta". */
  private static boolean thingAndConnectorBefore(String text, int s) {
    if (s < 4 || text.charAt(s - 1) != ' ') {
      return false;
    }
    int cb = Scan.letterRunStart(text, s - 1);
    if (cb < 2 || text.charAt(cb - 1) != ' ' || !CONNECTORS.contains(text.substring(cb, s - 1))) {
      return false;
    }
    return wordBefore(text, cb - 1);
  }

  private static boolean wordBefore(String text, int e) {
    int b = e;
    while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
      b--;
    }
    return e - b >= 2
        && e - b <= 12
        && (BEFORE.contains(text.substring(b, e).toLowerCase(Locale.ROOT))
            || SHIPS.contains(text.substring(b, e)));
  }

  private static boolean declinedWordBefore(String text, int e) {
    int b = Scan.letterRunStart(text, e);
    return e - b >= 4 && DECLINED_BEFORE.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
  }

  /** Whether every word of [s, e) of two letters or more ends in a case ending. */
  private static boolean declined(String text, int s, int e) {
    int i = s;
    while (i < e) {
      int we = i;
      while (we < e && Character.isLetter(text.charAt(we))) {
        we++;
      }
      if (we - i >= 2 && !caseEnding(text.substring(i, we).toLowerCase(Locale.ROOT))) {
        return false;
      }
      i = we + 1;
    }
    return true;
  }

  private static boolean caseEnding(String w) {
    for (String ending : CASE_ENDINGS) {
      if (w.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isThing(String text, int s, int e) {
    return e - s >= 3
        && e - s <= 13
        && Character.isUpperCase(text.charAt(s))
        && THING_WORDS.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
  }

  /**
   * A firm of names joined by "&" ("Johnson & Johnson", "Marks & Spencer"), unless both are given
   * names of a couple ("Anna & Piotr").
   */
  static boolean firmAt(String text, int s, int e, NameLists names) {
    int n = text.length();
    String self = text.substring(s, e);
    if (self.indexOf(' ') >= 0) {
      return false; // "Maria Lopez & John Smith": people; a firm is one word each side
    }
    if (e + 3 < n && text.startsWith(" & ", e) && Character.isUpperCase(text.charAt(e + 3))) {
      int oe = wordEnd(text, e + 3);
      String other = text.substring(e + 3, oe);
      boolean more =
          oe + 1 < n && text.charAt(oe) == ' ' && Character.isUpperCase(text.charAt(oe + 1));
      return !more && !(names.isFirst(self) && names.isFirst(other));
    }
    if (s >= 4 && text.startsWith(" & ", s - 3)) {
      int b = Scan.letterRunStart(text, s - 3);
      String other = text.substring(b, s - 3);
      int pb = Scan.letterRunStart(text, Math.max(b - 1, 0));
      boolean more =
          b >= 2
              && text.charAt(b - 1) == ' '
              && pb < b - 1
              && Character.isUpperCase(text.charAt(pb));
      return !other.isEmpty()
          && Character.isUpperCase(other.charAt(0))
          && !more
          && !(names.isFirst(self) && names.isFirst(other));
    }
    return false;
  }

  /**
   * The phrases of {@code pii/named-after-people.txt}, {@code pii/public-figures.txt} and {@link
   * FamousNames}, without their diacritics, by each of their words.
   */
  private static final Map<String, List<String>> FAMOUS = famous();

  private static Map<String, List<String>> famous() {
    List<String> phrases = new ArrayList<>(NameLists.lines("pii/named-after-people.txt"));
    phrases.addAll(NameLists.lines("pii/public-figures.txt"));
    phrases.addAll(FamousNames.phrases(NameLists.get()));
    Map<String, List<String>> byWord = new HashMap<>();
    for (String phrase : phrases) {
      String folded = FamousNames.fold(phrase);
      for (String w : folded.split(" ")) {
        List<String> list = byWord.computeIfAbsent(w, k -> new ArrayList<>());
        if (!list.contains(folded)) {
          list.add(folded);
        }
      }
    }
    return byWord;
  }

  /**
   * Whether the span lies within one of the things everybody names after a person, or a person of
   * fiction, as written in the text: "Goldman Sachs", "crêpe Suzette", "Jane Eyre".
   */
  static boolean famousAt(String text, int s, int e) {
    int we = s;
    while (we < e && text.charAt(we) != ' ') {
      we++;
    }
    String word = FamousNames.fold(text.substring(s, we));
    List<String> phrases = FAMOUS.get(word);
    if (phrases == null) {
      return false;
    }
    // The text around the span, folded as the phrases are ("Zinédine" as "Zinedine").
    int from = Math.max(0, s - 64);
    String around = FamousNames.fold(text.substring(from, Math.min(text.length(), e + 64)));
    for (String phrase : phrases) {
      for (int at = phrase.indexOf(word); at >= 0; at = phrase.indexOf(word, at + 1)) {
        int start = s - at;
        if (start >= from
            && start + phrase.length() >= e
            && around.startsWith(phrase, start - from)
            && (start == 0 || !Character.isLetter(text.charAt(start - 1)))
            && (start + phrase.length() == text.length()
                || !Character.isLetter(text.charAt(start + phrase.length())))) {
          return true;
        }
      }
    }
    return false;
  }

  private static int wordEnd(String text, int i) {
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
