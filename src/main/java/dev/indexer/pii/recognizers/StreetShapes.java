package dev.indexer.pii.recognizers;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The street shapes that {@link StreetAddressRecognizer} looks for, by country: each pattern with
 * the words it is anchored at, so a text is matched only where one of them stands.
 */
final class StreetShapes {

  private StreetShapes() {}

  static final String UP = "[\\p{Lu}]";
  static final String W = "[\\p{L}.'’-]";

  /**
   * English: number, up to four capitalised words, street type; optional unit. Anchored at the
   * number.
   */
  static final Pattern ENGLISH =
      Pattern.compile(
          "[0-9]{1,5}[A-Za-z]?,?\\s(?:(?:"
              + UP
              + W
              + "*|[0-9]{1,3}(?:st|nd|rd|th))\\s){1,4}"
              + "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Square|Sq"
              + "|Terrace|Way|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Close|Crescent|Row|Trail|Alley|Plaza|Gardens"
              + "|Mews|Hill|Walk|Grove|Parade|Pde|Esplanade|Quay|Promenade|Wharf"
              + "|Park|Trl|Ter|Tce|Cres|Gdns|Xing)\\b\\.?"
              + "(?:,?\\s(?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|Flat|#)\\.?\\s?#?[A-Za-z0-9-]{1,6})?");

  /** French: number, street type, name up to the comma or line end. Anchored at the number. */
  static final Pattern FRENCH =
      Pattern.compile(
          "[0-9]{1,4}(?:\\s?(?:bis|ter|[A-Ba-b]))?,?\\s(?:rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours|square|passage)"
              + "\\s[^\\n,;()]{2,50}+");

  /** German, Dutch, Nordic: compound street name and house number. Anchored at the street word. */
  static final Pattern COMPOUND =
      Pattern.compile(
          UP
              + "[\\p{L}.-]{0,40}(?:straße|strasse|str\\.|weg|platz|allee|gasse|ring|damm|ufer"
              + "|chaussee|steig|stieg|kamp|twiete|pfad|markt|straat|laan|gracht|plein|kade|singel|dijk|gatan|vägen|gade|vej|veien|gata|katu|tie|torv|stræde|torget|kuja)"
              + "\\s{1,2}[0-9]{1,4}(?:\\s?[a-zA-Z](?![\\p{L}])(?:\\s[0-9]{1,3}(?![\\p{N}.:]))?)?(?:[-/][0-9]{1,4})?");

  static final String[] COMPOUND_SUFFIXES = {
    "straße",
    "strasse",
    "str.",
    "weg",
    "platz",
    "allee",
    "gasse",
    "ring",
    "damm",
    "ufer",
    "chaussee",
    "steig",
    "stieg",
    "kamp",
    "twiete",
    "pfad",
    "markt",
    "straat",
    "laan",
    "gracht",
    "plein",
    "kade",
    "singel",
    "dijk",
    "gatan",
    "vägen",
    "gade",
    "vej",
    "veien",
    "gata",
    "katu",
    "tie",
    "torv",
    "stræde",
    "torget",
    "kuja"
  };

  /**
   * A German street named after a town or a place, with its street word apart: "Berliner Straße
   * 12", "Leipziger Str. 3a", "Alte Landstraße 5". Anchored at the first word.
   */
  static final Pattern GERMAN_SPACED =
      Pattern.compile(
          UP
              + "\\p{L}{1,30}\\s(?:Straße|Strasse|Str\\.|Landstraße|Weg|Platz|Allee|Ring|Damm|Chaussee"
              + "|Gasse|Ufer|Markt|Steig|Pfad|Tor)\\s{1,2}[0-9]{1,4}(?:\\s?[a-zA-Z](?![\\p{L}]))?"
              + "(?:[-/][0-9]{1,4})?(?![\\p{L}\\p{N}])");

  /** The street words of {@link #GERMAN_SPACED}, as they stand before the house number. */
  static final Set<String> GERMAN_SPACED_TYPES =
      Set.of(
          "Straße",
          "Strasse",
          "Str.",
          "Landstraße",
          "Weg",
          "Platz",
          "Allee",
          "Ring",
          "Damm",
          "Chaussee",
          "Gasse",
          "Ufer",
          "Markt",
          "Steig",
          "Pfad",
          "Tor");

  /**
   * Words of direction, size and age before a street's name: "Nørre Voldgade", "Store Kongensgade",
   * "Östra Hamngatan", "Alte Landstraße"; part of the street.
   */
  static final Set<String> STREET_PREFIXES =
      Set.of(
          "Nørre", "Søndre", "Vester", "Øster", "Store", "Lille", "Gamle", "Nye", "Nedre", "Øvre",
          "Norra", "Södra", "Västra", "Östra", "Stora", "Lilla", "Gamla", "Alte", "Neue", "Große",
          "Kleine", "Obere", "Untere", "Hohe", "Lange", "Breite");

