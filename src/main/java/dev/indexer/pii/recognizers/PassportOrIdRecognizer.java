package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passport, national identity and driving licence numbers. Identifiers with a check digit are
 * reported wherever they occur when it verifies (Spanish DNI/NIE, Italian codice fiscale, ICAO
 * machine-readable zone lines); others (passport numbers, German ID card numbers, UK National
 * Insurance numbers, driver licence numbers) only after a cue that names the document, and a Dutch
 * BSN after its cue only when it passes the 11-test. A UK National Insurance number whose prefix
 * HMRC can issue ("JG 10 37 24 B", "SK461829D") is reported without a cue, as in a CSV column.
 */
public final class PassportOrIdRecognizer implements Recognizer {

  /**
   * Cues of numbers whose check {@link NationalNumbers} tests: their number counts here without the
   * check only right after the name ("PESEL: 85071012345"), as made-up and mistyped numbers fail
   * it; not with words between ("PESEL pacjenta: ...", "PRECIO SIN IVA REF 12345678").
   */
  private static final List<String> CHECKED_ELSEWHERE =
      List.of(
          "pesel",
          "cpf",
          "fødselsnummer",
          "fødselsnr",
          "fodselsnummer",
          "egn",
          "dowód osobisty",
          "dowodu osobistego",
          "dowód osob.",
          "sin");

  /** Words before "license" that make it a firm's or a program's licence. */
  private static final String[] FIRMS_LICENCES = {
    "business",
    "trade",
    "liquor",
    "software",
    "contractor",
    "vendor",
    "dealer",
    "seller",
    "operating",
    "broker",
    "firm",
    "company",
    "product",
    "site",
    "server"
  };

  /** Whether the word before {@code i} makes the licence there a firm's or a program's. */
  private static boolean firmsLicence(String lower, int i) {
    int e = i;
    while (e > 0 && lower.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(lower.charAt(b - 1))) {
      b--;
    }
    String before = lower.substring(b, e);
    for (String w : FIRMS_LICENCES) {
      if (before.equals(w)) {
        return true;
      }
    }
    return false;
  }

