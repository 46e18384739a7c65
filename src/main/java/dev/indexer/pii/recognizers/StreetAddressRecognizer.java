package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses: a street line in one of several national shapes ("221B Baker Street",
 * "Hauptstraße 5", "12 rue de la Paix", "Calle Mayor 3", "Via Roma 10", "ul. Długa 5"), or the line
 * after an "Address:" cue, extended over the contiguous locality parts that follow on the same line
 * or the next lines: postcode and city in several countries' formats, US "City, ST 12345", UK
 * postcodes, and a country name.
 */
public final class StreetAddressRecognizer implements Recognizer {

  private static final String UP = StreetShapes.UP;

  static final String[] CUES = {
    "address",
    "addr.",
    "adresse",
    "anschrift",
    "wohnort",
    "dirección",
    "direccion",
    "domicilio",
    "indirizzo",
    "endereço",
    "morada",
    "adres",
    "adresa",
    "residence",
    "lives at",
    "ship to",
    "shipping to",
    "deliver to",
    "heimilisfang",
    "lögheimili",
    "lakcím",
    "aadress",
    "adresas",
    "bydliště",
    "bydlisko",
    "διεύθυνση",
    "адрес",
    "адреса",
    "地址",
    "住所",
    "주소",
    "כתובת",
    "نشانی",
    "آدرس",
    "domiciliu",
    "osoite",
    "postadresse",
    "lakóhely",
    "العنوان",
    "tirahan",
    "seoladh",
    "địa chỉ",
    "anwani",
    "alamat",
    "पता",
    "ที่อยู่",
    "住址",
    "居住地",
    "소재지",
    "位于"
  };

  /**
   * Words of residence that contracts and letters put before an address in running text: "bytem
   * Husova 12", "κάτοικος Λεωφ. Αλεξάνδρας 96", "residente na Rua do Almada, 210", "cu domiciliul
   * în Str. ...", "beralamat di Jl. ...". The address after one must open with a street and a
   * number ({@link #PROSE_STREET}).
   */
  static final String[] PROSE_CUES = {
    "bytem",
    "bydlištěm",
    "κάτοικος",
    "κάτοικοι",
    "οδού",
    "residente na",
    "residente no",
    "residente em",
    "residente à",
    "residente in",
    "residente a",
    "domiciliada",
    "domiciliado",
    "domiciliul",
    "domiciliată",
    "domiciliat",
    "domicilio en",
    "domicilié",
    "domiciliée",
    "demeurant",
    "wohnhaft",
    "zamieszkały",
    "zamieszkała",
    "zamieszkałym",
    "zamieszkałą",
    "woonachtig",
    "wonende",
    "residing at",
    "resident at",
    "living at",
    "thường trú tại",
    "trú tại",
    "beralamat di",
    "bertempat tinggal di",
    "naninirahan sa",
    "ikamet eden",
    "mkazi wa"
  };

  /**
   * A street and its number in running text: up to six capitalised words, abbreviations with a dot
   * or particles ("Rua do Almada", "Λεωφ. Αλεξάνδρας", "Jl. Kenanga Raya", "Str. Avram Iancu"),
   * then the number, maybe after "No.", "nr." or a comma ("Husova 1553/8", "nr. 17", ", 210").
   */
  private static final Pattern PROSE_STREET =
      Pattern.compile(
          // the number first, then the street's words: "Số 12/4 đường Lê Lợi", "No. 8 Kalye Mabini"
          "(?:No\\.|Số|Nº)\\s?[0-9]{1,5}(?:/[0-9]{1,4})?[A-Za-z]?(?:\\s\\p{Ll}{1,6})?(?:\\s\\p{Lu}[\\p{L}'’-]*){1,5}"
              + "|(?:(?:\\p{Lu}[\\p{L}'’-]*\\.?|\\p{Ll}{1,5}\\.|de|del|da|do|das|dos|di|la|le|van|der|na|of)\\s){1,6}"
              + "(?:,\\s)?(?:(?:No|no|Nr|nr|nº|n\\.º|N°|č\\.|č\\.p\\.)\\.?\\s?)?"
              + "[0-9]{1,5}(?:/[0-9]{1,4})?[A-Za-z]?(?![\\p{L}\\p{N}])");

  /**
   * After a Chinese or Japanese cue: spaces and a colon, and the rest of a label only before a
   * colon ("住所又は居所："; not the city of "位于上海市...").
   */
  private static final Pattern HAN_GAP =
      Pattern.compile(
          "(?:\\p{L}{1,6}(?=[\\s\u3000]{0,3}[:：])|[是为為](?=\\p{IsHan}))?[\\s\u3000]{0,3}[:：]?[\\s\u3000]{0,3}");

  /** Before a colon, a form's label of up to four more words and a note in brackets. */
  private static final Pattern LONG_LABEL =
      Pattern.compile("\\p{L}{0,12}(?:\\s\\(?\\p{L}{1,16}\\)?){1,4}\\s{0,3}[:：]\\s{0,3}");

  /** A postcode named as one ("ZIP 94043-1351"): a postcode alone is not an address. */
  private static final Pattern POSTCODE_ALONE =
      Pattern.compile("(?i)(?:zip|zip code|postcode|post code|postal code|plz|cap|cp)\\b");

  /**
   * After a cue: the rest of its word and, before a colon, one more word in lower case of a script
   * other than English's at most ("Адрес регистрации:"; not "Address space:"), then a colon or dash
   * and the spaces that align a form's values.
   */
  private static final Pattern AFTER_CUE =
      Pattern.compile(
          "[\\p{L}\\p{M}]{0,12}(?:\\s(?:[\\p{Ll}&&[^a-z]]\\p{Ll}{1,13}|[\\p{Lo}&&[^\\p{IsHan}]][\\p{Lo}\\p{M}]{1,13})(?=\\s{0,3}[:：]))?[\\s\u3000]{0,3}[:：\\-|]?\\s{0,3}[ \\t]{0,21}");

  private static final Pattern LOCALITY =
      Pattern.compile(
          "(?:,\\s{0,3}|\\s{0,3}\\r?\\n\\s{0,8}|\\s{1,3})(?:"
              // US: City, ST 12345(-6789)
              + "(?:"
              + UP
              + "[\\p{L}.'’-]{1,25}(?:\\s"
              + UP
              + "[\\p{L}.'’-]{1,25}){0,2},?\\s[A-Z]{2}\\s[0-9]{5}(?:-[0-9]{4})?)"
              // Postcode + city: DE/FR/ES/IT/AT/CH/BE/DK/NO/SE/FI (4-5 digits, optional country
              // prefix), PL 00-950, PT 1000-001, NL 1012 AB
              + "|(?:(?:[A-Z]{1,2}-)?(?:[0-9]{2}-[0-9]{3}|[0-9]{4}-[0-9]{3}|[0-9]{3}\\s[0-9]{2}|[0-9]{4}\\s?[A-Z]{2}|[0-9]{3,6}|[A-Z][0-9]{4}(?:[A-Z]{3})?)\\s"
              + UP
              + "[\\p{L}.'’-]{1,30}(?:(?<!\\p{L}{4}\\.)[ /-]"
              + "(?:"
              + UP
              + "|(?:am|an|sur|de|op|aan|upon|on|en|le|la|lès|les|im|ob|bei|ter|ten|del|di|sous|in)(?=\\s"
              + UP
              + "))[\\p{L}.'’-]{0,30}){0,2}(?: [0-9]{1,2}e?)?)"
              // UK: optional city (of up to three words: "Newcastle upon Tyne"), postcode
              + "|(?:(?:"
              + UP
              + "[\\p{L}'’-]{1,25}(?:\\s(?:upon|on|under|in|by|le|next the|"
              + UP
              + "[\\p{L}'’-]{1,25})){0,2}\\s)?[A-Z]{1,2}[0-9][A-Z0-9]?\\s?[0-9][A-Z]{2}(?![A-Za-z0-9]))"
              // Ireland: optional city and district ("Dublin 6, "), Eircode (routing key and
              // unique identifier)
              + "|(?:(?:"
              + UP
              + "[\\p{L}'’-]{1,25}(?:\\s[0-9]{1,2}W?)?,?\\s)?(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W)\\s?[0-9AC-FHKNPRTV-Y]{4}(?![A-Za-z0-9]))"
              // Canada: City, Province A1A 1A1
              + "|(?:"
              + UP
              + "[\\p{L}'’-]{1,25},?\\s[A-Z]{2}\\s[A-Z][0-9][A-Z]\\s?[0-9][A-Z][0-9])"
              // Australia: suburb, state, postcode ("Richmond VIC 3121")
              + "|(?:"
              + UP
              + "[\\p{L}'’-]{1,25}(?:\\s"
              + UP
              + "[\\p{L}'’-]{1,25}){0,2},?\\s(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\\s[0-9]{4}(?![0-9]))"
              // Brazil: City - ST, CEP ("São Paulo - SP, 01426-001") or the CEP first
              + "|(?:"
              + UP
              + "[\\p{L}'’-]{1,25}(?:\\s"
              + UP
              + "[\\p{L}'’-]{1,25}){0,2}\\s?[-–/]\\s?[A-Z]{2}(?:,?\\s[0-9]{5}-[0-9]{3})?(?![\\p{L}\\p{N}]))"
              // the CEP, then the town and its state: "90570-080 Porto Alegre – RS"
              + "|(?:(?:CEP:?\\s)?[0-9]{5}-[0-9]{3}(?![0-9])(?:\\s"
              + UP
              + "[\\p{L}'’-]{1,25}(?:\\s"
              + UP
              + "[\\p{L}'’-]{1,25}){0,2}\\s?[-–/]\\s?[A-Z]{2}(?![\\p{L}\\p{N}]))?)"
              // City then postcode (ES/IT/FR order variants): "Madrid 28013"
              + "|(?:"
              + UP
              + "[\\p{L}'’-]{2,25}\\s[0-9]{5}(?![0-9]))"
              // A state's or region's abbreviation closing the address: "..., CDMX"
              + "|(?:[A-Z]{2,4}(?![\\p{L}\\p{N}])(?=\\s*(?:\\r?\\n|$|[.;)])))"
              // Country names
              + "|(?:USA|U\\.S\\.A\\.|United States|United Kingdom|UK|England|Scotland|Wales|Ireland|Germany|Deutschland|France|Spain|España|Italy|Italia|Netherlands|Nederland|Belgium|België|Belgique|Austria|Österreich|Switzerland|Schweiz|Suisse|Portugal|Poland|Polska|Sweden|Sverige|Denmark|Danmark|Norway|Norge|Finland|Suomi|Canada|Australia|Mexico|México|Brazil|Brasil|Japan|India|Luxembourg|Czech Republic|Česko)(?![\\p{L}]))");