  /** German multi-word streets: "Unter den Linden 77", "Am Markt 5". Anchored at the first word. */
  static final Pattern GERMAN_PHRASE =
      Pattern.compile(
          "(?:Am|An der|An den|Auf dem|Unter den|Im|Zum|Zur)\\s"
              + UP
              + "\\p{L}{2,30}\\s[0-9]{1,4}[a-z]?(?![\\p{L}\\p{N}])");

  /**
   * Turkish: the street type after the name, "No:" and the house number, then the flat and floor.
   * Anchored at the street type; the name before it is added by the caller.
   */
  static final Pattern TURKISH =
      Pattern.compile(
          "(?:Caddesi|Cad\\.|Cd\\.|Sokak|Sokağı|Sok\\.|Sk\\.|Bulvarı|Bulv\\.|Blv\\.|Yolu)\\s?,?\\s"
              + "(?:No|NO|no|Nr)\\s?[:.]?\\s?[0-9]{1,4}[A-Za-z]?(?:/[0-9A-Za-z]{1,4})?"
              + "(?:,?\\s(?:D|Daire|K|Kat|Blok)\\s?[:.]?\\s?[0-9A-Z]{1,3}(?![\\p{L}\\p{N}]))*");

  static final String[] TURKISH_TYPES = {
    "Caddesi", "Cad.", "Cd.", "Sokak", "Sokağı", "Sok.", "Sk.", "Bulvarı", "Bulv.", "Blv.", "Yolu"
  };

  static final String[] GERMAN_PHRASE_STARTS = {
    "Am ", "An der ", "An den ", "Auf dem ", "Unter den ", "Im ", "Zum ", "Zur "
  };

  /**
   * Spanish, Italian, Portuguese, Polish, Romanian, Greek, Bulgarian, Russian, Serbian and
   * Croatian: street type (Spanish, Catalan, Portuguese and Italian ones in lower case too, as
   * prose writes them), name (in quotes or not; after "Bulevar" one to three words in lower case
   * too, the first of six letters or more: "Bulevar oslobođenja"), number (after "nº", "№", "д."
   * and the like). Anchored at the street type.
   */
  static final Pattern TYPE_FIRST =
      Pattern.compile(
          "(?:Calle|C/|Avenida|Avda\\.|Av\\.|Plaza|Paseo|Carrer|Camino|Ronda|Rua|Travessa|Largo|Via|Viale|Piazza|Corso|Vicolo|Piazzale|ul\\.|al\\.|pl\\.|Ulica|Aleja"
              + "|calle|avenida|avda\\.|plaza|paseo|carrer|camino|rua|travessa|viale|piazza|vicolo|piazzale"
              + "|Str\\.|Strada|Bd\\.|Bulevardul|Calea|Aleea|Șos\\.|Șoseaua|Splaiul|Οδός|Οδ\\.|Λεωφόρος|Λεωφ\\."
              + "|[уУ]л\\.|[уУ]лица|[бБ]ул\\.|[бБ]улевард|[бБ]ульвар|[пП]росп\\.|[пП]роспект|[пП]ереулок|[пП]р-т|[нН]аб\\.|[мМ]кр\\.|Bulevar|Trg)"
              + "\\s(?:(?:de|del|de la|di|da|do|dos|das|della|dei)\\s)?[„\"«]?"
              + "(?:"
              + UP
              + "[^\\n,;()]{1,50}?|(?<=Bulevar\\s)\\p{Ll}{6,}(?:\\s\\p{L}{3,}){0,2})"
              + ",?\\s(?:nº\\s?|n\\.º\\s?|no\\.\\s?|núm\\.\\s?|n\\.\\s?|nr\\.\\s?|№\\s?|д\\.\\s?|дом\\s)?[0-9]{1,4}[A-Za-z]?(?:[/-](?:[0-9]{1,4}|[A-Za-z](?![\\p{L}])))?(?![\\p{N}])");

  static final String[] STREET_TYPES_FIRST = {
    "Calle ",
    "C/ ",
    "Avenida ",
    "Avda. ",
    "Av. ",
    "Plaza ",
    "Paseo ",
    "Carrer ",
    "Camino ",
    "Ronda ",
    "Rua ",
    "Travessa ",
    "Largo ",
    "Via ",
    "Viale ",
    "Piazza ",
    "Corso ",
    "Vicolo ",
    "Piazzale ",
    "ul. ",
    "al. ",
    "pl. ",
    "Ulica ",
    "Aleja ",
    "Str. ",
    "Strada ",
    "Bd. ",
    "Bulevardul ",
    "Calea ",
    "Aleea ",
    "Șos. ",
    "Șoseaua ",
    "Splaiul ",
    "Οδός ",
    "Οδ. ",
    "Λεωφόρος ",
    "Λεωφ. ",
    "Bulevar ",
    "Trg "
  };