  /** Names of documents, in lower case, before their numbers. */
  private static final String[] DOCUMENT_CUES = {
    "passport",
    "brp",
    "doc_no",
    "document_no",
    "document_number",
    "doc_number",
    "passeport",
    "pasaporte",
    "passaporto",
    "reisepass",
    "paspoort",
    "paszport",
    "passaporte",
    "pass-nr",
    "passnr",
    "national id",
    "national identity",
    "identity card",
    "id card",
    "id-card",
    "id number",
    "id no",
    "id-nr",
    "personalausweis",
    "ausweis",
    "carte d'identité",
    "carte nationale d'identité",
    "cni",
    "dni",
    "nie",
    "documento de identidad",
    "carta d'identità",
    "carta di identità",
    "identiteitskaart",
    "bsn",
    "burgerservicenummer",
    "national insurance",
    "nino",
    "ni number",
    "driver's license",
    "drivers license",
    "driver's licence",
    "driving licence",
    "driving license",
    "driver license",
    "driver licence",
    "license no",
    "license number",
    "licence no",
    "licence number",
    "dl #",
    "dl#",
    "license #",
    "licence #",
    "license#",
    "mbi",
    "medicare beneficiary identifier",
    "medicare number",
    "medicare no",
    "dl no",
    "führerschein",
    "permis de conduire",
    "carnet de conducir",
    "patente di guida",
    "rijbewijs",
    "personnummer",
    "henkilötunnus",
    "cpr",
    "codice fiscale",
    "tax id",
    "steuer-id",
    "steuerid",
    "steueridentifikationsnummer",
    "nif",
    "aadhaar",
    "pan card",
    "pan:",
    "svnr",
    "curp",
    "kennitala",
    "kennitalan",
    "adóazonosító",
    "taj szám",
    "amka",
    "αμκα",
    "егн",
    "isikukood",
    "asmens kodas",
    "身份证",
    "주민등록번호",
    "個人番号",
    "マイナンバー",
    "מספר זהות",
    "کد ملی",
    "resident id",
    "rodné číslo",
    "rodný číslo",
    "rodne cislo",
    "personal code",
    "personal id",
    "identity number",
    // more documents: Canada's SIN, Nigeria's NIN, Austria's social insurance, Colombia's and
    // Portugal's citizen cards, Swedish and Czech passports, the Czech identity card
    "sin:",
    "social insurance number",
    "nin",
    "sv-nummer",
    "sozialversicherungsnummer",
    "cédula",
    "cedula",
    "cartão de cidadão",
    "cartao de cidadao",
    "pass (nr",
    "pass nr",
    "cestovní pas",
    "pas č",
    "číslo op",
    "občanský průkaz",
    "občanského průkazu",
    // Russian, Arabic, Thai, Irish, Filipino, German, Vietnamese, Indonesian, Swahili
    "паспорт",
    "снилс",
    "инн",
    "رقم الهوية",
    "เลขประจำตัวประชาชน",
    "uimhir psp",
    "sss no",
    "tin:",
    "identifikationsnummer", // not "Steuernummer": firms have one too
    "cccd",
    "cmnd",
    "căn cước",
    "nida",
    "kitambulisho",
    // More documents and registers, in their own languages: health and social insurance numbers,
    // residence permits, tax numbers of people, driving licences
    "nhs no",
    "nhs number",
    "medicare card",
    "medicare no",
    "medicare number",
    "taxpayer reference",
    "versichertennummer",
    "kv-nr",
    "sv-nr",
    "titre de séjour",
    "assurance sociale",
    "assurance maladie",
    "sécurité sociale",
    "afiliación",
    "nuhsa",
    "carte de identitate",
    "c.i. seria",
    "ci seria",
    "patente n",
    "niss",
    "de utente",
    "contribuinte",
    "cartão nacional de saúde",
    "在留カード",
    "旅券番号",
    "полис омс",
    "αριθμός δελτίου ταυτότητας",
    "αδτ",
    "α.δ.τ.",
    "αφμ",
    "рнокпп",
    "унзр",
    "id-картки",
    "bhyt",
    "بطاقة الهوية",
    "आधार",
    "पैन",
    "philsys",
    "kra pin",
    "bvn",
    // Passports, residence permits, voter cards and driving licences of more countries, and the
    // identity cards of the Balkans, Hungary, Malaysia, Egypt, Pakistan and Bangladesh
    "护照",
    "護照",
    "여권",
    "운전면허",
    "運転免許",
    "身分證",
    "身份證",
    "pasaport",
    "загранпаспорт",
    "číslo pasu",
    "passnummer",
    "paso nr",
    "דרכון",
    "aufenthaltstitel",
    "residence permit",
    "voter id",
    "clave de elector",
    "személyi igazolvány",
    "лична карта",
    "lična karta",
    "osobna iskaznica",
    "kad pengenalan",
    "mykad",
    "الرقم القومي",
    "شناختی کارڈ",
    "জাতীয় পরিচয়পত্র",
    // Passports, identity cards, personal and tax numbers in more languages and scripts
    "uimhir phas",
    "upsp",
    "ppsn",
    "passin numero",
    "passinumero",
    "διαβατήριο",
    "διαβατηρίου",
    "ταυτότητας",
    "α.φ.μ",
    "пасош",
    "јмбг",
    "jmbg",
    "удостоверение личности",
    "удостоверения личности",
    "жсн",
    "иин",
    "id-картка",
    "personas kods",
    "personnr",
    "პასპორტ",
    "პირადი ნომერი",
    "անձնագիր",
    "հծհ",
    "ፓስፖርት",
    "መታወቂያ",
    "ፋይዳ",
    "جواز سفر",
    "جواز السفر",
    "رقم جواز",
    "رقم الإقامة",
    "گذرنامه",
    "پاسپورت",
    "תעודת זהות",
    "תעודת הזהות",
    "ת\"ז",
    "पासपोर्ट",
    "वोटर आईडी",
    "পাসপোর্ট",
    "ஆதார்",
    "ఆధార్",
    "పాన్",
    "ஓட்டுநர் உரிம",
    "หนังสือเดินทาง",
    "บัตรประชาชน",
    "hộ chiếu",
    "paspor",
    "pasipoti",
    "パスポート",
    "외국인등록번호",
    "លិខិតឆ្លងដែន",
    "អត្តសញ្ញាណ",
    "inombolo kamazisi",
    "umazisi",
    "umid",
    "learner permit",
    "seria și nr",
    "cnp",
    // Turkey's identity number (not "seri no", any serial number), Hungary's social insurance,
    // Portugal's social
    // security, a Swedish passport, a US driving licence's number sign
    "t.c.",
    "taj",
    "segurança social",
    "pass:",
    // Health, insurance, tax and personal numbers of more countries and scripts, as forms name them
    "versichertennr",
    "sozialversicherungsnr",
    "no. identitas",
    "nomor identitas",
    "no. kp",
    "mã số thuế cá nhân",
    "регистрийн дугаар",
    "jshshir",
    "pinfl",
    "numéro d'identification national",
    "health number",
    "health card number",
    "الرقم المدني",
    "এনআইডি নম্বর",
    "জন্ম নিবন্ধন নং",
    "ahv-nummer",
    "ahv-nr",
    "immatriculation de l'assuré",
    "tessera sanitaria",
    "პირადი №",
    "személyi szám",
    "codi d'identificació personal",
    // Norway's birth number in short, Indonesia's health insurance, South Africa's identity
    // number in Afrikaans
    "f.nr",
    "bpjs",
    "id-nommer",
    "id nommer",
    // New Zealand's tax number, the Philippines' health insurance, a Czech identity card in
    // speech, a Serbian identity card in the genitive, a Bulgarian identity card in short,
    // Slovenia's tax number, Kazakhstan's identity card
    "ird number",
    "tax file number",
    "philhealth",
    "číslo občanky",
    "личне карте",
    "л.к.",
    "davčna številka",
    "жеке куәлік",
    "ембг",
    "јмбг",
    "α.μ.κ.α",
    "αμκα",
    "idnp",
    "運転免許証番号",
    "免許証番号",
    "주민번호",
    "n.º utente",
    "nº utente",
    "número de utente",
    "личната карта",
    // only where written in capitals, as words of the languages are spelt alike
    "tin",
    "utr",
    "rut",
    "nik",
    "ci",
    "tc",
    "rg",
    "dl",
    "rfc",
  };

  static final String[] CUES = withCheckedElsewhere(DOCUMENT_CUES);

  /** The cues followed by {@link #CHECKED_ELSEWHERE}. */
  private static String[] withCheckedElsewhere(String[] cues) {
    return java.util.stream.Stream.concat(Arrays.stream(cues), CHECKED_ELSEWHERE.stream())
        .toArray(String[]::new);
  }