  /**
   * Floor, door or flat between the street and the locality: "3º B", "2° étage", "piso 4", "Whg.
   * 12".
   */
  private static final Pattern UNIT =
      Pattern.compile(
          "(?i)[,.]?\\s{1,3}(?:[0-9]{1,2}\\.?\\s?[ºª°]\\.?\\s?(?:(?:izq(?:da)?|izda|izd|dcha|dch|dra|der|esq|dto|drt)\\.?|[A-Z0-9]{1,3}(?![\\p{L}\\p{N}]))?(?:\\s?(?:piso|planta|étage|etage|izq(?:da)?\\.?|dcha\\.?))?"
              + "|[0-9]{1,2}(?:r|n|t|è|o)\\s[0-9]{1,2}a(?![\\p{L}\\p{N}])"
              + "|(?:bajo|entlo\\.?|entresuelo|ático|local\\s[0-9]{1,4})(?![\\p{L}\\p{N}])"
              // Danish floor and side: "2. th.", "st. tv."
              + "|(?:[0-9]{1,2}\\.|st\\.)\\s?(?:th|tv|mf|sal)\\.?(?![\\p{L}\\p{N}])"
              // German floor and side ("3. OG links"), Hungarian floor and door ("II. em. 4.",
              // "fszt. 2."), Portuguese ground floor ("r/c Dto.")
              + "|[0-9]{1,2}\\.\\s?(?:OG|Obergeschoss|Etage|Stock)(?:\\s(?:rechts|links|mitte|re\\.|li\\.))?(?![\\p{L}\\p{N}])"
              + "|(?:[IVX]{1,4}\\.|[0-9]{1,2}\\.)\\s?em\\.(?:\\s?[0-9]{1,3})?(?![\\p{L}\\p{N}])"
              + "|fszt\\.(?:\\s?[0-9]{1,3})?(?![\\p{L}\\p{N}])"
              // Nordic and Finnish floors: "3 tr", "2. etg", "4 krs", "vån 3"
              + "|[0-9]{1,2}\\.?\\s?(?:tr|trappor|vån|våning|etg|etasje|krs|kerros)\\.?(?![\\p{L}\\p{N}])"
              + "|vån\\.?\\s?[0-9]{1,2}(?![\\p{L}\\p{N}])"
              + "|r/c(?:\\s(?:dto|esq|dt|drt)\\.?)?(?![\\p{L}\\p{N}])"
              + "|(?:piso|planta|puerta|pta\\.|apto\\.?|dpto\\.?|depto\\.?|esc\\.|escalera|étage|bât\\.|bâtiment|appt?\\.|apt\\.|apartment|scala|piano|interno|int\\.|whg\\.|wohnung|stock|etage|bus|boîte|app\\.|ap\\.|of\\.|oficina|lok\\.|lokal|m\\.|bl\\.|sc\\.|et\\.|lgh|lägenhet|as\\.|asunto|íbúð|appt|apto|apt|app|casa|sala|bloco|bloque|depto|daire:?|kat:?"
              // Bucharest's sector, Bulgarian entrance, floor and flat, Serbian flat, floor,
              // entrance
              + "|sector|sectorul|вх\\.|ет\\.|ап\\.|stan|sprat|ulaz)"
              + "\\s?[A-Z0-9º°ª.-]{1,6})");

  /** A Mexican or Brazilian neighbourhood between the street and the postcode: "Col. Juárez". */
  private static final Pattern NEIGHBOURHOOD =
      Pattern.compile(
          ",\\s(?:Col\\.|Colonia|Bairro|Barrio|Fracc\\.)\\s"
              + UP
              + "[\\p{L}'’-]{1,25}(?:\\s(?:de\\s|del\\s)?"
              + UP
              + "[\\p{L}'’-]{1,25}){0,3}");

  private static final Pattern CITY_ONLY =
      Pattern.compile(
          ",\\s{0,3}"
              + UP
              + "[\\p{L}'’-]{2,25}(?:\\s"
              + UP
              + "[\\p{L}'’-]{2,25})?(?=\\s*(?:\\r?\\n|$|,))");

  @Override
  public Set<PiiType> types() {
    return Set.of(PiiType.STREET_ADDRESS);
  }

  private final AddressModel model = AddressModel.get();

  private final NameLists names = NameLists.get();

  @Override
  public void find(String text, List<Finding> out) {
    if (!UsSsnRecognizer.containsDigit(text) && !OtherDigits.holdsOne(text, 0, text.length())) {
      return; // no house number nor postcode, in any script's digits
    }
    int first = out.size();
    findInMixedCase(text, out);
    String titled = CapitalLines.titled(text);
    if (titled != null) {
      // Lines in capitals ("8813 BLUEBONNET TRL"), read again as the same lines in mixed case.
      List<Finding> more = new ArrayList<>();
      Object[] kept = Scan.saved();
      try {
        findInMixedCase(titled, more);
      } finally {
        Scan.restore(kept); // the recognizers after this one read the text itself again
      }
      CapitalLines.addNew(text, more, first, out);
    }
  }

  private void findInMixedCase(String text, List<Finding> out) {
    int first = out.size();
    Matcher locality = Scan.matcher(LOCALITY, text);
    Matcher city = Scan.matcher(CITY_ONLY, text);
    Matcher unit = Scan.matcher(UNIT, text);
    BitSet streetStarts = new BitSet();
    String lower = Scan.lower(text);
    findNumberedStreets(text, lower, locality, city, unit, streetStarts, out);
    anchoredAtWords(
        text,
        StreetShapes.GERMAN_PHRASE,
        StreetShapes.GERMAN_PHRASE_STARTS,
        locality,
        city,
        unit,
        streetStarts,
        out);
    anchoredAtWords(
        text,
        StreetShapes.TYPE_FIRST,
        StreetShapes.STREET_TYPES_FIRST,
        locality,
        city,
        unit,
        streetStarts,
        out);
    anchoredAtWords(
        text,
        StreetShapes.TYPE_FIRST,
        StreetShapes.LOWER_CASE_TYPES_FIRST,
        locality,
        city,
        unit,
        streetStarts,
        out);
    if (Scan.anyIn(text, '\u0400', '\u04FF')) {
      anchoredAtWords(
          text,
          StreetShapes.TYPE_FIRST,
          StreetShapes.CYRILLIC_TYPES_FIRST,
          locality,
          city,
          unit,
          streetStarts,
          out);
    }
    anchoredAtWords(
        text,
        StreetShapes.NUMBERED,
        StreetShapes.NUMBERED_STARTS,
        locality,
        city,
        unit,
        streetStarts,
        out);
    poBoxes(text, locality, city, unit, streetStarts, out);
    if (VCards.in(text)) {
      VCards.streets(text, out);
    }
    if (Hl7Segments.in(text)) {
      Hl7Segments.streets(text, out);
    }
    findAfterCues(text, lower, locality, city, unit, streetStarts, out);
    afterPostcodeMark(text, out);
    CjkAddresses.find(text, out);
    arabicStreetLines(text, out);
    findInProse(text, lower, locality, city, unit, streetStarts, out);
    for (int k = first; k < out.size(); k++) {
      Finding f = out.get(k);
      int end = tailEnd(text, f.end());
      if (end > f.end()) {
        out.set(k, new Finding(f.type(), f.start(), end, f.score()));
      }
    }
    localityLines(text, first, out);
    StreetsBeforePostcodes.find(text, first, out);
    StreetsBeforePostcodes.lines(text, first, out, names);
    PostcodeFirstAddresses.find(text, out);
    PostcodeTails.find(text, first, out, names);
    EnvelopeBlocks.find(text, out, names);
    int modelFirst = out.size();
    model.find(text, out);
    // The rules above leave a firm's or a public place's address out; so does the model.
    out.subList(modelFirst, out.size())
        .removeIf(f -> PostcodeTails.organisationBefore(text, f.start()));
    BuildingNames.extend(text, first, out);
    CjkAddresses.unitLines(text, first, out);
    if (text.indexOf('\n') >= 0) {
      PostalBlocks.extend(text, first, out, names);
    }
    AddressFields.find(text, first, out, names);
    ThaiAndIndicAddressLines.find(text, out);
    if (text.indexOf('\n') >= 0) {
      AddressColumns.find(text, lower, first, out);
    }
    out.subList(first, out.size())
        .removeIf(
            f ->
                f.type() == PiiType.STREET_ADDRESS
                    && (Scan.matcher(DURATION, text).region(f.start(), f.end()).lookingAt()
                        || afterASeatsLabel(text, f.start())
                        || InstitutionAddresses.at(text, lower, f.start())));
  }