  /**
   * Street types of {@link #TYPE_FIRST} in lower case as prose writes them, after which the name is
   * capitalised ("calle de la Luna 17", not "plaza Mayor tiene 3").
   */
  static final String[] LOWER_CASE_TYPES_FIRST = {
    "calle ",
    "avenida ",
    "avda. ",
    "plaza ",
    "paseo ",
    "carrer ",
    "camino ",
    "rua ",
    "travessa ",
    "viale ",
    "piazza ",
    "vicolo ",
    "piazzale "
  };

  /** {@link #LOWER_CASE_TYPES_FIRST} as a set. */
  static final Set<String> IN_LOWER_CASE = Set.of(LOWER_CASE_TYPES_FIRST);

  /** The street types of {@link #TYPE_FIRST} in Cyrillic, looked for only in a Cyrillic text. */
  static final String[] CYRILLIC_TYPES_FIRST = {
    "ул. ",
    "Ул. ",
    "улица ",
    "Улица ",
    "бул. ",
    "Бул. ",
    "булевард ",
    "Булевард ",
    "бульвар ",
    "Бульвар ",
    "просп. ",
    "Просп. ",
    "проспект ",
    "Проспект ",
    "переулок ",
    "Переулок ",
    "пр-т ",
    "Пр-т ",
    "наб. ",
    "Наб. ",
    "мкр. ",
    "Мкр. "
  };

  /**
   * Colombian and other Latin American numbered streets: "Calle 93 #11-27", "Carrera 7 No. 72-41".
   * Anchored at the street type.
   */
  static final Pattern NUMBERED =
      Pattern.compile(
          "(?:Calle|Carrera|Cra\\.|Cl\\.|Kr\\.|Avenida|Av\\.|Diagonal|Transversal)\\s[0-9]{1,3}[A-Z]?(?:\\sBis)?"
              + "\\s?(?:#|No\\.?|N°|Nº)\\s?[0-9]{1,3}[A-Z]?\\s?-\\s?[0-9]{1,3}(?![\\p{N}])");

  static final String[] NUMBERED_STARTS = {
    "Calle ", "Carrera ", "Cra. ", "Cl. ", "Kr. ", "Avenida ", "Av. ", "Diagonal ", "Transversal "
  };

  /**
   * Nordic and Baltic street words written apart from the name: "Kong Oscars gate 49", "Bygdøy allé
   * 21", "Sandviks vei 3", "Rīgas iela 48", "Pärnu mnt 22".
   */
  static final Set<String> SPACED_TYPES =
      Set.of(
          "gate",
          "gata",
          "gaten",
          "vei",
          "veg",
          "veien",
          "vegen",
          "allé",
          "plass",
          "torg",
          "vej",
          "gade",
          "gatan",
          "vägen",
          "väg",
          "gränd",
          "torget",
          "iela",
          "bulvāris",
          "prospekts",
          "laukums",
          "gatvė",
          "prospektas",
          "tänav",
          "maantee",
          "puiestee",
          "mnt",
          "tn",
          "pst");

  /**
   * Estonian street words in short, written in lower case; in capitals they are a state's or a time
   * zone's ("Chennai TN 600001", "Friday PST 10").
   */
  static final Set<String> LOWER_CASE_ONLY = Set.of("tn", "pst", "mnt");

  /** Lithuanian street words in short, after a name in the genitive: "Vilniaus g. 15". */
  static final Set<String> LITHUANIAN_TYPES = Set.of("g.", "pr.");

  /**
   * Post office boxes: "P.O. Box 1234", "Postfach 10 01 23", "Postbus 123", "Apartado de Correos
   * 45", "BP 123", "Posbus 1182", "Postboks 45", "S.L.P. 1127", "Caixa Postal 88".
   */
  static final Pattern PO_BOX =
      Pattern.compile(
          "(?:P\\.\\s?O\\.\\s?Box|PO\\sBox|P\\.O\\.B\\.|Post\\sOffice\\sBox|Postfach|Postbus|Apartado(?:\\sde\\s[Cc]orreos)?|Casella\\s[Pp]ostale|Boîte\\s[Pp]ostale|BP|Posbus|Postboks|S\\.L\\.P\\.|Skrytka\\s[Pp]ocztowa|Caixa\\s[Pp]ostal|Casilla)"
              + "\\s{1,2}[0-9]{1,6}(?:\\s[0-9]{2}){0,2}(?:-[0-9]{5})?(?![\\p{L}\\p{N}])");

  static final String[] PO_BOX_STARTS = {
    "P.O. Box",
    "P. O. Box",
    "P.O.Box",
    "PO Box",
    "P.O.B.",
    "Post Office Box",
    "Postfach",
    "Postbus",
    "Apartado",
    "Casella",
    "Boîte",
    "BP ",
    "Posbus",
    "Postboks",
    "S.L.P.",
    "Skrytka",
    "Caixa",
    "Casilla"
  };
}