  /**
   * Whether the number after a short cue of {@link #RIGHT_AFTER}, with the letters of its series,
   * follows right after it and has the shape of its document.
   */
  private static boolean rightAfter(String text, String cue, int e, Matcher v) {
    int s = withSeries(text, e, v.start(1));
    String value = text.substring(s, v.end(1));
    return labelOnly(text, e, s)
        && (cue.equals("ci")
            ? value.matches("[A-Z]{2} ?[0-9]{6}")
            : value.matches("[1-9][0-9]{10}") && NationalChecks.turkish(value));
  }

  /**
   * Whether the Hebrew cue at {@code i} follows one of the letters Hebrew writes before a word as
   * part of it (the article, "and", "of", "in", "to", "from", "as": "המספר זהות").
   */
  static boolean hebrewPrefixed(String text, int i) {
    return i > 0
        && text.charAt(i) >= 0x05D0
        && text.charAt(i) <= 0x05EA
        && "הובלמשכ".indexOf(text.charAt(i - 1)) >= 0
        && (i < 2 || !Character.isLetter(text.charAt(i - 2)));
  }

  /** Whether the cue counts only where written in capitals ("TIN", not "a tin of"). */
  static boolean capitalsOnly(String cue) {
    return CAPITALS_ONLY.contains(cue);
  }

  /** Whether the line at {@code i} counts tests: "Pass: 128 Fail: 0 Skip: 4". */
  private static boolean testCounts(String lower, int i) {
    int le = TableColumns.indexIn(lower, '\n', i, Math.min(lower.length(), i + 200));
    String line = lower.substring(i, le < 0 ? Math.min(lower.length(), i + 200) : le);
    return line.contains("fail") || line.contains("skip");
  }

  /** Cues that count only where written in capitals ("TIN", not "a tin of"). */
  private static final Set<String> CAPITALS_ONLY =
      Set.of(
          "tin", "utr", "rut", "nik", "rg", "dl", "rfc", "nino", "cnp", "umid", "brp", "t.c.",
          "taj", "sin", "egn", "ci", "tc");

  /**
   * Short cues whose number must follow right after them, as the same letters name other things in
   * technical text ("CI RX 482193", a Romanian identity card's series and number; not "CI run 4471
   * failed"; "TC 48219370576", not "TC 1234 passed").
   */
  private static final Set<String> RIGHT_AFTER = Set.of("ci", "tc");

  /**
   * After a cue: a gap without digits (the rest of the cue's word, up to 32 signs or spaces of a
   * leader, up to three words such as "no." or "cha Taifa Na."), then the identifier (capitals of
   * any script, digits, inner spaces or dashes). Each part of the gap takes what it can and gives
   * nothing back, so that a leader of dots cannot be split in many ways.
   */
  private static final Pattern AFTER_CUE =
      Pattern.compile(
          "[\\p{L}'’-]{0,12}+(?: ?\\([0-9]{1,2}\\))?[^\\n\\p{N}\\p{L}]{0,32}+(?:\\p{L}[\\p{L}.'’°º-]{0,11}+[^\\n\\p{N}\\p{L}]{1,24}+){0,3}([\\p{Lu}\\p{Nd}](?:[\\p{Lu}\\p{Nd}]|[ ./-](?=[\\p{Lu}\\p{Nd}])){4,23})(?![\\p{L}\\p{Nd}])");

  /**
   * As {@link #AFTER_CUE}, after a cue of a script without spaces ("护照号码E71829304"): the rest of
   * the cue's word is of that script, so the letters of a number right after it stay the number's,
   * and a word of that script may follow the number without a space ("旅券番号TK4829173です"); a Japanese
   * licence's "第" and "号" may stand around it ("第412345678901号").
   */
  private static final Pattern AFTER_SPACELESS_CUE =
      Pattern.compile(
          "[\\p{L}&&[^\\p{IsLatin}]]{0,12}+(?: ?\\([0-9]{1,2}\\))?[^\\n\\p{N}\\p{L}]{0,32}+(?:\\p{L}[\\p{L}.'’°º-]{0,11}+[^\\n\\p{N}\\p{L}]{1,24}+){0,3}第?([\\p{Lu}\\p{Nd}](?:[\\p{Lu}\\p{Nd}]|[ ./\\x{3000}-](?=[\\p{Lu}\\p{Nd}])){4,23})(?![\\p{IsLatin}\\p{Nd}])");

  /**
   * Mexican CURP: four letters, YYMMDD, sex, state, three consonants, a character, a check digit.
   */
  private static final Pattern CURP =
      Pattern.compile(
          "(?<![A-Za-z0-9])[A-Z][AEIOUX][A-Z]{2}[0-9]{6}[HM][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z][0-9](?![A-Za-z0-9])");

  private static final Pattern DNI =
      Pattern.compile("(?<![A-Za-z0-9])[XYZxyz]?[0-9]{7,8}-?[A-Za-z](?![A-Za-z0-9])");
  private static final Pattern FISCAL =
      Pattern.compile(
          "(?<![A-Za-z0-9])[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![A-Za-z0-9])");
  private static final Pattern MRZ =
      Pattern.compile(
          "(?<![A-Z0-9<])([A-Z0-9<]{9})([0-9])([A-Z]{3})([0-9]{6})([0-9])[MFX<]([0-9]{6})([0-9])");

  /** Prefix letters HMRC issues (not D, F, I, Q, U, V; not O second), then a suffix A-D. */
  private static final Pattern NINO =
      Pattern.compile(
          "(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])( ?)([0-9]{2})\\2([0-9]{2})\\2([0-9]{2})\\2([A-D])(?![A-Za-z0-9])");