  /**
   * Labels of a firm's registered office, its seat or head office: the address after one is no
   * person's ("Sitz der Gesellschaft: Hauptstraße 5", "Siège social : 12 rue de la Paix").
   */
  private static final String[] SEAT_LABELS = {
    "registered office",
    "head office",
    "headquarters",
    "sitz der gesellschaft",
    "firmensitz",
    "geschäftssitz",
    "siège social",
    "siège",
    "sede legale",
    "sede sociale",
    "sede social",
    "domicilio social",
    "седалище",
    "siedziba",
    "sídlo",
    "statutaire zetel",
    "hoofdkantoor",
    "székhely",
    "sediul social",
    "sediu social",
    "kotipaikka",
    "hovedkontor",
    "юридический адрес",
    "本社所在地",
    "注册地址",
    "公司地址"
  };

  /** How far before an address its seat's label is looked for. */
  private static final int SEAT_REACH = 120;

  /**
   * Whether the address at {@code start} is the value of a seat's label: the label before the colon
   * that precedes it on its line, or the line above ending with such a label and a colon when the
   * address starts its line; a seat named elsewhere on the line does not count.
   */
  private static boolean afterASeatsLabel(String text, int start) {
    int ls = Scan.lineStart(text, start, SEAT_REACH);
    if (ls < 0) {
      return false; // no field's label on a line this long
    }
    if (text.substring(ls, start).isBlank()) {
      if (ls == 0) {
        return false;
      }
      int above = Scan.lineStart(text, ls - 1, SEAT_REACH); // "Registered office:" above it
      String line = above < 0 ? "" : text.substring(above, ls - 1).strip();
      return (line.endsWith(":") || line.endsWith("：")) && seatLabel(line, 0, line.length());
    }
    // The label the address is the value of: after the line's colon before the address, up to
    // that colon ("Head office: Berlin. Home address: 5 Oak St" gives "Home address").
    int colon = -1;
    for (int i = start - 1; i >= ls && colon < 0; i--) {
      if (text.charAt(i) == ':' || text.charAt(i) == '：') {
        colon = i;
      }
    }
    if (colon < 0) {
      return false;
    }
    int labelStart = ls;
    for (int i = colon - 1; i >= ls; i--) {
      char c = text.charAt(i);
      if (c == ':' || c == '：' || c == '.' || c == ';') {
        labelStart = i + 1;
        break;
      }
    }
    return seatLabel(text, labelStart, colon);
  }

  private static boolean seatLabel(String text, int s, int e) {
    String label = text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
    for (String seat : SEAT_LABELS) {
      if (label.contains(seat)) {
        return true;
      }
    }
    return false;
  }