  /** Names of a travel document's column in an airline's or a hotel's list ("DOC#", "Doc no"). */
  private static final Set<String> DOCUMENT_COLUMNS =
      Set.of(
          "doc#",
          "doc #",
          "doc no",
          "doc no.",
          "doc. no.",
          "document no",
          "document no.",
          "rg",
          "nik");

  /** The cues of a document that may name a table's column too: three characters or more. */
  private static final Set<String> CUE_COLUMNS =
      Arrays.stream(DOCUMENT_CUES)
          .filter(c -> c.length() >= 3 && !CAPITALS_ONLY.contains(c))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Words after a document's cue that keep a column its number's ("N.º utente SNS", "NIK no"). */
  private static final Set<String> NUMBER_WORDS =
      Set.of("no", "no.", "nr", "nr.", "number", "nummer", "número", "numero", "num", "id", "sns");

  private static boolean idColumn(String name) {
    int open = name.lastIndexOf(" (");
    if (open > 0 && name.endsWith(")")) {
      name = name.substring(0, open);
    }
    if (COLUMNS.contains(name) || DOCUMENT_COLUMNS.contains(name) || CUE_COLUMNS.contains(name)) {
      return true;
    }
    int space = name.lastIndexOf(' ');
    return space > 0
        && NUMBER_WORDS.contains(name.substring(space + 1))
        && CUE_COLUMNS.contains(name.substring(0, space)); // not "passport expiry", "bsn 319204480"
  }

  /**
   * Columns of a CSV, TSV or pipe table that hold identity numbers (compared after normalising).
   */
  private static final Set<String> COLUMNS =
      Set.of(
          "passport",
          "passport no",
          "passport number",
          "passport nr",
          "pasaporte",
          "passeport",
          "reisepass",
          "national id",
          "national id number",
          "id number",
          "id card",
          "dni",
          "nie",
          "nif",
          "bsn",
          "cnp",
          "pesel",
          "nino",
          "ni number",
          "personnummer",
          "fodselsnummer",
          "fødselsnummer",
          "henkilotunnus",
          "henkilötunnus",
          "hetu",
          "cpr",
          "tckn",
          "tc kimlik",
          "kimlik no",
          "nir",
          "insee",
          "n securite sociale",
          "num securite sociale",
          "numero securite sociale",
          "securite sociale",
          "sécurité sociale",
          "ahv",
          "avs",
          "svnr",
          "pps",
          "ppsn",
          "codice fiscale",
          "steuer id",
          "steuerid",
          "driver license",
          "drivers license",
          "licence number",
          "license number",
          "pan",
          "aadhaar",
          "aadhar",
          "reisepassnr",
          "reisepass nr",
          "passnr",
          "pass nr",
          "ausweisnr",
          "ausweisnummer",
          "cpf",
          "cedula",
          "cédula",
          "curp",
          "sin",
          "kennitala",
          "fødselsnr",
          "מספר זהות",
          "個人番号",
          "マイナンバー");

  /**
   * The identity columns: {@link #COLUMNS}, a travel document's, a document's cue ("Полис ОМС",
   * "N.º utente SNS": the cue and a number's word after it; not a cue that counts only in capitals,
   * "sin", "tin", which a lower-cased header cannot tell), with a bracket after the name or not.
   */
  private static final Set<String> ID_COLUMNS =
      ColumnNames.of(COLUMNS, PassportOrIdRecognizer::idColumn);

  private static final Set<String> NINO_NEVER = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");
  private static final Pattern MRZ_NAME = Pattern.compile("P[A-Z<][A-Z]{3}[A-Z<]{39}");

  @Override
  public Set<PiiType> types() {
    return Set.of(PiiType.PASSPORT_OR_ID);
  }