  /** "Time at address: 4 years 2 months", "2 yrs 4 mths": a duration, not a house number. */
  private static final Pattern DURATION =
      Pattern.compile(
          "\\s*[0-9]{1,3}\\s?(?:years?|yrs?|months?|mths?|mos?|weeks?|wks?|days?|jahre?|monate?|ans?|mois|años|meses)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final String TOWN =
      "(?<![\\p{L}\\p{N}])" + UP + "[\\p{L}.'’-]{1,25}+(?:\\s" + UP + "[\\p{L}.'’-]{1,25}+){0,2}";

  /**
   * A town with its state or province and postcode, on its own: the US ("Boise, ID 83706"), Canada
   * ("Burnaby BC V5H 4G9"), Australia ("Bondi NSW 2026", the postcode in its state's range, so
   * "Windows NT 2000" is none) and the UK ("London SE11 4RS"). The state must be one of the
   * country's; it ends at the postcode.
   */
  private static final Pattern LOCALITY_LINE =
      Pattern.compile(
          TOWN
              + "(?:,\\s(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]|PR)\\s[0-9]{5}(?:-[0-9]{4})?(?![0-9])"
              + "|,?\\s{1,2}(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\\s{1,2}[A-Z][0-9][A-Z]\\s?[0-9][A-Z][0-9](?![A-Za-z0-9])"
              + "|,?\\s(?:NSW\\s[12]|VIC\\s[38]|QLD\\s[49]|SA\\s5|WA\\s6|TAS\\s7|ACT\\s[02]|NT\\s0)[0-9]{3}(?![0-9])"
              + "|\\s[A-Z]{1,2}[0-9][A-Z0-9]?\\s[0-9][A-Z]{2}(?![A-Za-z0-9]))");

  /**
   * Towns with state and postcode that no street came before ({@link #LOCALITY_LINE}): a form's
   * field, a CSV cell, a shipping label's line. Each digit run may end one; the search looks back
   * at most 70 chars on its line.
   */
  private static void localityLines(String text, int first, List<Finding> out) {
    Matcher m = Scan.matcher(LOCALITY_LINE, text);
    int n = text.length();
    int done = 0;
    Scan.DigitRuns digitRuns = Scan.digitRuns(text);
    for (int p = digitRuns.at(0); p >= 0; p = digitRuns.at(p + 1)) {
      if (p < done || p < 2) {
        continue;
      }
      char before = text.charAt(p - 1);
      if (before != ' ' && !(before >= 'A' && before <= 'Z')) {
        continue; // a postcode follows a space or, in the UK and Canada, a capital
      }
      int digits = Scan.digitsAt(text, p);
      boolean stateBefore = before == ' ' && upper(text, p - 2) && upper(text, p - 3);
      if (!((digits == 5 || digits == 4) && stateBefore
          || upper(text, p - 1)
              && digits <= 2
              && (britishAt(text, p) || canadianAround(text, p)))) {
        continue; // no ZIP or postcode after a state's code, no postcode area before its digits
      }
      int from = Math.max(done, p - 70);
      int line = Scan.lineStart(text, p, p - from);
      if (line >= 0) {
        from = line; // the town is on the postcode's line
      }
      m.region(from, Math.min(n, p + 12));
      while (m.find()) {
        if (m.start() <= p && p < m.end()) {
          if (!covered(out, first, m.start(), m.end())) {
            addOrJoin(text, first, m.start(), m.end(), out);
          }
          done = m.end();
          break;
        }
      }
    }
  }

  /**
   * Adds a town line [start, end), or joins it to the street right before it on its line ("4410
   * Rainier Ave S, Apt 302, Seattle, WA 98118" is one address).
   */
  private static void addOrJoin(String text, int first, int start, int end, List<Finding> out) {
    for (int k = out.size() - 1; k >= Math.max(first, out.size() - RECENT); k--) {
      Finding f = out.get(k);
      if (f.type() == PiiType.STREET_ADDRESS
          && f.start() < start
          && f.end() < end
          && (f.end() > start
              || (start - f.end() <= 3 && text.substring(f.end(), start).matches(",? {0,2}")))) {
        out.set(k, new Finding(f.type(), f.start(), end, f.score()));
        return;
      }
    }
    if (fieldStart(text, start)) {
      out.add(new Finding(PiiType.STREET_ADDRESS, start, end, 0.7));
    }
  }

  /**
   * Whether a town line starts a field of its own: a line, a quoted or tagged value, a cell, or the
   * value after a label's colon; not the words after a street's name in running text ("Flinders
   * Street, Adelaide SA 5000", an office's).
   */
  private static boolean fieldStart(String text, int start) {
    int i = start - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i < 0 || "\n\"'>:：|\t(".indexOf(text.charAt(i)) >= 0;
  }

  /**
   * How many of the last findings a town line is compared with: the street it joins was found just
   * before it, and a text with thousands of findings stays linear.
   */
  static final int RECENT = 32;

  /** Whether a British postcode's district digit and inward code ("1 4RS", "1A 1AA") start at p. */
  private static boolean britishAt(String text, int p) {
    int q = p + 1;
    if (q < text.length() && (upper(text, q) || Scan.isDigit(text.charAt(q)))) {
      q++;
    }
    return q + 3 < text.length()
        && Character.isWhitespace(text.charAt(q))
        && Scan.isDigit(text.charAt(q + 1))
        && upper(text, q + 2)
        && upper(text, q + 3);
  }

  /** Whether a Canadian postcode ("V5H 4G9", "V5H4G9") holds the digit at p. */
  private static boolean canadianAround(String text, int p) {
    for (int s = Math.max(0, p - 6); s < p; s++) {
      int q = s + 3;
      if (q < text.length() && Character.isWhitespace(text.charAt(q))) {
        q++;
      }
      if (q + 2 < text.length()
          && p <= q + 2
          && upper(text, s)
          && Scan.isDigit(text.charAt(s + 1))
          && upper(text, s + 2)
          && Scan.isDigit(text.charAt(q))
          && upper(text, q + 1)
          && Scan.isDigit(text.charAt(q + 2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean upper(String text, int i) {
    return i >= 0 && text.charAt(i) >= 'A' && text.charAt(i) <= 'Z';
  }

  /** Whether a street address found before covers [start, end) already. */
  static boolean covered(List<Finding> out, int first, int start, int end) {
    for (int k = out.size() - 1; k >= Math.max(first, out.size() - RECENT); k--) {
      Finding f = out.get(k);
      if (f.type() == PiiType.STREET_ADDRESS && f.start() <= start && end <= f.end()) {
        return true;
      }
    }
    return false;
  }

  /** Words of the parts after a street that are no names: flats, blocks, floors, sectors. */
  private static final Set<String> TAIL_WORDS =
      Set.of(
          "ap", "ap.", "apt", "apt.", "apto", "apto.", "bl", "bl.", "sc", "sc.", "etaj", "sector",
          "m", "m.", "nr", "nr.", "piso", "links", "rechts", "lok", "lok.", "suite", "unit",
          "floor", "flat", "-", "–", "#", "de", "da", "do", "del", "la", "phường", "quận", "huyện",
          "xã", "tỉnh", "ngõ", "phố", "đường", "hẻm", "thôn", "ấp", "tổ", "et", "et.", "ет", "ет.",
          "ап", "ап.", "вх", "вх.", "бл", "бл.", "кв", "кв.", "д", "д.", "дом", "г.", "гр.", "обл.",
          "общ.", "с.", "корп.", "корп", "стр.", "лит.", "оф.", "пом.", "стан", "stan", "kat",
          "ulaz", "sprat", "lgh", "piętro");

  /**
   * Where an address ends that goes on after its street [.., end) over parts joined by commas: "22
   * Liberation Road, Airport Residential Area, Accra", "nr. 48, bl. A3, ap. 12, sector 2,
   * București", "№ 42, ет. 2, ап. 5, 1000 София", up to seven parts. A part holds only capitalised
   * words, numbers and codes ("NSW 2042", "D6W XK84") and words of flats and floors; a part with
   * other words ("and John said so") ends it.
   */
  static int tailEnd(String text, int end) {
    int n = text.length();
    int e = end;
    for (int parts = 0; parts < 7; parts++) {
      if (e >= n || text.charAt(e) != ',') {
        return e;
      }
      int q = e + 1;
      while (q < n && text.charAt(q) == ' ') {
        q++;
      }
      int pe = q;
      while (pe < n
          && pe - q <= 48
          && ",;\n".indexOf(text.charAt(pe)) < 0
          && !(text.charAt(pe) == '.'
              && (pe + 1 == n || Character.isWhitespace(text.charAt(pe + 1)))
              && !(pe > q && Character.isLowerCase(text.charAt(pe - 1)) && pe - q <= 4)
              && !ordinalBeforeAWord(text, q, pe))) {
        pe++;
      }
      if (pe == q || pe - q > 48 || !addressPart(text.substring(q, pe))) {
        return e;
      }
      if (pe + 2 < n
          && text.charAt(pe) == '.'
          && pe - q <= 4
          && text.charAt(pe + 1) == ' '
          && Character.isUpperCase(text.charAt(pe + 2))) {
        // An abbreviation before a name: "TP. Hồ Chí Minh", "Brgy. Malate", if the part goes on.
        int more = pe + 2;
        while (more < n && more - q <= 48 && ",;.\n".indexOf(text.charAt(more)) < 0) {
          more++;
        }
        if (more - q <= 48 && addressPart(text.substring(q, more))) {
          pe = more;
        }
      }
      e = pe;
    }
    return e;
  }

  /**
   * Moves the start of the street found at {@code street} back to its cue's value at {@code s} when
   * only parts of an address stand between: a postcode and a town before the street ("Адрес
   * доставки: 620014, г. Екатеринбург, ул. Малышева, д. 51").
   */
  private static void startAtTheCue(String text, int s, int street, List<Finding> out) {
    int e = street;
    while (e > s && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == ',')) {
      e--;
    }
    if (e == s || street - s > 80) {
      return;
    }
    for (String part : text.substring(s, e).split(",")) {
      String p = part.strip();
      if (p.isEmpty()
          || !addressPart(p)
          || p.chars().noneMatch(Character::isLetter)
              && p.chars().filter(Character::isDigit).count() < 4) {
        return; // not a part of an address, nor a postcode ("1. 10 Downing Street": a list's)
      }
    }
    for (int k = out.size() - 1; k >= Math.max(0, out.size() - RECENT); k--) {
      Finding f = out.get(k);
      if (f.type() == PiiType.STREET_ADDRESS && f.start() == street) {
        out.set(k, new Finding(f.type(), s, f.end(), f.score()));
        return;
      }
    }
  }

  /** Whether the full stop at {@code dot} ends a floor's ordinal before its word: "3. kat". */
  private static boolean ordinalBeforeAWord(String text, int q, int dot) {
    return dot > q
        && dot - q <= 2
        && Scan.isDigit(text.charAt(dot - 1))
        && dot + 2 < text.length()
        && text.charAt(dot + 1) == ' '
        && Character.isLowerCase(text.charAt(dot + 2));
  }

  /** Labels that start the next field, not a part of the address: "Telefon 0151 2345 6789". */
  private static final Set<String> FIELD_LABELS =
      Set.of(
          "tel",
          "tel.",
          "telefon",
          "telephone",
          "phone",
          "mobile",
          "mobil",
          "fax",
          "email",
          "e-mail",
          "iban",
          "dob",
          "tél",
          "tél.",
          "teléfono",
          "telefone",
          "telefono",
          "cell",
          "handy",
          "mob",
          "mob.");

  private static boolean addressPart(String part) {
    long digits = part.chars().filter(Character::isDigit).count();
    if (digits > 8
        || part.indexOf('"') >= 0
        || part.indexOf('+') >= 0
        || part.indexOf('@') >= 0
        || part.indexOf(':') >= 0) {
      return false; // a phone number, a quoted field of a CSV, a label
    }
    String[] tokens = part.trim().split(" +");
    if (FIELD_LABELS.contains(tokens[0].toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    // Not Scan.lower: its one cached text per thread is the whole text the recognizers share.
    if (WEEKDAY.matcher(part.toLowerCase(java.util.Locale.ROOT)).find()) {
      return false; // ", Monday 12 May": a date after the street
    }
    boolean content = false;
    for (String t : tokens) {
      if (t.isEmpty()) {
        continue;
      }
      char c = t.charAt(0);
      boolean digit = t.chars().anyMatch(Character::isDigit);
      if (Character.isUpperCase(c) || digit) {
        content = true;
      } else if (!TAIL_WORDS.contains(t.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return content;
  }

  /** Words that count parts of a text or a series: "Chapter 12 The Road Ahead", "Step 3 Park". */
  private static final Set<String> COUNTED =
      Set.of(
          "chapter",
          "section",
          "part",
          "page",
          "article",
          "step",
          "episode",
          "volume",
          "vol",
          "act",
          "scene",
          "lesson",
          "week",
          "day",
          "level",
          "stage",
          "round",
          "season",
          "psalm",
          "verse",
          "clause",
          "figure",
          "fig",
          "table",
          "exhibit",
          "appendix",
          "annex",
          "slide",
          "track",
          "kapitel",
          "abschnitt",
          "seite",
          "chapitre",
          "capítulo",
          "capitolo",
          "hoofdstuk",
          "rozdział",
          "tabelle",
          "zimmer",
          "raum",
          "abbildung",
          "anlage",
          "folie",
          "schritt",
          "stufe",
          "runde",
          "woche",
          "tag",
          "band",
          "heft",
          "tabel",
          "tableau",
          "tabla");

  /**
   * Whether a word of {@link #COUNTED} stands right before the number at {@code p}, after a space
   * or two.
   */
  static boolean countedBefore(String lower, int p) {
    int e = p;
    while (e > 0 && p - e < 3 && Character.isSpaceChar(lower.charAt(e - 1))) {
      e--;
    }
    if (e == p || e == 0) {
      return false;
    }
    int s = e;
    while (s > 0 && Character.isLetter(lower.charAt(s - 1))) {
      s--;
    }
    return s < e && COUNTED.contains(lower.substring(s, e).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Streets at each run of digits: the house number before the street ("10 Downing Street", "12 rue
   * de la Paix") or after a word ending in a street suffix ("Hauptstraße 5").
   */
  private static void findNumberedStreets(
      String text,
      String lower,
      Matcher locality,
      Matcher city,
      Matcher unit,
      BitSet streetStarts,
      List<Finding> out) {
    int n = text.length();
    Matcher english = Scan.matcher(StreetShapes.ENGLISH, text);
    Matcher french = Scan.matcher(StreetShapes.FRENCH, text);
    Matcher compound = Scan.matcher(StreetShapes.COMPOUND, text);
    Matcher germanSpaced = Scan.matcher(StreetShapes.GERMAN_SPACED, text);
    Scan.DigitRuns digitRuns = Scan.digitRuns(text);
    for (int p = digitRuns.at(0); p >= 0; p = digitRuns.at(p + 1)) {
      if (Scan.wordStart(text, p)) {
        int digits = Scan.digitsAt(text, p);
        if (digits <= 5
            && englishMayStart(text, p + digits)
            && !countedBefore(lower, p)
            && Scan.at(english, p, 200, n)) {
          add(text, unitBefore(text, p), english.end(), locality, city, unit, streetStarts, out);
        } else if (digits <= 4 && frenchMayStart(text, p + digits) && Scan.at(french, p, 80, n)) {
          add(text, french.start(), french.end(), locality, city, unit, streetStarts, out);
        }
      }
      int type = turkishTypeBefore(text, p);
      if (type >= 0) {
        Matcher turkish = Scan.matcher(StreetShapes.TURKISH, text);
        int start = capitalisedWordsBefore(text, type, 3);
        if (start < type && Scan.at(turkish, type, 80, n)) {
          add(text, start, turkish.end(), locality, city, unit, streetStarts, out);
        }
      }
      int spaced = spacedStreetStart(text, lower, p);
      if (spaced >= 0) {
        int q = p;
        while (q < n && q - p < 4 && Scan.isDigit(text.charAt(q))) {
          q++;
        }
        // the flat after a dash or a slash: "Rīgas iela 48-7", "Gedimino pr. 12/5"
        int flat = q + 1;
        while (flat < n && flat - q <= 3 && Scan.isDigit(text.charAt(flat))) {
          flat++;
        }
        if (q < n && (text.charAt(q) == '-' || text.charAt(q) == '/') && flat > q + 1) {
          q = flat;
        }
        add(text, spaced, q, locality, city, unit, streetStarts, out);
      }
      // "Hauptstraße 5": the word before the number ends in a street suffix.
      int q = p;
      while (q > 0 && q > p - 2 && text.charAt(q - 1) == ' ') {
        q--;
      }
      if (q < p && q > 0) {
        int ws = q;
        while (ws > 0
            && q - ws < 48
            && (Character.isLetter(text.charAt(ws - 1))
                || text.charAt(ws - 1) == '.'
                || text.charAt(ws - 1) == '-')) {
          ws--;
        }
        if (ws < q && endsWithSuffix(lower, ws, q)) {
          while (ws < q && !Character.isUpperCase(text.charAt(ws))) {
            ws++;
          }
          if (ws < q && Scan.wordStart(text, ws) && Scan.at(compound, ws, 80, n)) {
            int start = withPrefix(text, compound.start());
            add(text, start, compound.end(), locality, city, unit, streetStarts, out);
            continue;
          }
        }
        // "Berliner Straße 12": a town's or place's word, then the street word apart.
        int ts = ws;
        if (ws < q && StreetShapes.GERMAN_SPACED_TYPES.contains(text.substring(ws, q))) {
          ts = previousWordStart(text, ws);
        }
        if (ts < ws
            && Scan.at(germanSpaced, ts, 80, n)
            && germanSpaced.end() > p
            && (townAdjective(text, ts, ws - 1, text.substring(ws, q))
                || StreetShapes.STREET_PREFIXES.contains(text.substring(ts, ws - 1)))) {
          add(text, ts, germanSpaced.end(), locality, city, unit, streetStarts, out);
        }
      }
    }
  }

  /**
   * The start of the unit written before the house number at {@code p} in Australia and New Zealand
   * ("7/42 Beach Road"), or {@code p}.
   */
  private static int unitBefore(String text, int p) {
    if (p < 2 || text.charAt(p - 1) != '/') {
      return p;
    }
    int b = p - 1;
    if (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--; // "3B/12"
    }
    int d = b;
    while (d > 0 && b - d < 4 && Scan.isDigit(text.charAt(d - 1))) {
      d--;
    }
    return d < b && (d == 0 || Character.isWhitespace(text.charAt(d - 1))) ? d : p;
  }

  /** Street words after a town's adjective: not "Ring" or "Tor" ("Peter Ring 3", "Order Tor 5"). */
  private static final Set<String> AFTER_A_TOWN =
      Set.of(
          "Straße",
          "Strasse",
          "Str.",
          "Landstraße",
          "Allee",
          "Chaussee",
          "Damm",
          "Ufer",
          "Platz",
          "Weg",
          "Gasse",
          "Markt",
          "Steig",
          "Pfad");

  /**
   * Whether [s, e) is a town's or place's adjective before the street word {@code type}
   * ("Berliner", "Schleißheimer", "Goslarsche", "Hannoverschen"): ending in "er", "sche" or
   * "schen", no listed given name ("Peter"), before a street word that is no English word ("Order
   * Ring").
   */
  private static boolean townAdjective(String text, int s, int e, String type) {
    String w = text.substring(s, e);
    return (w.endsWith("er")
            || (w.endsWith("sche") || w.endsWith("schen"))
                && !COMMON_ADJECTIVE.matcher(w).lookingAt())
        && AFTER_A_TOWN.contains(type)
        && !NameLists.get().isFirst(w);
  }

  /** The start of the capitalised word right before {@code s} and one space, or {@code s}. */
  private static int previousWordStart(String text, int s) {
    if (s < 3 || text.charAt(s - 1) != ' ') {
      return s;
    }
    int b = s - 1;
    while (b > 0 && s - b < 32 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return b < s - 2 && Character.isUpperCase(text.charAt(b)) && Scan.wordStart(text, b) ? b : s;
  }

  /** The street at {@code s} with a word of direction or size before it ("Nørre Voldgade"). */
  private static int withPrefix(String text, int s) {
    int b = previousWordStart(text, s);
    return b < s && StreetShapes.STREET_PREFIXES.contains(text.substring(b, s - 1)) ? b : s;
  }

  /**
   * Where a street of capitalised words and a separate Nordic street word before the house number
   * at {@code p} starts ("Kong Oscars gate 49"), or -1.
   */
  private static int spacedStreetStart(String text, String lower, int p) {
    if (p < 6 || text.charAt(p - 1) != ' ') {
      return -1;
    }
    int we = p - 1;
    // Lithuanian "g." and "pr." after a name in the genitive: "Vilniaus g. 15", "Gedimino pr. 12"
    boolean dotted = text.charAt(we - 1) == '.';
    int ws = dotted ? we - 1 : we;
    while (ws > 0 && we - ws < 8 && Character.isLetter(text.charAt(ws - 1))) {
      ws--;
    }
    if (ws < 2
        || text.charAt(ws - 1) != ' '
        || !(dotted
            ? StreetShapes.LITHUANIAN_TYPES.contains(lower.substring(ws, we))
                && lithuanianGenitive(lower, ws - 1)
            : StreetShapes.SPACED_TYPES.contains(lower.substring(ws, we))
                && (!StreetShapes.LOWER_CASE_ONLY.contains(lower.substring(ws, we))
                    || text.startsWith(lower.substring(ws, we), ws)))) {
      return -1;
    }
    int start = -1;
    int b = ws - 1;
    for (int words = 0; words < 3 && b > 0; words++) {
      int e = b;
      int s = e;
      while (s > 0 && e - s < 30 && Character.isLetter(text.charAt(s - 1))) {
        s--;
      }
      if (s == e || !Character.isUpperCase(text.charAt(s))) {
        break;
      }
      start = s;
      if (s == 0 || text.charAt(s - 1) != ' ') {
        break;
      }
      b = s - 1;
    }
    return start;
  }

  /** Endings of Lithuanian genitives, which name a street before "g." or "pr.". */
  private static final String[] LITHUANIAN_GENITIVES = {"aus", "io", "ino", "os", "ės", "ų", "ies"};

  /**
   * Whether the word ending at {@code e} ends like a Lithuanian genitive ("Vilniaus", "Gedimino").
   */
  private static boolean lithuanianGenitive(String lower, int e) {
    for (String ending : LITHUANIAN_GENITIVES) {
      if (lower.startsWith(ending, e - ending.length())) {
        return true;
      }
    }
    return false;
  }

  /** An Arabic street line's start: a house number or none, the word for street or road, a word. */
  private static final Pattern ARABIC_STREET =
      Pattern.compile("(?:[0-9٠-٩]{1,5}\\s)?(?:شارع|طريق)\\s\\p{IsArabic}");

  /** A town line of an Arabic address: words, then a postcode (and Saudi Arabia's four more). */
  private static final Pattern ARABIC_TOWN =
      Pattern.compile("[\\p{IsArabic}\\s،]{2,60}?\\s[0-9٠-٩]{5}(?:\\s?-\\s?[0-9٠-٩]{4})?");

  /**
   * An Arabic address on lines of its own, without a label ("٢٢ شارع الجلاء، الشقة ٣" and "الدقي،
   * الجيزة ١٢٦١١" below it): a short line opening with a house number and the word for street or
   * road, or with that word and then parts after commas, with a digit on it; and the line after it
   * when it is a town and a postcode. A sentence about a street has neither number nor commas.
   */
  private static void arabicStreetLines(String text, List<Finding> out) {
    if (text.indexOf("شارع") < 0 && text.indexOf("طريق") < 0) {
      return;
    }
    int n = text.length();
    Matcher street = Scan.matcher(ARABIC_STREET, text);
    Matcher town = Scan.matcher(ARABIC_TOWN, text);
    for (int ls = 0; ls < n; ls = Scan.lineEnd(text, ls) + 1) {
      int le = Scan.lineEnd(text, ls);
      int s = ls;
      while (s < le && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
        s++;
      }
      if (le - s > 80 || !Scan.at(street, s, le - s, n)) {
        continue;
      }
      boolean numbered = Character.isDigit(text.charAt(s));
      if (!(numbered || TableColumns.indexIn(text, '،', s, le) > 0) || !anyDigit(text, s, le)) {
        continue;
      }
      int e = trimEnd(text, s, le);
      int from = s;
      out.removeIf(f -> f.type() == PiiType.STREET_ADDRESS && f.start() >= from && f.end() <= e);
      out.add(new Finding(PiiType.STREET_ADDRESS, s, e, 0.7));
      if (le < n) {
        int ns = le + 1;
        int ne = trimEnd(text, ns, Scan.lineEnd(text, ns));
        if (ne > ns && Scan.at(town, ns, ne - ns, n) && town.end() == ne) {
          out.removeIf(f -> f.type() == PiiType.STREET_ADDRESS && f.start() >= ns && f.end() <= ne);
          out.add(new Finding(PiiType.STREET_ADDRESS, ns, ne, 0.7));
        }
      }
    }
  }

  private static boolean anyDigit(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A Japanese postcode after its mark ("〒150-0041"), the mark left out. */
  private static final Pattern JAPANESE_POSTCODE =
      Pattern.compile("〒[\\s\u3000]{0,2}([0-9０-９]{3}[-－ー][0-9０-９]{4})(?![0-9０-９])");

  /**
   * A Japanese address after the postcode mark, from the postcode to the end of its field
   * ("〒150-0041 東京都渋谷区神南1丁目19番11号 パークサイド渋谷405号室"), when Han or kana follow the postcode: the mark
   * says that an address follows, whatever label (or none) stands before it.
   */
  private static void afterPostcodeMark(String text, List<Finding> out) {
    int i = text.indexOf('〒');
    if (i < 0) {
      return;
    }
    int n = text.length();
    Matcher m = Scan.matcher(JAPANESE_POSTCODE, text);
    for (; i >= 0; i = text.indexOf('〒', i + 1)) {
      if (!Scan.at(m, i, 16, n)) {
        continue;
      }
      int s = m.start(1);
      int lineEnd = Scan.lineEnd(text, s);
      int e =
          trimEnd(text, s, valueEnd(text, m.end(), Math.min(lineEnd, m.end() + 120), true, false));
      if (e > m.end() && hanOrKana(text, m.end(), e)) {
        int mark = i;
        out.removeIf(f -> f.type() == PiiType.STREET_ADDRESS && f.start() >= mark && f.end() <= e);
        out.add(new Finding(PiiType.STREET_ADDRESS, s, e, 0.75));
      }
    }
  }

  /**
   * Whether a digit stands outside brackets: "رقم المبنى، ... (5 أرقام)", a form's template that
   * counts the digits of its fields, has none.
   */
  private static boolean digitOutsideBrackets(String line) {
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '(' || c == '（') {
        depth++;
      } else if ((c == ')' || c == '）') && depth > 0) {
        depth--;
      } else if (depth == 0 && Character.isDigit(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hanOrKana(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The line after an address cue ("Address:", "lives at"), when it starts like an address and
   * holds a digit outside brackets.
   */
  private static void findAfterCues(
      String text,
      String lower,
      Matcher locality,
      Matcher city,
      Matcher unit,
      BitSet streetStarts,
      List<Finding> out) {
    int n = text.length();
    Matcher afterCue = Scan.matcher(AFTER_CUE, text);
    Matcher hanGap = Scan.matcher(HAN_GAP, text);
    Matcher longLabel = Scan.matcher(LONG_LABEL, text);
    Matcher proseStreet = Scan.matcher(PROSE_STREET, text);
    for (int k = 0; k < CUES.length; k++) {
      String cue = CUES[k];
      // Chinese runs words together: "现住址" is "present address".
      boolean han = Character.UnicodeScript.of(cue.charAt(0)) == Character.UnicodeScript.HAN;
      for (int c : CueWords.positions(lower, CueWords.Kind.ADDRESS, k)) {
        int ce = c + cue.length();
        boolean joined =
            ce + 1 < n
                && (text.charAt(ce) == '-' || text.charAt(ce) == '_')
                && Character.isLetter(text.charAt(ce + 1));
        Matcher gapAfter = han ? hanGap : afterCue; // Chinese words have no rest to skip
        if (!(han || Scan.wordStart(text, c)) || joined || !Scan.at(gapAfter, ce, 20, n)) {
          continue;
        }
        int s = gapAfter.end();
        String gap = gapAfter.group();
        if (gap.indexOf(':') < 0 && gap.indexOf('：') < 0 && lineStart(text, c)) {
          // "Adresa místa trvalého pobytu (nová): Korunní 810/12": a longer label, then a street.
          if (Scan.at(longLabel, ce, 80, n) && Scan.at(proseStreet, longLabel.end(), 120, n)) {
            s = longLabel.end();
            gap = longLabel.group();
          }
        }
        int lineEnd = text.indexOf('\n', s);
        if (lineEnd < 0) {
          lineEnd = n;
        }
        boolean prose = gap.indexOf(':') < 0 && gap.indexOf('：') < 0;
        lineEnd = valueEnd(text, s, Math.min(lineEnd, s + 120), han, prose);
        int e = trimEnd(text, s, lineEnd);
        int street = streetStarts.nextSetBit(s);
        if (street >= 0 && street < e && !(han && street > s)) {
          if (street > s) {
            startAtTheCue(text, s, street, out);
          }
          continue; // a street pattern already found it, with a better end
        }
        String line = text.substring(s, e);
        if (NETWORK_ADDRESS.matcher(line).lookingAt()
            || AddressFields.NO_ADDRESS.matcher(line).lookingAt()) {
          continue; // "API adresi: 203.0.113.20", "Adresy 203.0.113.0/24": a machine's address
        }
        if (e - s >= 6
            && digitOutsideBrackets(line)
            && firstLetterOrDigit(line) == 'a'
            && !POSTCODE_ALONE.matcher(line).lookingAt()
            && labelOrPhrase(text, c, cue, gap)) {
          int end = extend(text, e, locality, city, unit);
          if (han) {
            // Chinese runs the city, district and road before the number a pattern found.
            int from = s;
            out.removeIf(
                f -> f.type() == PiiType.STREET_ADDRESS && f.start() > from && f.end() <= end);
          }
          out.add(new Finding(PiiType.STREET_ADDRESS, s, end, 0.75));
          streetStarts.set(s); // once, though "adresa" and "adres" both name it
        }
      }
    }
  }

  /**
   * Addresses after a word of residence ({@link #PROSE_CUES}) and at most one short word ("na",
   * "în", "di"): a street and a number, extended as the street patterns' are.
   */
  private static void findInProse(
      String text,
      String lower,
      Matcher locality,
      Matcher city,
      Matcher unit,
      BitSet streetStarts,
      List<Finding> out) {
    int n = text.length();
    Matcher street = Scan.matcher(PROSE_STREET, text);
    for (int k = 0; k < PROSE_CUES.length; k++) {
      for (int c : CueWords.positions(lower, CueWords.Kind.ADDRESS_PROSE, k)) {
        int q = c + PROSE_CUES[k].length();
        if (!Scan.wordStart(text, c) || q >= n || Character.isLetter(text.charAt(q))) {
          continue;
        }
        q = skipSpaces(text, q);
        int we = q;
        while (we < n && Character.isLowerCase(text.charAt(we))) {
          we++;
        }
        if (we > q && we - q <= 5 && we < n && text.charAt(we) == ' ') {
          q = skipSpaces(text, we); // "na", "în", "di", "tại", "la"
        }
        if (q < n && Character.isUpperCase(text.charAt(q)) && Scan.at(street, q, 120, n)) {
          int found = streetStarts.nextSetBit(q);
          if (found >= 0 && found < street.end()) {
            continue; // a street pattern found it already
          }
          String words = text.substring(q, street.end());
          int lastSpace = words.lastIndexOf(' ');
          String before = lastSpace > 0 ? words.substring(0, lastSpace).trim() : "";
          int wb = before.lastIndexOf(' ');
          String lastWord = wb >= 0 ? before.substring(wb + 1) : before;
          if (NameWords.PARTICLES.contains(lastWord)) {
            continue; // "Roma da 15 anni", "Portugal de 2010": no street ends in a particle
          }
          if (before.indexOf(' ') < 0
              && !words.startsWith("No.")
              && !words.startsWith("Số")
              && extend(text, street.end(), locality, city, unit) == street.end()
              && tailEnd(text, street.end()) == street.end()) {
            continue; // one word and a number with nothing after: "living at Version 2 of"
          }
          add(text, q, street.end(), locality, city, unit, streetStarts, out);
        }
      }
    }
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** An IP address (v4, or v6 with a colon in its first five characters) opening the value. */
  private static final Pattern NETWORK_ADDRESS =
      Pattern.compile("[0-9]{1,3}(?:\\.[0-9]{1,3}){3}|[0-9a-fA-F]{1,4}::?[0-9a-fA-F]");

  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b");

  private static final java.util.Set<String> PHRASE_CUES =
      java.util.Set.of("lives at", "ship to", "shipping to", "deliver to", "位于");

  /**
   * The cue labels a field ("Address: ...", "Anschrift - ..."), is a phrase that takes an address
   * ("ship to"), or starts a line followed by a house number or a capitalised street: "the same
   * address. See ..." or "IP addresses [#1234]" in prose are not.
   */
  private static boolean labelOrPhrase(String text, int c, String cue, String gap) {
    if (PHRASE_CUES.contains(cue)
        || gap.startsWith("是")
        || gap.startsWith("为")
        || gap.startsWith("為")
        || gap.indexOf('|') >= 0
        || gap.indexOf(':') >= 0
        || gap.indexOf('：') >= 0
        || gap.indexOf('-') >= 0) {
      return true;
    }
    int b = c;
    while (b > 0
        && (text.charAt(b - 1) == ' '
            || text.charAt(b - 1) == '\t'
            || text.charAt(b - 1) == '*'
            || text.charAt(b - 1) == '|')) {
      b--;
    }
    int v = c + cue.length() + gap.length();
    return (b == 0 || text.charAt(b - 1) == '\n')
        && v < text.length()
        && (Character.isDigit(text.charAt(v)) || Character.isUpperCase(text.charAt(v)));
  }

  private static void anchoredAtWords(
      String text,
      Pattern p,
      String[] starts,
      Matcher locality,
      Matcher city,
      Matcher unit,
      BitSet streetStarts,
      List<Finding> out) {
    Matcher m = Scan.matcher(p, text);
    for (String w : starts) {
      for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
        if (Scan.wordStart(text, i)
            && Scan.at(m, i, 120, text.length())
            && (!StreetShapes.IN_LOWER_CASE.contains(w)
                || capitalisedName(text, i + w.length(), m.end()) && !unitAfter(text, m.end()))) {
          add(text, m.start(), m.end(), locality, city, unit, streetStarts, out);
        }
      }
    }
  }

  /** Adjectives in "-sche" that are no town's: "Der Deutsche Markt", "die Evangelische Allee". */
  private static final Pattern COMMON_ADJECTIVE =
      Pattern.compile(
          "(?:Deutsch|Evangelisch|Katholisch|Europäisch|Technisch|Städtisch|Medizinisch|Juristisch"
              + "|Politisch|Historisch|Elektrisch|Praktisch|Typisch|Klassisch|Musikalisch|Chemisch)");

  /** Units that follow a number of minutes, hours or a distance: "avenida Juárez 20 minutos". */
  private static final Set<String> UNITS =
      Set.of(
          "minutos",
          "minuto",
          "min",
          "minuti",
          "ore",
          "ora",
          "horas",
          "hora",
          "minutes",
          "km",
          "metros",
          "metri",
          "m",
          "segundos",
          "secondi",
          "personas",
          "persone",
          "euros",
          "euro");

  /** Whether a unit's word follows the number ending at {@code e}. */
  private static boolean unitAfter(String text, int e) {
    if (e + 1 >= text.length() || text.charAt(e) != ' ') {
      return false;
    }
    int we = e + 1;
    while (we < text.length() && Character.isLetter(text.charAt(we))) {
      we++;
    }
    return UNITS.contains(text.substring(e + 1, we).toLowerCase(java.util.Locale.ROOT));
  }

  /** Words that may stand in a street's name in lower case: particles and a number's sign. */
  private static final Set<String> NAME_PARTICLES =
      Set.of(
          "de", "del", "la", "las", "los", "di", "da", "do", "dos", "das", "della", "dei", "degli",
          "delle", "el", "y", "e", "i", "nº", "n.º", "no.", "núm.", "n.", "nr.");

  /**
   * Whether the words of [s, e) before its first digit are capitalised or particles: after a street
   * type in lower case, the name ("calle de la Luna 17", not "plaza Mayor tiene 3").
   */
  private static boolean capitalisedName(String text, int s, int e) {
    int i = s;
    while (i < e && !Scan.isDigit(text.charAt(i))) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == ',' || c == '"' || c == '«' || c == '„') {
        i++;
        continue;
      }
      int we = i;
      while (we < e && !Character.isWhitespace(text.charAt(we)) && text.charAt(we) != ',') {
        we++;
      }
      if (!Character.isUpperCase(c) && !NAME_PARTICLES.contains(text.substring(i, we))) {
        return false;
      }
      i = we;
    }
    return true;
  }

  /**
   * After the house number of an English street: a letter and a comma at most, a space, then a
   * capital or the digits of an ordinal ("12B, Baker Street", "5 3rd Avenue").
   */
  private static boolean englishMayStart(String text, int e) {
    int n = text.length();
    int i = e;
    if (i < n && ((text.charAt(i) | 0x20) >= 'a' && (text.charAt(i) | 0x20) <= 'z')) {
      i++;
    }
    if (i < n && text.charAt(i) == ',') {
      i++;
    }
    return i + 1 < n
        && isRegexSpace(text.charAt(i))
        && (Character.isUpperCase(text.codePointAt(i + 1)) || Scan.isDigit(text.charAt(i + 1)));
  }

  /**
   * After the house number of a French street: within six characters ("bis", a comma), a space and
   * the street type in lower case ("12 bis, rue ...").
   */
  private static boolean frenchMayStart(String text, int e) {
    int n = text.length();
    for (int i = e; i < n - 1 && i <= e + 5; i++) {
      if (isRegexSpace(text.charAt(i)) && "rabpcisq".indexOf(text.charAt(i + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** What {@code \s} matches in a pattern without Unicode classes. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Where the Turkish street type before the house number at {@code p} starts ("Bağdat Caddesi No:
   * 214"), or -1: "No", "NO", "no" or "Nr" with an optional colon or dot just before the number,
   * and one of the street types before that. Tried at each number, so texts without it pay nothing.
   */
  private static int turkishTypeBefore(String text, int p) {
    int i = p;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    if (i > 0 && (text.charAt(i - 1) == ':' || text.charAt(i - 1) == '.')) {
      i--;
    }
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    if (i < 3
        || !(text.startsWith("No", i - 2)
            || text.startsWith("NO", i - 2)
            || text.startsWith("no", i - 2)
            || text.startsWith("Nr", i - 2))) {
      return -1;
    }
    int e = i - 2;
    while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == ',')) {
      e--;
    }
    for (String w : StreetShapes.TURKISH_TYPES) {
      int s = e - w.length();
      if (s >= 0 && text.startsWith(w, s) && Scan.wordStart(text, s)) {
        return s;
      }
    }
    return -1;
  }

  /** Where up to {@code max} capitalised words right before {@code i} start; {@code i} if none. */
  private static int capitalisedWordsBefore(String text, int i, int max) {
    int start = i;
    for (int k = 0; k < max; k++) {
      int e = start - 1;
      if (e <= 0 || text.charAt(e) != ' ') {
        break;
      }
      int b = e;
      while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
        b--;
      }
      if (b == e || !Character.isUpperCase(text.charAt(b))) {
        break;
      }
      start = b;
    }
    return start;
  }

  /** A post office box counts only with its locality after it, as a postal address. */
  private static void poBoxes(
      String text,
      Matcher locality,
      Matcher city,
      Matcher unit,
      BitSet streetStarts,
      List<Finding> out) {
    Matcher m = Scan.matcher(StreetShapes.PO_BOX, text);
    for (String w : StreetShapes.PO_BOX_STARTS) {
      for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
        if (Scan.wordStart(text, i) && Scan.at(m, i, 60, text.length())) {
          int end = extend(text, m.end(), locality, city, unit);
          // "P.O. Box 45678-00100" above "Nairobi"; not "BP 130" above "Pulse 72" of vital signs.
          if (end == m.end() && !w.equals("BP ")) {
            end = PostalBlocks.townLineAfter(text, end, NameLists.get());
          }
          if (end > m.end()) {
            out.add(new Finding(PiiType.STREET_ADDRESS, i, end, 0.75));
            streetStarts.set(i);
          }
        }
      }
    }
  }

  /**
   * A flat or unit written before the house number on its line: "Flat 4, 12 Queen Street" (not the
   * "s" of "Apartments" on the line above, which {@link PostalBlocks} reads).
   */
  private static final Pattern UNIT_BEFORE =
      Pattern.compile(
          "(?<!\\p{L})(?:Flat|Apt\\.?|Apartment|Unit|Suite|Ste\\.?|Room|Wohnung|Appartement|Piso)[ ]?"
              + "(?![a-z]+,?[ ]$)[A-Za-z0-9-]{1,6},?[ ]$");

  private static void add(
      String text,
      int start,
      int end,
      Matcher locality,
      Matcher city,
      Matcher unit,
      BitSet streetStarts,
      List<Finding> out) {
    int e = trimEnd(text, start, end);
    int from = Math.max(0, start - 24);
    Matcher before = UNIT_BEFORE.matcher(text.substring(from, start));
    if (before.find()) {
      start = from + before.start();
    }
    out.add(new Finding(PiiType.STREET_ADDRESS, start, extend(text, e, locality, city, unit), 0.8));
    streetStarts.set(start);
  }

  private static boolean endsWithSuffix(String lower, int ws, int we) {
    for (String suffix : StreetShapes.COMPOUND_SUFFIXES) {
      if (we - ws >= suffix.length() && lower.startsWith(suffix, we - suffix.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a value after a cue ends on its line: at the next cell of a table ('|'), a tab or a run
   * of three spaces before the form's next field ("... 502호 전화: ..."), and in Chinese, at
   * punctuation or the "的" that ties the address to the noun after it ("位于...604室的房屋").
   */
  private static int valueEnd(String text, int s, int lineEnd, boolean han, boolean prose) {
    for (int i = s; i < lineEnd; i++) {
      char c = text.charAt(i);
      if (c == '|'
          || TableColumns.columnBreak(text, i, lineEnd)
          || (han && "，。；、的".indexOf(c) >= 0)
          || sentenceEnd(text, i, lineEnd, prose)) {
        return i;
      }
    }
    return lineEnd;
  }

  /**
   * In running text ("ship to warehouse dock 4. Part nos. ..."), a sentence ends at a full stop,
   * question or exclamation mark after a number, before a space and a capital; after a word the
   * address may go on ("12 Rue de Rivoli. Paris 75001", "St. Louis"). After a label the capital
   * must begin a word ("уч. 17. Хозяйка ..."): "Práter utca 9. II. em." goes on to its floor.
   */
  private static boolean sentenceEnd(String text, int i, int lineEnd, boolean prose) {
    char c = text.charAt(i);
    if ((c != '.' && c != '!' && c != '?')
        || i + 2 >= lineEnd
        || text.charAt(i + 1) != ' '
        || !Character.isUpperCase(text.charAt(i + 2))
        || !(prose || (i + 3 < lineEnd && Character.isLowerCase(text.charAt(i + 3))))) {
      return false;
    }
    int b = i;
    while (b > 0 && Character.isLetterOrDigit(text.charAt(b - 1))) {
      b--;
    }
    return i > b && Character.isDigit(text.charAt(i - 1));
  }

  /** Whether only spaces, tabs, '*' or '|' stand before {@code c} on its line. */
  static boolean lineStart(String text, int c) {
    int b = c;
    while (b > 0 && " \t*|".indexOf(text.charAt(b - 1)) >= 0) {
      b--;
    }
    return b == 0 || text.charAt(b - 1) == '\n';
  }

  private static char firstLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return 'a';
      }
    }
    return ' ';
  }

  /**
   * What follows a house number and belongs to it: a letter ("12-A", "15B"), "bis" ("231 bis"), a
   * Dutch floor in Roman numerals ("7-III"), a flat after a slash ("84/92", "12/4") and the Polish
   * "m. 15" or "lok. 109".
   */
  private static final Pattern HOUSE_SUFFIX =
      Pattern.compile(
          "(?:-(?:III|II|IV|I|hs|huis|bg)|[\\s-]?(?:bis|ter)|-?[A-Za-z]|/[0-9]{1,4}[A-Za-z]?)?"
              + "(?:\\s?(?:m\\.|lok\\.)\\s?[0-9]{1,4})?(?![\\p{L}\\p{N}])");

  /**
   * The street [.., end) extended over what follows it: the house number's suffix, floors and
   * doors, a neighbourhood, the locality (postcode and city, country) and up to two bare city
   * names.
   */
  private static int extend(String text, int end, Matcher locality, Matcher city, Matcher unit) {
    int n = text.length();
    if (end > 0 && Character.isDigit(text.charAt(end - 1))) {
      Matcher suffix = Scan.matcher(HOUSE_SUFFIX, text);
      if (Scan.at(suffix, end, 20, n) && suffix.end() > end) {
        end = suffix.end();
      }
    }
    int cities = 0;
    for (int k = 0; k < 5; k++) {
      if (Scan.at(locality, end, 120, n) && locality.end() > end) {
        end = trimEnd(text, end, locality.end());
        continue;
      }
      int u = units(text, end, unit);
      if (u > end && Scan.at(locality, u, 120, n) && locality.end() > u) {
        end = trimEnd(text, u, locality.end());
        continue;
      }
      // A bare city after the street or its unit ("..., of. 207, Providencia, Santiago").
      if ((k == 0 || cities > 0 || u > end)
          && cities < 2
          && Scan.at(city, u, 80, n)
          && city.end() > u) {
        end = city.end();
        cities++;
        continue;
      }
      break;
    }
    int u = units(text, end, unit);
    if (u > end
        && text.charAt(end) == ','
        && (u == n || "\n;.)".indexOf(text.charAt(u)) >= 0 || endOfWords(text, u))) {
      end = u; // a floor after the town: "..., 10961 Berlin, 3. OG links"
    }
    return end;
  }

  /**
   * Whether nothing more of the address follows {@code u}: a space, then no letter, digit, dash,
   * comma, slash or bracket (an emoji may close a chat's line).
   */
  private static boolean endOfWords(String text, int u) {
    int i = u;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i > u
        && (i == text.length()
            || (!Character.isLetterOrDigit(text.charAt(i)) && "-–,/(".indexOf(text.charAt(i)) < 0));
  }

  /** Where the floors, doors and neighbourhood at {@code end} stop; {@code end} when none. */
  private static int units(String text, int end, Matcher unit) {
    int n = text.length();
    int u = end;
    for (int k = 0; k < 6 && Scan.at(unit, u, 40, n) && unit.end() > u; k++) {
      u = unit.end(); // "4º 2ª", "piso 5, puerta 3", "4º izq."
      while (u > end && Character.isWhitespace(text.charAt(u - 1))) {
        u--;
      }
    }
    Matcher hood = Scan.matcher(NEIGHBOURHOOD, text);
    if (Scan.at(hood, u, 80, n) && hood.end() > u) {
      u = hood.end();
    }
    return u;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start
        && " \t,;.:-".indexOf(text.charAt(end - 1)) >= 0
        && !(text.charAt(end - 1) == '.'
            && end - 2 >= start
            && Character.isUpperCase(text.charAt(end - 2))
            && end - 3 >= start
            && !Character.isLetter(text.charAt(end - 3)))) {
      end--;
    }
    return end;
  }
}