  @Override
  public void find(String text, List<Finding> out) {
    if (!UsSsnRecognizer.containsDigit(text) && !OtherDigits.holdsOne(text, 0, text.length())) {
      return;
    }
    int first = out.size();
    String lower = Scan.lower(text);
    Matcher c = Scan.matcher(AFTER_CUE, text);
    Matcher cjk = null;
    for (int k = 0; k < CUES.length; k++) {
      String cue = CUES[k];
      for (int i : CueWords.positions(lower, CueWords.Kind.IDENTITY, k)) {
        int e = i + cue.length();
        if (cue.equals("nin")
            && (!text.startsWith("NIN", i) || (i > 0 && text.charAt(i - 1) == '\''))) {
          continue; // Nigeria's NIN in capitals; not Turkish "Ali'nin"
        }
        if (cue.equals("pass:")
            && (!StreetAddressRecognizer.lineStart(text, i) || testCounts(lower, i))) {
          continue; // a form's "Pass:" field; not "boarding pass:", "Pass: 128 Fail: 0"
        }
        if (CAPITALS_ONLY.contains(cue)
            && !text.startsWith(cue.toUpperCase(Locale.ROOT), i)
            && !(e < text.length() && text.charAt(e) == ':' && !cue.equals("taj"))) {
          // "TIN 207-...", "Nik: ..."; not "a tin of"
          continue;
        }
        if (cue.startsWith("licen") && firmsLicence(lower, i)) {
          continue; // "Business license # 4471209": a firm's, not a driver's
        }
        if (cue.equals("dl")
            && (e >= text.length()
                || " :#".indexOf(text.charAt(e)) < 0
                || (i > 0 && text.charAt(i - 1) == '/'))) {
          continue; // "DL D4821937", "DL: ..."; not "UL/DL 150000" or the server "DL-380"
        }
        // Chinese, Japanese and Korean write a document's name inside longer words ("护照号码").
        boolean spaceless = spaceless(cue.charAt(cue.length() - 1));
        if (spaceless && cjk == null) {
          cjk = Scan.matcher(AFTER_SPACELESS_CUE, text);
        }
        Matcher v = spaceless ? cjk : c;
        if ((spaceless || Scan.wordStart(text, i) || hebrewPrefixed(text, i))
            && (spaceless
                || e >= text.length()
                || !Character.isLetter(text.charAt(e))
                || cue.length() > 6)
            && !ofAFirm(lower, i)
            && (Scan.at(v, e, 90, text.length()) || valueBelow(text, i, e, v))
            && plausibleId(v.group(1))
            && (!cue.equals("bsn") && !cue.equals("burgerservicenummer")
                || Checksums.dutchBsn(Checksums.digits(v.group(1))))
            && !(cue.equals("инн") && Checksums.digits(v.group(1)).length() == 10)
            && !(cue.equals("rfc") && v.group(1).length() != 13)
            && !(CHECKED_ELSEWHERE.contains(cue) && !labelOnly(text, e, v.start(1)))
            && !(RIGHT_AFTER.contains(cue) && !rightAfter(text, cue, e, v))) {
          // Ten digits after ИНН, twelve characters after RFC: a firm's number, not a person's.
          // Right after its document's name ("NIK: 3578..."), a number is that document's, though
          // it passes a card's check as well.
          double score = labelOnly(text, e, v.start(1)) ? 1.0 : 0.85;
          out.add(
              new Finding(
                  PiiType.PASSPORT_OR_ID, withSeries(text, e, v.start(1)), v.end(1), score));
        }
      }
    }
    AnsweredNumbers.find(text, lower, out);
    if (text.indexOf(' ') >= 0 || text.indexOf('\t') >= 0) {
      SpacedIdNumbers.find(text, out);
    }
    findNino(text, out);
    if (text.contains("SSR DOCS")) {
      TravelDocs.passports(text, out);
    }
    findUkDrivingLicences(text, out);
    if (lower.contains("серия")) {
      findRussianSeries(text, lower, out);
    }
    TableColumns.Cell idCell =
        (t, s, e, column) -> {
          if (plausibleId(t.substring(s, e))) {
            out.add(new Finding(PiiType.PASSPORT_OR_ID, s, e, 0.85));
          }
        };
    TableColumns.scan(text, lower, ID_COLUMNS, idCell);
    if (text.indexOf("  ") >= 0 || text.indexOf('\t') >= 0) {
      AlignedColumns.scan(text, lower, ID_COLUMNS, idCell);
    }
    Matcher d = Scan.matcher(DNI, text);
    Matcher f = Scan.matcher(FISCAL, text);
    Matcher curp = Scan.matcher(CURP, text);
    NationalNumbers.Scanner national = new NationalNumbers.Scanner(text);
    Matcher[] lettered = new Matcher[4];
    Scan.DigitRuns digitRuns = Scan.digitRuns(text);
    for (int p = digitRuns.at(0); p >= 0; p = digitRuns.at(p + 1)) {
      national.at(p, out);
      findLettered(text, p, lettered, out);
      int s = p > 0 && "XYZxyz".indexOf(text.charAt(p - 1)) >= 0 ? p - 1 : p;
      int digits = Scan.digitsAt(text, p);
      if ((digits == 7 || digits == 8)
          && Scan.at(d, s, 12, text.length())
          && Checksums.spanishId(d.group().replace("-", ""))) {
        out.add(new Finding(PiiType.PASSPORT_OR_ID, d.start(), d.end(), 0.9));
      }
      if (p >= 4
          && Character.isUpperCase(text.charAt(p - 1))
          && Character.isUpperCase(text.charAt(p - 4))
          && Scan.at(curp, p - 4, 18, text.length())) {
        out.add(new Finding(PiiType.PASSPORT_OR_ID, curp.start(), curp.end(), 0.9));
      }
      if (p >= 6
          && isUpperAscii(text.charAt(p - 6))
          && Scan.at(f, p - 6, 16, text.length())
          && Checksums.italianFiscalCode(f.group())) {
        out.add(new Finding(PiiType.PASSPORT_OR_ID, f.start(), f.end(), 0.95));
      }
    }
    if (text.indexOf('<') >= 0) {
      findMrz(text, out);
    }
    // A number found both after its document's name and by its own check is one finding.
    dropRepeats(out, first);
    out.subList(first, out.size()).removeIf(x -> firmsNumber(text, x.start(), x.end()));
  }

  /**
   * Legal forms of firms, as whole words: the number on a firm's line is its registration's or its
   * tax's ("ΑΙΓΑΙΟ Α.Ε., ΑΦΜ 094821938", "Tesarstvo Jadran d.o.o.", "Ferretería Los Andes SpA — RUT
   * 76.482.193-9", "Ferramenta Colombo S.r.l.").
   */
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "a.e.",
          "α.ε.",
          "ε.π.ε.",
          "ι.κ.ε.",
          "ο.ε.",
          "d.o.o.",
          "d.d.",
          "s.p.a.",
          "s.r.l.",
          "srl",
          "s.l.",
          "s.a.",
          "s.a.s.",
          "sas",
          "sarl",
          "ltda",
          "ltda.",
          "oy",
          "oyj",
          "a/s",
          "asa",
          "aps",
          "gmbh",
          "ltd",
          "ltd.",
          "llc",
          "inc",
          "inc.",
          "plc",
          "s.r.o.",
          "a.s.",
          "kft.",
          "zrt.",
          "nyrt.",
          "bt.",
          "b.v.",
          "n.v.",
          "bvba",
          "sprl",
          "ооо",
          "зао",
          "оао",
          "пао",
          "тов",
          "еоод",
          "оод",
          "sdn",
          "bhd",
          "pty",
          "tbk",
          "εταιρείας",
          "tvrtke",
          "firmy",
          "společnosti",
          "spoločnosti",
          "yhtiön",
          "selskabets",
          "bolagets");

  /**
   * Labels of a tax's or a register's number, in lower case, which a firm has as a person does:
   * only after one of them is a number on a firm's line the firm's.
   */
  private static final List<String> TAX_LABELS =
      List.of(
          "αφμ",
          "oib",
          "rut",
          "p.iva",
          "p. iva",
          "partita iva",
          "nif",
          "cif",
          "vat",
          "utr",
          "tin",
          "ein",
          "nip",
          "ičo",
          "dič",
          "инн",
          "огрн",
          "kvk",
          "siret",
          "siren",
          "cvr",
          "org.nr",
          "orgnr",
          "y-tunnus",
          "abn",
          "gst",
          "사업자등록번호",
          "统一社会信用代码",
          "codice fiscale",
          "steuernummer",
          "ust-idnr",
          "uid");

  /**
   * Whether the number at {@code s} is a firm's: a legal form stands on its line before it, or on
   * the line above where its own line holds only a label and the number ("Εκδότης: ... Α.Ε." over
   * "ΑΦΜ: 094821938").
   */
  private static boolean firmsNumber(String text, int s, int e) {
    if (e - s == 16 && Character.isLetter(text.charAt(s))) {
      return false; // a codice fiscale of sixteen letters and digits is a person's alone
    }
    int nl = text.lastIndexOf('\n', s - 1);
    int ls = Math.max(nl + 1, s - 80);
    String before = text.substring(Math.max(ls, s - 32), s).toLowerCase(Locale.ROOT);
    boolean tax = false;
    for (String label : TAX_LABELS) {
      tax |= Scan.wholeWordIn(before, label);
    }
    if (!tax || personsWord(text, ls, s)) {
      return false;
    }
    if (legalFormIn(text, ls, s)) {
      return true;
    }
    if (nl < 1 || ls != nl + 1) {
      return false;
    }
    String label = text.substring(ls, s).strip();
    if (label.length() > 24 || label.indexOf(' ') > 0 && label.split(" ").length > 3) {
      return false;
    }
    int above = Math.max(text.lastIndexOf('\n', nl - 1) + 1, nl - 80);
    return legalFormIn(text, above, nl) && !personsWord(text, above, nl);
  }

  /** Words of a firm's staff, in lower case: the number beside them is the person's. */
  private static final List<String> STAFF =
      List.of(
          "employee",
          "staff",
          "zaposlen",
          "zaposlena",
          "zaposlenika",
          "dipendente",
          "mitarbeiter",
          "mitarbeiterin",
          "pracownik",
          "employé",
          "employée",
          "empleado",
          "empleada",
          "funcionário",
          "työntekijä",
          "anställd",
          "medarbejder",
          "werknemer",
          "υπάλληλος");

  private static boolean personsWord(String text, int s, int e) {
    String lower = text.substring(s, e).toLowerCase(Locale.ROOT);
    for (String w : STAFF) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean legalFormIn(String text, int s, int e) {
    for (String w : text.substring(s, e).split("[\\s,;:()—–]+")) {
      if (w.equals("SpA") || w.equals("SPA") || LEGAL_FORMS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Drops the findings from {@code first} on whose span an earlier one of them has already. */
  static void dropRepeats(List<Finding> out, int first) {
    java.util.Set<Long> seen = new java.util.HashSet<>();
    out.subList(first, out.size()).removeIf(x -> !seen.add(((long) x.start() << 32) | x.end()));
  }

  /** Letters of scripts written without spaces between words. */
  private static boolean spaceless(char c) {
    return Scan.cjk(c);
  }

  /** Words before a hyphen that make the number a firm's: "Unternehmens-Identifikationsnummer". */
  private static final String[] FIRMS = {"unternehmens-", "firmen-", "betriebs-", "umsatzsteuer-"};

  private static boolean ofAFirm(String lower, int cue) {
    for (String firm : FIRMS) {
      if (cue >= firm.length() && lower.startsWith(firm, cue - firm.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The series and the number of a Russian passport, each a value of its own: "серия 40 17 номер
   * 730192" (the series alone is too short for the general rule).
   */
  private static final Pattern RUSSIAN_SERIES =
      Pattern.compile(
          "серия\\s*([0-9]{2}\\s?[0-9]{2})\\s*,?\\s*(?:номер|№|n)\\s*([0-9]{6})(?![0-9])");

  private static void findRussianSeries(String text, String lower, List<Finding> out) {
    Matcher m = Scan.matcher(RUSSIAN_SERIES, lower);
    for (int i = lower.indexOf("серия"); i >= 0; i = lower.indexOf("серия", i + 1)) {
      if (Scan.at(m, i, 40, lower.length())
          && !m.group(2).chars().allMatch(d -> d == m.group(2).charAt(0))) {
        // "серия 00 00 № 000000" is a form's pattern, not a passport
        out.add(new Finding(PiiType.PASSPORT_OR_ID, m.start(1), m.end(1), 0.9));
        out.add(new Finding(PiiType.PASSPORT_OR_ID, m.start(2), m.end(2), 0.9));
      }
    }
  }

  /**
   * Identity numbers that open with letters and carry a check (Taiwan, Singapore's NRIC and FIN,
   * Hong Kong), and India's PAN of a person (fourth letter P), found where their digits start.
   */
  private static final Pattern TAIWAN = Pattern.compile("[A-Z][12][0-9]{8}(?![\\p{L}\\p{N}])");

  private static final Pattern SINGAPORE = Pattern.compile("[STFG][0-9]{7}[A-Z](?![\\p{L}\\p{N}])");
  private static final Pattern HONG_KONG = Pattern.compile("([A-Z]{1,2}[0-9]{6})\\(([0-9A])\\)");
  private static final Pattern PAN =
      Pattern.compile("[A-Z]{3}P[A-Z][0-9]{4}[A-Z](?![\\p{L}\\p{N}])");

  /**
   * Words that name these numbers within {@value #LETTERED_WINDOW} characters before them: a check
   * of one digit or letter passes one random code in ten or eleven ("Order K120394852").
   */
  private static final String[] TAIWAN_CUES = {"身分證", "身份證", "統一編號", "national id", "id no"};

  private static final String[] SINGAPORE_CUES = {
    "nric", "fin", "ic no", "ic:", "identity card", "i/c", "ic number"
  };
  private static final String[] PAN_CUES = {"pan", "पैन", "permanent account", "income tax"};
  private static final int LETTERED_WINDOW = 64;

  private static void findLettered(String text, int p, Matcher[] m, List<Finding> out) {
    int n = text.length();
    if (p == 0 || !isUpperAscii(text.charAt(p - 1))) {
      return; // every one of them has a capital right before its digits
    }
    if (m[0] == null) {
      m[0] = Scan.matcher(TAIWAN, text);
      m[1] = Scan.matcher(SINGAPORE, text);
      m[2] = Scan.matcher(HONG_KONG, text);
      m[3] = Scan.matcher(PAN, text);
    }
    if (p >= 1 && isUpperAscii(text.charAt(p - 1)) && Scan.wordStart(text, p - 1)) {
      if (Scan.at(m[0], p - 1, 10, n)
          && NationalChecks.taiwanese(m[0].group())
          && Context.anyWordBefore(text, p - 1, LETTERED_WINDOW, TAIWAN_CUES)) {
        out.add(new Finding(PiiType.PASSPORT_OR_ID, m[0].start(), m[0].end(), 0.9));
      }
      if (Scan.at(m[1], p - 1, 9, n)
          && NationalChecks.singaporean(m[1].group())
          && Context.anyWordBefore(text, p - 1, LETTERED_WINDOW, SINGAPORE_CUES)) {
        out.add(new Finding(PiiType.PASSPORT_OR_ID, m[1].start(), m[1].end(), 0.9));
      }
    }
    for (int s = p - 2; s <= p - 1; s++) {
      if (s >= 0
          && isUpperAscii(text.charAt(s))
          && Scan.wordStart(text, s)
          && Scan.at(m[2], s, 11, n)
          && NationalChecks.hongKong(m[2].group(1) + m[2].group(2))) {
        out.add(new Finding(PiiType.PASSPORT_OR_ID, m[2].start(), m[2].end(), 0.9));
      }
    }
    if (p >= 5
        && isUpperAscii(text.charAt(p - 5))
        && Scan.wordStart(text, p - 5)
        && Scan.at(m[3], p - 5, 10, n)
        && Context.anyWordBefore(text, p - 5, LETTERED_WINDOW, PAN_CUES)) {
      out.add(new Finding(PiiType.PASSPORT_OR_ID, m[3].start(), m[3].end(), 0.85));
    }
  }

  /**
   * A UK driving licence number: five letters of the surname (nines after a short one), the birth
   * date as decade, month (plus 50 for a woman), day and year, two initials (a nine for none), a
   * digit and two check letters: "MORGA753116SM9IJ".
   */
  private static final Pattern UK_LICENCE =
      Pattern.compile(
          "(?<![A-Za-z0-9])[A-Z][A-Z9]{4}[0-9]([0156][0-9])([0-3][0-9])[0-9][A-Z][A-Z9][0-9][A-Z]{2}(?![A-Za-z0-9])");

  private static void findUkDrivingLicences(String text, List<Finding> out) {
    Matcher m = null;
    Scan.DigitRuns digitRuns = Scan.digitRuns(text);
    for (int p = digitRuns.at(0); p >= 0; p = digitRuns.at(p + 1)) {
      // The birth date's six digits end the run; nines that pad a short surname may start it.
      int run = Scan.digitsAt(text, p);
      int start = p + run - 11;
      if (run < 6 || run > 10 || start < 0 || start > p) {
        continue;
      }
      if (m == null) {
        m = Scan.matcher(UK_LICENCE, text);
      }
      if (!Scan.at(m, start, 16, text.length())) {
        continue;
      }
      int month = Integer.parseInt(m.group(1));
      int day = Integer.parseInt(m.group(2));
      int mm = month > 50 ? month - 50 : month;
      if (mm >= 1 && mm <= 12 && day >= 1 && day <= 31) {
        out.add(new Finding(PiiType.PASSPORT_OR_ID, m.start(), m.end(), 0.85));
      }
    }
  }

  /**
   * A form's label alone on its line (a colon at most after it) and the value alone on the next
   * line ("Burgerservicenummer" above "173950243"); leaves {@code c} on the value.
   */
  private static boolean valueBelow(String text, int i, int e, Matcher c) {
    int n = text.length();
    int b = i;
    while (b > 0 && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == '\t')) {
      b--;
    }
    if (b > 0 && text.charAt(b - 1) != '\n') {
      return false; // the cue does not open its line
    }
    int q = e;
    while (q < n && (text.charAt(q) == ' ' || text.charAt(q) == ':' || text.charAt(q) == '：')) {
      q++;
    }
    if (q >= n || text.charAt(q) != '\n') {
      return false;
    }
    int next = q + 1;
    int le = text.indexOf('\n', next);
    le = le < 0 ? n : le;
    return Scan.at(c, next, Math.min(le - next, 32), n)
        && c.start(1) == next
        && text.substring(c.end(1), le).isBlank();
  }

  /**
   * The value with the letters of its series before it, where one to three capitals stand right
   * before a number ("ΑΚ 418273", "КС 418207"): the gap before a value may take them for a word.
   */
  /** Whether only spaces, colons and dots stand between the cue and the value. */
  private static boolean labelOnly(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (" \t:：.".indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Capitals before a number that are words of its label, not its series: "Passport ID 4182". */
  private static final Set<String> NOT_SERIES = Set.of("ID", "NO", "NR", "N", "NUM");

  private static int withSeries(String text, int from, int s) {
    if (s - from < 3 || text.charAt(s - 1) != ' ' || !Character.isDigit(text.charAt(s))) {
      return s;
    }
    int b = s - 1;
    while (b > 0 && s - 1 - b < 3 && Character.isUpperCase(text.charAt(b - 1))) {
      b--;
    }
    boolean series =
        b < s - 1
            && b > from
            && !Character.isLetterOrDigit(text.charAt(b - 1))
            && !NOT_SERIES.contains(text.substring(b, s - 1));
    return series ? b : s;
  }

  /**
   * Machine-readable zone lines are long runs of upper case, digits and '<': the patterns run only
   * inside such runs (at least 28 characters), not at every position of a text full of HTML.
   */
  private static void findMrz(String text, List<Finding> out) {
    Matcher z = Scan.matcher(MRZ, text);
    Matcher nm = Scan.matcher(MRZ_NAME, text);
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!mrzChar(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && mrzChar(text.charAt(i))) {
        i++;
      }
      if (i - s < 28) {
        continue;
      }
      z.region(s, i);
      while (z.find()) {
        if (Checksums.icao(z.group(1)) == z.group(2).charAt(0) - '0'
            && Checksums.icao(z.group(4)) == z.group(5).charAt(0) - '0'
            && Checksums.icao(z.group(6)) == z.group(7).charAt(0) - '0') {
          out.add(
              new Finding(PiiType.PASSPORT_OR_ID, z.start(), Math.min(i, z.start() + 44), 0.95));
        }
      }
      nm.region(s, i);
      while (nm.find()) {
        out.add(new Finding(PiiType.PASSPORT_OR_ID, nm.start(), nm.end(), 0.9));
      }
    }
  }

  private static boolean isUpperAscii(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static void findNino(String text, List<Finding> out) {
    Matcher m = Scan.matcher(NINO, text);
    Scan.DigitRuns digitRuns = Scan.digitRuns(text);
    for (int p = digitRuns.at(0); p >= 0; p = digitRuns.at(p + 1)) {
      for (int s = p - 3; s <= p - 2; s++) {
        if (s >= 0
            && isUpperAscii(text.charAt(s))
            && isUpperAscii(text.charAt(s + 1))
            && Scan.at(m, s, 14, text.length())
            && !NINO_NEVER.contains(m.group(1))) {
          out.add(new Finding(PiiType.PASSPORT_OR_ID, m.start(), m.end(), 0.85));
          p = m.end() - 1;
          break;
        }
      }
    }
  }

  private static boolean mrzChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<';
  }

  static boolean plausibleId(String id) {
    String compact = asciiDigits(id.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT));
    if (compact.length() < 5 || compact.length() > 20) { // Tanzania's NIDA number has 20 digits
      return false;
    }
    boolean digit = false;
    for (int i = 0; i < compact.length(); i++) {
      digit |= Character.isDigit(compact.charAt(i));
    }
    if (!digit || compact.contains("XXX")) {
      return false; // no digit, or masked ("XXXX XXXX 7301")
    }
    if (compact.matches("-?[0-9]{1,3}[.,][0-9]+")) {
      return false; // a measure or a function's value ("0.84147"), not a number of a document
    }
    if (DNI.matcher(compact).matches()) {
      // DNI/NIE shape: the check letter decides; an Irish PPS number has the same shape.
      return Checksums.spanishId(compact) || NationalChecks.irish(compact);
    }
    return !looksLikeDateOrYear(compact);
  }

  /** Digits of other scripts as ASCII digits, so a date in Persian digits is read as one. */
  private static String asciiDigits(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 0x7f && Character.isDigit(c)) {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
      }
    }
    return b == null ? s : b.toString();
  }

  private static final Pattern YEAR_OR_DATE =
      Pattern.compile(
          "(?:19|20)[0-9]{2}(?:-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12][0-9]|3[01]))?"
              + "|(?:0[1-9]|[12][0-9]|3[01])-?(?:0[1-9]|1[0-2])-?(?:19|20)[0-9]{2}");

  private static boolean looksLikeDateOrYear(String s) {
    // A date only where it could be one (year, month, day): "91827364" is a passport number.
    return YEAR_OR_DATE.matcher(s).matches();
  }
}
