package dev.indexer.pii.recognizers;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import dev.indexer.pii.spi.Recognizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers, international ({@code +44 20 7946 0958}, {@code 0049 30 901820}) or national in
 * any of the configured regions, with any separators. Candidates come from a linear scan;
 * libphonenumber decides. International numbers count when libphonenumber calls them possible (a
 * possible but unassigned number is still someone's number, or will be); national numbers count
 * when valid for a region and either written like a phone number (separators, parentheses) or next
 * to a phone cue; bare digit strings next to an order, invoice or similar cue do not. National
 * numbers of other countries count when valid there and either written in the text of their
 * country's script (a Chinese mobile among Chinese characters, a Greek one among Greek words) or
 * after a phone cue.
 */
public final class PhoneRecognizer implements Recognizer {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final Pattern CANDIDATE =
      Pattern.compile(
          "(?:(?<![\\p{IsLatin}\\p{IsCyrillic}\\p{IsGreek}\\p{N}_+@/.,-])|(?<=,)(?=\\+)|(?<=[\\p{L}\\s\"'],)|(?<=__)|(?<=\\p{IsHebrew}-))(?:\\+|00)?(?:\\(0\\)|\\([0-9]{1,5}\\)[ \u00A0]?)?[0-9][0-9 \u00A0\u2013().\\-/]{3,24}[0-9]"
              + "(?![\\p{IsLatin}\\p{IsCyrillic}\\p{IsGreek}\\p{N}@]|_(?!_)|[.:/-][0-9]|,[0-9]{1,3}(?![0-9]))");

  /**
   * A date inside a candidate: "07.02.2024 - 16.02.2024", "07.2018 - 02.2020", "01/2015 - 02/2019",
   * the Hungarian "2012. 09. 30".
   */
  private static final Pattern DOTTED_DATE =
      Pattern.compile(
          "(?<![0-9])(?:[0-3]?[0-9]\\.)?[01]?[0-9]\\.(?:19|20)[0-9]{2}(?![0-9])"
              + "|(?<![0-9])(?:0[1-9]|1[0-2])/(?:19|20)[0-9]{2}(?![0-9])"
              + "|(?<![0-9])(?:19|20)[0-9]{2}\\. ?[01]?[0-9]\\. ?[0-3]?[0-9](?![0-9])");

  /** US ZIP+4 ("94105-1804") and Brazilian CEP ("01304-001") codes: phones only after a cue. */
  private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}-[0-9]{3,4}");

  /** A US SSN's grouping ("123-45-6789", "123 45 6789"): no numbering plan writes a phone so. */
  private static final Pattern SSN_SHAPE = Pattern.compile("[0-9]{3}([-. ])[0-9]{2}\\1[0-9]{4}");

  /** Two days of a range: "07/07 – 13/07", "1.6.-15.6.". */
  private static final Pattern DAY_RANGE =
      Pattern.compile("[0-9]{1,2}[/.][0-9]{1,2}\\.?\\s?[–-]\\s?[0-9]{1,2}[/.][0-9]{1,2}\\.?");

  private static final Pattern DATE_OR_IP =
      Pattern.compile(
          "[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{2,4}"
              + "|(?:0?[1-9]|[12][0-9]|3[01])\\. (?:0?[1-9]|1[0-2])\\. (?:19|20)[0-9]{2}|[0-9]{1,3}(?:\\.[0-9]{1,3}){3}(?:/[0-9]{1,3})?"
              + "|[0-9]+[.,][0-9]+|[0-9]{1,6}(?:\\.[0-9]{1,6}){4,}"
              + "|[0-9]{1,2}[.:][0-9]{2}\\s?-\\s?[0-9]{1,2}[.:][0-9]{2}|[0-9]{4}\\s?[-\u2013]\\s?[0-9]{4}"
              + "|[0-3]?[0-9] [0-3]?[0-9] (?:19|20)[0-9]{2}");

  /**
   * "01.42.68.53.00": five pairs of digits, the first a French trunk prefix; not a version number.
   */
  private static final Pattern FRENCH_DOTTED = Pattern.compile("0[1-9](?:\\.[0-9]{2}){4}");

  private static final String[] CUES = {
    "phone",
    "tel",
    "mobile",
    "mob.",
    "mob:",
    "cell",
    "fax",
    "call",
    "ring",
    "sms",
    "text me",
    "whatsapp",
    "signal",
    "handy",
    "téléphone",
    "portable",
    "tél",
    "teléfono",
    "móvil",
    "movil",
    "telefono",
    "cellulare",
    "telefoon",
    "mobiel",
    "contact",
    "reach",
    "telefonnummer",
    "rufnummer",
    "appel",
    "anruf",
    "ruf ",
    "llam",
    "chiama",
    "hotline",
    "☎",
    "📞",
    "mobil",
    "phon",
    "telf",
    "celular",
    "bel ",
    "my number",
    "his number",
    "her number",
    "mi número",
    "meu número",
    "mon numéro",
    "numero ko",
    "nambari",
    "my no"
  };
  private static final String[] NOT_PHONE = {
    "order",
    "invoice",
    "ticket",
    "isbn",
    "tracking",
    "po ",
    "po#",
    "serial",
    "version",
    "account",
    "iban",
    "bestell",
    "rechnung",
    "commande",
    "facture",
    "pedido",
    "factura",
    "ordine",
    "fattura",
    "batch",
    "price",
    "total",
    "amount",
    "€",
    "$",
    "£",
    "kundennummer",
    "customer no",
    "ssn",
    "social security",
    "passport",
    "license",
    // company, tax and registry numbers: Nordic, French, German, Finnish, Portuguese, Spanish,
    // Turkish, Dutch, Belgian, Polish, Czech, Brazilian, Australian
    "org.nr",
    "org nr",
    "orgnr",
    "org.-nr",
    "organisasjonsnummer",
    "organisationsnummer",
    "momsreg",
    "siret",
    "ust-id",
    "ustid",
    "ust.-id",
    "steuernummer",
    "handelsregister",
    "y-tunnus",
    "vergi",
    "mersis",
    "ondernemingsnummer",
    "regon",
    "cnpj",
    "bankgiro",
    "plusgiro",
    // receipts and orders in the Nordic languages, contracts
    "kvitto",
    "vertrag",
    "contract",
    "ordernr",
    "ordernummer",
    "tilausnumero",
    "viitenumero",
    // parcels and shipments
    "seguimiento",
    "suivi",
    "sendung",
    "takip",
    "kargo",
    "sipariş",
    "waybill",
    "p/n",
    "artikel",
    "art.-nr",
    "art.nr",
    "art-nr",
    // French and Portuguese registers, Korean business registration, lottery draws
    "r.c.s",
    "inscrição",
    "inscricao",
    "사업자등록번호",
    "사업자 등록번호",
    "winning numbers",
    "main numbers",
    "lotto",
    "lottery",
    // claims, policies and case files (whole words: not "claimant", "Polish")
    "claim no",
    "claim number",
    "claim:",
    "claim #",
    "policy no",
    "policy number",
    "policy:",
    "policy #",
    "polisnummer",
    "polisnr",
    "póliza",
    "apólice",
    "polizza",
    "kontonummer",
    "kontonr",
    "asset tag",
    "dossier",
    "az.",
    "aktenzeichen",
    "atestado",
    "diligencias",
    "expediente",
    "nº",
    "n°",
    "sinistre",
    "sinistro",
    "siniestro",
    "schademelding",
    // compounds of the whole-word register words below ("Referenznummer", "PartNo")
    "referenz",
    "refnr",
    "refno",
    "ref.",
    "ref:",
    "ref no",
    "partno",
    "part no",
    "cardnumber",
    "card no",
    "card number",
    "vatno",
    "vat no",
    "vat number",
    "caseno",
    "case no",
    "case number",
    // bank codes; orders, invoices and references of more languages
    "bankleitzahl",
    "sort code",
    "routing",
    "clabe",
    "bestel",
    "rendelés",
    "заказ",
    "счёт",
    "счет",
    "viite",
    "zamówieni",
    "przesyłki",
    "seriennummer",
    "bonnummer",
    "belegnummer",
    "objednávk"
  };

  /**
   * Register words short enough to begin other words: they hide a number only as whole words ("Case
   * 4471", "NIP:", but not "casero", "nipigie", "Álvaro", "einen").
   */
  private static final String[] NOT_PHONE_WORDS = {
    "ref",
    "reference",
    "référence",
    "referencia",
    "referentie",
    "case",
    "item",
    "part",
    "lot",
    "qty",
    "ean",
    "upc",
    "sku",
    "card",
    "build",
    "mva",
    "cvr",
    "tva",
    "hrb",
    "vat",
    "alv",
    "nif",
    "nipc",
    "cif",
    "kvk",
    "btw",
    "kbo",
    "nip",
    "krs",
    "ičo",
    "dič",
    "abn",
    "acn",
    "ein",
    "ocr",
    "awb",
    "siren",
    "bsb",
    "aba",
    "blz"
  };

  /** Register words of scripts written without spaces ("订单号", "注文番号"), or signs: anywhere. */
  private static final String[] NOT_PHONE_SCRIPT = {
    "〒",
    "订单",
    "單號",
    "单号",
    "注文番号",
    "주문번호",
    "운송장",
    "송장번호",
    "問い合わせ番号",
    "受付番号",
    "法人番号",
    "郵便番号",
    "邮编",
    "邮政编码",
    "우편번호",
    "מספר רכב"
  };

  /** Idaho and its ZIP code ("Boise, ID 83706"), which is no identifier's label. */
  private static final Pattern IDAHO_ZIP = Pattern.compile("(?<![\\p{L}])id [0-9]{5}");

  /** A flat's number in a street address ("Telegraph Ave #212, Oakland"). */
  private static final Pattern FLAT = Pattern.compile("#[0-9]{1,5}[a-z]?, ");

  /**
   * Phone cues of languages whose words are not separated by spaces or take an article or prefix
   * ("联系电话", "携帯", "الجوال", "להתקשר"): found anywhere in the window.
   */
  private static final String[] SCRIPT_CUES = {
    "电话",
    "電話",
    "手机",
    "手機",
    "联系",
    "聯絡",
    "热线",
    "熱線",
    "客服",
    "携帯",
    "連絡先",
    "연락처",
    "전화",
    "휴대폰",
    "핸드폰",
    "جوال",
    "هاتف",
    "موبايل",
    "טלפון",
    "נייד",
    "להתקשר",
    "โทรศัพท์",
    "โทร.",
    "โทร:"
  };

  /**
   * Phone cues that begin common words of other languages ("zapłata", "simulation", Romanian "cel
   * mai"): whole words only.
   */
  private static final String[] CUE_WORDS = {"zap", "simu", "cel", "celular"};

  /** Phone cues of more languages written with Latin letters, as word starts. */
  private static final String[] MORE_CUES = {
    "cel.",
    "cel:",
    "síma",
    "sími",
    "nipigie",
    "tlf",
    "puh.",
    "puhelin",
    "sđt",
    "điện thoại",
    "tfno",
    "тел.",
    "тел:",
    "тел ",
    "телефон",
    "моб.",
    "моб:",
    "мобильн",
    "τηλ.",
    "τηλ:",
    "τηλέφων",
    "κινητ",
    "मोबाइल",
    "फ़ोन",
    "फोन",
    "মোবাইল",
    "ফোন"
  };

  /**
   * Regions whose national numbers are written among the letters of a script: tried besides the
   * configured regions when the text near a candidate is in that script, under the same rules.
   */
  private static final Map<Character.UnicodeScript, List<String>> SCRIPT_REGIONS =
      Map.ofEntries(
          Map.entry(Character.UnicodeScript.HAN, List.of("CN", "TW", "HK", "JP")),
          Map.entry(Character.UnicodeScript.HIRAGANA, List.of("JP")),
          Map.entry(Character.UnicodeScript.KATAKANA, List.of("JP")),
          Map.entry(Character.UnicodeScript.HANGUL, List.of("KR")),
          Map.entry(
              Character.UnicodeScript.CYRILLIC, List.of("RU", "UA", "BY", "KZ", "BG", "RS", "MK")),
          Map.entry(Character.UnicodeScript.GREEK, List.of("GR", "CY")),
          Map.entry(
              Character.UnicodeScript.ARABIC,
              List.of("SA", "AE", "EG", "MA", "DZ", "IQ", "JO", "KW", "QA", "IR", "PK")),
          Map.entry(Character.UnicodeScript.HEBREW, List.of("IL")),
          Map.entry(Character.UnicodeScript.DEVANAGARI, List.of("IN", "NP")),
          Map.entry(Character.UnicodeScript.BENGALI, List.of("BD", "IN")),
          Map.entry(Character.UnicodeScript.TAMIL, List.of("IN", "LK")),
          Map.entry(Character.UnicodeScript.THAI, List.of("TH")),
          Map.entry(Character.UnicodeScript.GEORGIAN, List.of("GE")),
          Map.entry(Character.UnicodeScript.ARMENIAN, List.of("AM")),
          Map.entry(Character.UnicodeScript.ETHIOPIC, List.of("ET")));

  /**
   * Regions whose national numbers count after a phone cue only (the text's script does not tell
   * them apart): Latin America, the rest of Europe, Africa and Asia written in Latin letters.
   */
  private static final List<String> CUED_REGIONS =
      List.of(
          "BR", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "UY", "IS", "TR", "RO", "HU", "CZ", "SK",
          "HR", "SI", "RS", "BA", "LT", "LV", "EE", "LU", "GR", "ZA", "NG", "KE", "TZ", "UG", "GH",
          "IN", "PH", "ID", "MY", "VN", "NZ", "SG", "PK");

  /** Column names under which a number is an article's, order's or serial's, no phone. */
  private static final Set<String> REGISTER_COLUMNS =
      Set.of(
          "artikelnummer",
          "artikel-nr.",
          "art.-nr.",
          "art.nr.",
          "article number",
          "article no",
          "item number",
          "item no",
          "part number",
          "part no",
          "sku",
          "order number",
          "order no",
          "bestellnummer",
          "serial number",
          "serial no",
          "seriennummer",
          "tracking number",
          "sendungsnummer",
          "invoice number",
          "rechnungsnummer",
          "numer zamówienia",
          "numer przesyłki",
          "référence",
          "referencia",
          "código",
          "codice articolo");

  /** Words one of which every name of {@link #REGISTER_COLUMNS} holds. */
  private static final String[] REGISTER_STEMS = {
    "nummer",
    "number",
    "article no",
    "item no",
    "part no",
    "order no",
    "serial no",
    "nr.",
    "sku",
    "numer ",
    "référence",
    "referencia",
    "código",
    "codice"
  };

  /** The cells of the columns of {@link #REGISTER_COLUMNS}, in tables delimited or aligned. */
  private static int[] registerCells(String text, String lower) {
    boolean named = false;
    for (String stem : REGISTER_STEMS) {
      if (lower.contains(stem)) {
        named = true;
        break;
      }
    }
    if (!named) {
      return new int[0];
    }
    return TableColumns.cells(text, lower, REGISTER_COLUMNS, text.contains("  "));
  }

  /** Column names under which a bare number is a phone number (CSV, pipe tables, SQL inserts). */
  private static final Set<String> COLUMNS =
      Set.of(
          "phone",
          "phone number",
          "phone no",
          "phone1",
          "phone2",
          "telephone",
          "tel",
          "tel.",
          "mobile",
          "mobile number",
          "mobile phone",
          "cell",
          "cell phone",
          "cellphone",
          "contact number",
          "home phone",
          "work phone",
          "telefon",
          "telefono",
          "teléfono",
          "téléphone",
          "telefone",
          "telefoonnummer",
          "handy",
          "mobil",
          "gsm");

  /** Regions by code, made once: reading a region's metadata is not free. */
  private static final Map<String, Region> REGIONS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A number that begins with a year and a dash or slash ("2024-118273", "2024-0512-01"): a case or
   * press-release number unless a phone cue says otherwise.
   */
  private static final Pattern YEAR_FIRST = Pattern.compile("(?:19|20)[0-9]{2}[-/][0-9].*");

  /** "RCS Lyon B " right before a number: the French trade register, not the messaging standard. */
  private static final java.util.regex.Pattern FRENCH_REGISTER =
      java.util.regex.Pattern.compile("RCS \\p{Lu}[\\p{L}-]+(?: [AB])? ?$");

  private final List<Region> regions;

  /** Regions whose national numbers (without a country code) are recognized, e.g. US, DE. */
  public PhoneRecognizer(List<String> regions) {
    this.regions = regions.stream().map(PhoneRecognizer::region).toList();
  }

  @Override
  public Set<PiiType> types() {
    return Set.of(PiiType.PHONE);
  }

  /**
   * A candidate holds at least five digits and separators from its first digit to its last: a
   * shorter run ("2024", "12:30") cannot start one.
   */
  private static boolean phoneRunFrom(String text, int p) {
    int n = Math.min(text.length(), p + 40);
    for (int i = p; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (i - p >= 4) {
          return true;
        }
      } else if (" \u00A0\u2013().-/".indexOf(c) < 0) {
        return false;
      }
    }
    return false;
  }

  @Override
  public void find(String text, List<Finding> out) {
    int first = out.size();
    findInAsciiDigits(text, out);
    String folded = OtherDigits.folded(text);
    if (folded != null) {
      // Digits of other scripts ("٠٥٤٤ ٢٧١ ٩٣٠", "０８０－３３９１"): the same text in ASCII digits, same
      // offsets; only the numbers written in those digits are new.
      List<Finding> more = new java.util.ArrayList<>();
      Object[] kept = Scan.saved();
      try {
        findInAsciiDigits(folded, more);
      } finally {
        Scan.restore(kept);
      }
      for (Finding f : more) {
        if (OtherDigits.holdsOne(text, f.start(), f.end())) {
          out.add(f);
        }
      }
    }
    withExtensions(text, first, out);
  }

  /**
   * An extension right after a number: "ext. 218", "x204", "extension 12", "wew. 24", "доб. 4471",
   * "poste 4412", "Durchwahl 31", "内線 205". The labels take a direct line with its extension.
   */
  private static final Pattern EXTENSION =
      Pattern.compile(
          ",?[ \\u00a0]{0,2}(?:[xX]|(?i:ext\\.?|extn\\.?|extension|poste|wew\\.?|доб\\.?|вн\\.?"
              + "|durchwahl|dw|interno|int\\.|anexo|ramal|toestel|lokal)[ \\u00a0]{0,2}:?"
              + "[ \\u00a0]?|内線|分机|转)[0-9]{1,6}(?![0-9\\p{L}])");

  private static void withExtensions(String text, int first, List<Finding> out) {
    for (int k = first; k < out.size(); k++) {
      Finding f = out.get(k);
      int e = f.end();
      if (f.type() != PiiType.PHONE || e >= text.length() - 1) {
        continue;
      }
      Matcher m = Scan.matcher(EXTENSION, text).region(e, Math.min(text.length(), e + 24));
      if (m.lookingAt()) {
        out.set(k, new Finding(PiiType.PHONE, f.start(), m.end(), f.score()));
      }
    }
  }

  private void findInAsciiDigits(String text, List<Finding> out) {
    if (!UsSsnRecognizer.containsDigit(text)) {
      return;
    }
    Matcher m = Scan.matcher(CANDIDATE, text);
    int n = text.length();
    int next = 0;
    String lower = Scan.lower(text);
    int[] cells =
        lower.contains("phone")
                || lower.contains("tel")
                || lower.contains("mobil")
                || lower.contains("cell")
                || lower.contains("handy")
                || lower.contains("gsm")
            ? TableColumns.cells(text, lower, COLUMNS)
            : new int[0];
    int[] registers = registerCells(text, lower);
    // The same candidate string in one text gets one verdict (repetitive input stays cheap).
    Map<String, Boolean> verdicts = new HashMap<>();
    Scan.DigitRuns digitRuns = Scan.digitRuns(text);
    for (int p = digitRuns.at(0); p >= 0; p = digitRuns.at(Math.max(p + 1, next))) {
      int s = p;
      if (s > 0 && (text.charAt(s - 1) == '+' || text.charAt(s - 1) == '(')) {
        s--;
      }
      if (s > 0 && text.charAt(s - 1) == '+') {
        s--;
      }
      if (!phoneRunFrom(text, p) || !(Scan.at(m, s, 40, n) || (s < p && Scan.at(m, p, 40, n)))) {
        continue; // "(338 714 2290)": a number in parentheses when they hold no area code
      }
      int start = m.start();
      String candidate = m.group();
      boolean cue =
          Context.anyWordBefore(text, start, 32, CUES)
              || Context.anyWordBefore(text, start, 32, MORE_CUES)
              || Context.anyWholeWordBefore(text, start, 32, CUE_WORDS)
              || Context.anyBefore(text, start, 32, SCRIPT_CUES)
              || TableColumns.inCell(cells, start);
      // After a cue, two spaces may be a PDF's ("Tel.: 030  1234567"); without one, a column's.
      int columns = candidate.indexOf(cue ? "   " : "  ");
      if (columns > 0) {
        // Figures in columns ("151.50    11.44", "38 28  7  3"): the number ends where the
        // column does.
        candidate = candidate.substring(0, columns);
        while (!candidate.isEmpty() && !Scan.isDigit(candidate.charAt(candidate.length() - 1))) {
          candidate = candidate.substring(0, candidate.length() - 1);
        }
      }
      int alternative = alternativeAt(candidate);
      if (alternative > 0) {
        candidate =
            candidate.substring(0, alternative); // the next number is a candidate of its own
      }
      int end = start + candidate.length();
      next = end;
      int digits = Checksums.digits(candidate).length();
      if (digits < 7
          || digits > 17
          || (DATE_OR_IP.matcher(candidate).matches()
              && !FRENCH_DOTTED.matcher(candidate).matches())
          || !groupedLikeAPhone(candidate)
          || (!cue && DOTTED_DATE.matcher(candidate).find())
          || ISO_DATE_INSIDE.matcher(candidate).find()
          || (!candidate.startsWith("+") && versionOrBuildBefore(text, start))
          || !balanced(candidate)
          || placeholder(candidate)
          || Context.anyBefore(text, start, 12, NOT_PHONE_SCRIPT)
          || TableColumns.inCell(registers, start)) {
        continue; // an order number right after its word stays one after a contact word too
      }
      if (!cue && FRENCH_REGISTER.matcher(text.substring(Math.max(0, start - 32), start)).find()) {
        continue; // "RCS Lyon B 482 193 705": a firm's number in the French trade register
      }
      boolean notPhone =
          !cue
              && !candidate.startsWith("+")
              && (Context.anyWordBefore(text, start, 32, NOT_PHONE)
                  || POSTCODE.matcher(candidate).matches()
                  || SSN_SHAPE.matcher(candidate).matches()
                  || yearReference(candidate)
                  || YEAR_FIRST.matcher(candidate).matches()
                  || Context.anyWholeWordBefore(text, start, 32, NOT_PHONE_WORDS)
                  || Context.anyBefore(text, start, 32, NOT_PHONE_SCRIPT)
                  || DAY_RANGE.matcher(candidate).matches()
                  || namedOtherwise(text, start));
      if (notPhone) {
        continue;
      }
      Character.UnicodeScript script = scriptNear(text, start, end);
      String key = (cue ? "1" : "0") + (script == null ? "" : script.name()) + "|" + candidate;
      Boolean phone = verdicts.get(key);
      if (phone == null) {
        phone = isPhone(candidate, cue, script);
        if (verdicts.size() < 10_000) {
          verdicts.put(key, phone);
        }
      }
      if (phone
          && !firmsLine(text, start)
          && !desksLine(text, start, end)
          && !(chosenByAFirm(candidate) && !personalNear(text, start, end))) {
        out.add(new Finding(PiiType.PHONE, start, end, 0.8));
      }
    }
  }

  /**
   * A number a form or a template writes for any: all its digits the same ("(555) 555-5555"), or
   * its last seven zeros ("010-0000-0000", "+33 1 00 00 00 00"). A real line may repeat a digit
   * after its trunk or area code ("07777 777777"), so those are kept.
   */
  static boolean placeholder(String candidate) {
    String digits = Checksums.digits(candidate);
    if (digits.length() < 7) {
      return false;
    }
    boolean same = digits.chars().allMatch(c -> c == digits.charAt(0));
    return same || digits.endsWith("0000000");
  }

  /**
   * A number a firm or a city chose to be remembered, or a switchboard's round one: its last four
   * digits zeros ("020 7946 0000", "031-365 00 00"), or a national number of eight to eleven digits
   * whose last eight are two equal halves ("21 80 21 80", "029 2087 2087"); not "07777 777777", a
   * mobile's one digit over and over. The caller keeps it where a person's line is named beside it
   * ("mobile 0170 5612 5612").
   */
  static boolean chosenByAFirm(String candidate) {
    String digits = Checksums.digits(candidate);
    if (digits.length() < 8) {
      return false;
    }
    if (digits.endsWith("0000")) {
      return true;
    }
    String last = digits.substring(digits.length() - 8);
    return !candidate.startsWith("+")
        && digits.length() <= 11
        && last.regionMatches(0, last, 4, 4)
        && !last.chars().allMatch(c -> c == last.charAt(0));
  }

  /**
   * Whether a person's line is named near the number: a word of {@link #PERSONAL_LINES} at a word's
   * start within 24 characters before it or in a bracket after it ("mobile 07912 ...", "private: 06
   * ...", "089 ... (Durchwahl Frau Meier)"), or an extension right after it ("... 0000 ext. 4412"):
   * a person's line on a firm's round switchboard.
   */
  private static boolean personalNear(String text, int start, int end) {
    if (personalAfter(text, end)) {
      return true;
    }
    Matcher ext = Scan.matcher(EXTENSION, text).region(end, Math.min(text.length(), end + 24));
    return ext.lookingAt() || Context.anyWordBefore(text, start, 24, OWN_LINES);
  }

  /** A date written year first inside the candidate ("2 2024/03/12" of a DHCP lease). */
  private static final Pattern ISO_DATE_INSIDE =
      Pattern.compile(
          "(?<![0-9])(?:19|20)[0-9]{2}[-/.](?:0[1-9]|1[0-2])[-/.](?:0[1-9]|[12][0-9]|3[01])(?![0-9])");

  /** Words that name a number as a version, a build or a standard, whatever cue stands farther. */
  private static final String[] VERSION_WORDS = {"version", "build", "std", "firmware"};

  /**
   * A version, build or standard word as the last word before the number ("(build 61400218)",
   * "AssemblyFileVersion(\"3.12.0.4417\")", "IEEE Std 802.11-2020") names it, even where a contact
   * word stands farther back ("Mobile app 6.14.0 (build 61400218)"); "the build desk: 0161 ..."
   * does not.
   */
  private static boolean versionOrBuildBefore(String text, int start) {
    String before = Context.before(text, start, 12);
    // The last word before the number, past spaces, quotes, brackets and a colon.
    int e = before.length();
    while (e > 0 && " \t\"'(:#".indexOf(before.charAt(e - 1)) >= 0) {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(before.charAt(s - 1))) {
      s--;
    }
    String word = before.substring(s, e);
    for (String w : VERSION_WORDS) {
      if (word.equals(w) || (w.equals("version") && word.endsWith(w))) {
        return true; // "AssemblyFileVersion(\"3.12.0.4417\")"
      }
    }
    return false;
  }

  /**
   * Whether a mark before the number names it as something else ("#4471", "Customer ID: 4471"); a
   * flat's number ("Ave #212, Oakland, CA 94609",) or a state's code before its ZIP ("Boise, ID
   * 83706",) earlier in a CSV row does not.
   */
  private static boolean namedOtherwise(String text, int start) {
    String w = Context.before(text, start, 32);
    return (w.indexOf('#') >= 0 && !FLAT.matcher(w).find())
        || (Context.anyWordBefore(text, start, 32, "id:", "id ", "id.")
            && !IDAHO_ZIP.matcher(w).find());
  }

  /**
   * A case, file or delivery number with a year between slashes ("4471/2024", "2024/05/8871"): a
   * phone written with a slash starts with its trunk prefix ("0221/4471234").
   */
  private static boolean yearReference(String candidate) {
    if (candidate.indexOf('/') < 0 || candidate.charAt(0) == '0' || candidate.charAt(0) == '(') {
      return false;
    }
    for (String group : candidate.split("/")) {
      String g = group.trim();
      if (g.length() == 4
          && (g.startsWith("19") || g.startsWith("20"))
          && Scan.digitsAt(g, 0) == 4) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where " / " introduces a second, international number ("+49 30 1234567 / 0049 30 1234567"), or
   * -1. A slash before a national subscriber number ("030 / 901820") belongs to the number.
   */
  private static int alternativeAt(String candidate) {
    for (int i = candidate.indexOf(" / "); i > 0; i = candidate.indexOf(" / ", i + 1)) {
      if (candidate.startsWith("+", i + 3) || candidate.startsWith("00", i + 3)) {
        return i;
      }
    }
    return -1;
  }

  /** Parentheses in pairs: "(030) 1234" is a number, "44.80 (35.03" is two figures in a table. */
  private static boolean balanced(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /** No run of one-digit groups ("1 2 3 4 5 6 7"): real numbers are grouped in twos to fives. */
  private static boolean groupedLikeAPhone(String s) {
    int groups = 0;
    int single = 0;
    int len = 0;
    for (int i = 0; i <= s.length(); i++) {
      boolean digit = i < s.length() && Scan.isDigit(s.charAt(i));
      if (digit) {
        len++;
      } else if (len > 0) {
        groups++;
        if (len == 1) {
          single++;
        }
        len = 0;
      }
    }
    return groups <= 7 && single <= 2;
  }

  /**
   * The first script within 40 chars before or 20 after a candidate whose countries write their
   * numbers among its letters (Han, Cyrillic, Arabic, ...), or null.
   */
  private static Character.UnicodeScript scriptNear(String text, int start, int end) {
    int to = Math.min(text.length(), end + 20);
    for (int i = Math.max(0, start - 40); i < to; i++) {
      char c = text.charAt(i);
      if (c >= '\u0370' && Character.isLetter(c)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (SCRIPT_REGIONS.containsKey(script)) {
          return script;
        }
      }
    }
    return null;
  }

  private static Region region(String code) {
    return REGIONS.computeIfAbsent(code, Region::of);
  }

  private boolean isPhone(String candidate, boolean cue, Character.UnicodeScript script) {
    boolean international = candidate.startsWith("+") || candidate.startsWith("00");
    if (international) {
      String e164 = candidate.startsWith("00") ? "+" + candidate.substring(2) : candidate;
      PhoneNumber n = parse(e164, "ZZ");
      return n != null && (UTIL.isValidNumber(n) ? !service(n) : UTIL.isPossibleNumber(n));
    }
    boolean formatted = formatted(candidate);
    if (!cue && !formatted) {
      return false;
    }
    String digits = Checksums.digits(candidate);
    if (servicePrefix(digits) && serviceInAnyRegion(candidate, digits)) {
      return false;
    }
    boolean serviceNumber = false;
    boolean possible = false;
    for (Region region : regions) {
      // Without the trunk prefix a number of the region is a service number at best ("1300 158
      // 803"), which no person holds.
      if (!region.mayBeNational(digits)) {
        continue;
      }
      PhoneNumber n = parse(candidate, region.code());
      if (n == null) {
        continue;
      }
      if (UTIL.isValidNumberForRegion(n, region.code())) {
        if (!service(n)) {
          return true;
        }
        serviceNumber = true;
      } else if (cue && UTIL.isPossibleNumber(n) && formatted) {
        possible = true;
      }
    }
    if (serviceNumber) {
      return false; // toll-free in one region: possible in another is no person's number
    }
    if (possible) {
      return true;
    }
    // Countries outside the configured regions: in their own script, or after a cue. Their
    // numbers must be valid, and only mobiles, or service numbers after a cue, may leave out the
    // trunk prefix (Chinese, Indian, Brazilian mobiles are written so; a figure such as "1 633 595"
    // is not).
    if (script != null && validInAny(candidate, digits, SCRIPT_REGIONS.get(script), cue)) {
      return true;
    }
    // Bare digits after a cue ("phone" in a header above a column of other numbers) are no number
    // of just any of these regions: they must be written as one.
    return cue && formatted && validInAny(candidate, digits, CUED_REGIONS, true);
  }

  /** Words of a firm's own line: a switchboard, a hotline, a service desk. */
  private static final String[] SWITCHBOARDS = {
    "switchboard",
    "hotline",
    "helpline",
    "customer service",
    "customer care",
    "customer support",
    "main line",
    "main office",
    "head office",
    "service client",
    "standard du",
    "standard :",
    "standard téléphonique",
    "kundenservice",
    "kundendienst",
    "servicenummer",
    "service-hotline",
    "zentrale",
    "main:",
    "main number",
    "sentralbord",
    "hovednummer",
    "hovedkontor",
    "växel",
    "vaihde",
    "call center",
    "call centre",
    "callcenter",
    "centralino",
    "centralita",
    "atención al cliente",
    "servicio al cliente",
    "atendimento",
    "klantenservice",
    "kundeservice",
    "kundtjänst",
    "asiakaspalvelu",
    "infolinia",
    "müşteri hizmetleri",
    "çağrı merkezi"
  };

  /**
   * Words of an institution's or a firm's desk that name the number right after them, or in
   * brackets right after it: information, reception, assistance, ticket office, enquiries.
   */
  private static final String[] DESKS = {
    "informationen",
    "informacje",
    "informacije",
    "informace",
    "informační centrum",
    "informații",
    "informações",
    "información",
    "infoliin",
    "reception",
    "réception",
    "rezeption",
    "receptie",
    "recepción",
    "accueil",
    "assistenza",
    "assistance",
    "enquiries",
    "appointments",
    "booking line",
    "kasa",
    "kaunter",
    "linha de apoio",
    "πληροφορίες",
    "τηλεφωνικό κέντρο",
    "안내센터",
    "고객센터",
    "ศูนย์บริการลูกค้า",
    "huduma kwa wateja",
    "ცხელი ხაზი",
    "справки",
    "довідки",
    // faults, emergencies and customer service of utilities and firms
    "störungsdienst",
    "störungen",
    "notdienst",
    "bereitschaftsdienst",
    "storingen",
    "storingsdienst",
    "dépannage",
    "urgence dépannage",
    "averías",
    "pronto intervento",
    "segnalazione guasti",
    "guasti",
    "avarii",
    "аварии",
    "аварийная служба",
    "аварийна служба",
    "хитне интервенције",
    "prijava napak",
    "dojava kvarova",
    "hibabejelentés",
    "poruchová linka",
    "poruchy",
    "pogotowie gazowe",
    "pogotowie energetyczne",
    "vikailmoitukset",
    "strömavbrott",
    "felanmälan",
    "vandbrud",
    "strømbrudd",
    "bilanavakt",
    "avariid",
    "avārijas dienests",
    "avarinė tarnyba",
    "βλάβες",
    "arıza hattı",
    "dispecerat",
    "customer service",
    "customer services",
    "kundeservice",
    "kundtjänst",
    "kundenservice",
    "klantenservice",
    "asiakaspalvelu",
    "ügyfélszolgálat",
    "zákaznícka linka",
    "zákaznická linka",
    "obsługa klienta",
    "servicio al cliente",
    "atención al cliente",
    "servizio clienti",
    "service client",
    "service clients",
    // information desks, visitor centres, press offices and switchboards of more languages
    "informacja turystyczna",
    "neuvonta",
    "справочная",
    "справочная служба",
    "довідкова",
    "довідкова служба",
    "numer infolinii",
    "infoline",
    "non-emergency",
    "non-emergency line",
    "visitor center",
    "visitor centre",
    "tourist information",
    "touristinfo",
    "office de tourisme",
    "oficina de turismo",
    "press office",
    "media office",
    "pressestelle",
    "ufficio stampa",
    "centrala",
    "ústředna",
    "bezoekerscentrum",
    "box office",
    "billetterie",
    "taquilla",
    "klicni center",
    "call center",
    "call centre",
    "contact center",
    "contact centre",
    "kontaktcenter",
    "kontaktní centrum",
    "müşteri hizmetleri",
    "çağrı merkezi",
    "tổng đài",
    "tổng đài hỗ trợ",
    "پشتیبانی",
    "خدمة العملاء",
    "שירות לקוחות",
    "客服热线",
    "咨询电话"
  };

  /**
   * A number that a desk's word names right before it ("Informacije: 011 ...", "문의: 02-...") or in
   * brackets right after it ("694 3300 (infoliin)"): no other word stands between.
   */
  private static boolean desksLine(String text, int start, int end) {
    int b = start;
    while (b > 0 && " :：-–\t".indexOf(text.charAt(b - 1)) >= 0 && start - b < 4) {
      b--;
    }
    if (b < start && wordEndsAt(text, b) && !personalAfter(text, end)) {
      return true;
    }
    int a = end;
    while (a < text.length() && text.charAt(a) == ' ' && a - end < 2) {
      a++;
    }
    if (a < text.length() && text.charAt(a) == '(') {
      int close = text.indexOf(')', a);
      if (close > a && close - a <= 32) {
        String inside = text.substring(a + 1, close).toLowerCase(Locale.ROOT);
        if (personalAfter(text, end)) {
          return false;
        }
        for (String w : DESKS) {
          if (inside.startsWith(w)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether one of {@link #DESKS} ends at {@code b} as the whole label: at the line's start or
   * after a sign, not the end of a longer label ("Contact reception:").
   */
  private static boolean wordEndsAt(String text, int b) {
    for (String w : DESKS) {
      int s = b - w.length();
      if (s >= 0 && text.regionMatches(true, s, w, 0, w.length())) {
        int p = s;
        while (p > 0 && text.charAt(p - 1) == ' ') {
          p--;
        }
        if (p == 0 || "\n\t|·•,;(".indexOf(text.charAt(p - 1)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a person's line is named in brackets after the number: "(Anna's mobile)". */
  private static boolean personalAfter(String text, int end) {
    int close = text.indexOf(')', end);
    if (close < 0 || close - end > 40 || text.indexOf('(', end) < 0) {
      return false;
    }
    String after = text.substring(end, close).toLowerCase(Locale.ROOT);
    for (String w : PERSONAL_LINES) {
      if (after.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Words of a person's own line, which a switchboard's word before them does not reach. */
  private static final String[] PERSONAL_LINES = {
    "mobil",
    "mobile",
    "cell",
    "direct",
    "durchwahl",
    "handy",
    "privat",
    "private",
    "home",
    "portable",
    "móvil",
    "celular",
    "cellulare",
    "ext"
  };

  /**
   * Words of a mobile of more languages, read at a word's start before a round number: "моб.",
   * "komórka", "手机", "휴대폰", "נייד", "جوال".
   */
  private static final String[] MOBILE_WORDS = {
    "mob",
    "gsm",
    "mobiel",
    "komórk",
    "kom.",
    "cep",
    "моб",
    "сотов",
    "手机",
    "手機",
    "携帯",
    "휴대폰",
    "핸드폰",
    "נייד",
    "جوال",
    "موبايل",
    "whatsapp"
  };

  /** The words of a person's own line read before a round number: both lists above. */
  private static final String[] OWN_LINES =
      java.util.stream.Stream.concat(
              java.util.Arrays.stream(PERSONAL_LINES), java.util.Arrays.stream(MOBILE_WORDS))
          .toArray(String[]::new);

  /**
   * A number that a switchboard's or a hotline's word introduces on its line ("Standard du siège :
   * 01 23 45 67 89", "Kundenservice: 030 ..."): a firm's line, which no person holds. Not when
   * another number, a second label or a person's line stands between them ("Hotline: 0800 ..., Dana
   * direct: 0171 ...", "Frau Weber (Zentrale), mobil: 0171 ...").
   */
  private static boolean firmsLine(String text, int start) {
    int line = Scan.lineStart(text, start, 48);
    int from = line >= 0 ? line : start - 48;
    String before = text.substring(from, start).toLowerCase(Locale.ROOT);
    int cueEnd = -1;
    for (String w : SWITCHBOARDS) {
      if (w.equals("main:") && !faxOnTheLine(text, start)) {
        continue; // a contact's "main" number is hers; a firm's line gives its fax beside it
      }
      int at = before.lastIndexOf(w);
      if (at >= 0 && (at == 0 || !Character.isLetter(before.charAt(at - 1)))) {
        cueEnd = Math.max(cueEnd, at + w.length());
      }
    }
    if (cueEnd < 0) {
      return false;
    }
    String between = before.substring(cueEnd);
    if (between.chars().anyMatch(Character::isDigit)
        || between.indexOf(':') != between.lastIndexOf(':')) {
      // "Zentrale +49 89 4117-0, Fax +49 89 4117-1999": the fax after the firm's number is its.
      return faxLabelLast(between);
    }
    for (String w : PERSONAL_LINES) {
      if (between.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean faxOnTheLine(String text, int start) {
    int ls = Scan.lineStart(text, start, 200);
    int from = ls >= 0 ? ls : Math.max(0, start - 200);
    int to = Math.min(Scan.lineEnd(text, start), start + 200);
    return text.substring(from, to).toLowerCase(Locale.ROOT).contains("fax");
  }

  /** Whether the words before a number end with a fax's label ("..., Fax ", "| Fax: "). */
  private static boolean faxLabelLast(String between) {
    String b = between.strip();
    if (b.endsWith(":")) {
      b = b.substring(0, b.length() - 1).strip();
    }
    return b.endsWith("fax") && (b.length() == 3 || !Character.isLetter(b.charAt(b.length() - 4)))
        || b.endsWith("telefax");
  }

  /** How toll-free, shared-cost and premium numbers start in the configured regions and Asia. */
  private static final List<String> SERVICE_PREFIXES =
      List.of(
          "800", "888", "877", "866", "855", "844", "833", "1800", "1888", "1877", "1866", "1855",
          "1844", "1833", "0800", "0808", "0500", "0120", "0570", "400", "900", "0900", "1300",
          "1900", "0870", "0871", "0845", "0844", "0843", "0180", "0700", "0906");

  private static boolean servicePrefix(String digits) {
    for (String p : SERVICE_PREFIXES) {
      if (digits.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "0800 123 4567" is toll-free in Britain and Germany and a landline in Italy: a number that any
   * configured region (or Japan, China or Australia, whose service numbers travel in documents)
   * takes for a service number is taken for one.
   */
  private boolean serviceInAnyRegion(String candidate, String digits) {
    for (Region region : regions) {
      if (region.mayBeNational(digits) && serviceIn(candidate, region.code())) {
        return true;
      }
    }
    return serviceIn(candidate, "JP") || serviceIn(candidate, "CN") || serviceIn(candidate, "AU");
  }

  private static boolean serviceIn(String candidate, String code) {
    PhoneNumber n = parse(candidate, code);
    return n != null && UTIL.isValidNumberForRegion(n, code) && service(n);
  }

  /**
   * A toll-free, shared-cost or premium number, or a single number for a whole firm: a firm's line,
   * never a person's.
   */
  private static boolean service(PhoneNumber n) {
    PhoneNumberUtil.PhoneNumberType type = UTIL.getNumberType(n);
    return type == PhoneNumberUtil.PhoneNumberType.TOLL_FREE
        || type == PhoneNumberUtil.PhoneNumberType.SHARED_COST
        || type == PhoneNumberUtil.PhoneNumberType.PREMIUM_RATE
        || type == PhoneNumberUtil.PhoneNumberType.UAN;
  }

  private static boolean mobile(PhoneNumber n) {
    PhoneNumberUtil.PhoneNumberType type = UTIL.getNumberType(n);
    return type == PhoneNumberUtil.PhoneNumberType.MOBILE
        || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE;
  }

  private boolean configured(String code) {
    for (Region region : regions) {
      if (region.code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  private boolean validInAny(String candidate, String digits, List<String> codes, boolean cue) {
    for (String code : codes) {
      Region region = region(code);
      if (configured(code) || !region.shortEnough(digits)) {
        continue;
      }
      PhoneNumber n = parse(candidate, code);
      if (n != null
          && UTIL.isValidNumberForRegion(n, code)
          && (region.ndd().isEmpty() || digits.startsWith(region.ndd()) || mobile(n))
          && !service(n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A region's numbers as far as a national candidate can be ruled out before the costly parse.
   * {@code strip}: what a parse of a national number of the region can take off, its country code
   * when written without a plus and its trunk prefix twice (once after the country code, once more
   * after that); unbounded where the region's trunk-prefix rule is a pattern or rewrites the
   * number. {@code longest}: the longest national number of the region or of any region sharing its
   * country code.
   */
  record Region(
      String code, String ndd, boolean nanp, int strip, int longest, Pattern internationalPrefix) {

    static Region of(String region) {
      MetadataSource source =
          DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
      Phonemetadata.PhoneMetadata m = source.getMetadataForRegion(region);
      String ndd = UTIL.getNddPrefixForRegion(region, true);
      int cc = UTIL.getCountryCodeForRegion(region);
      int longest = 0;
      for (String shared : UTIL.getRegionCodesForCountryCode(cc)) {
        Phonemetadata.PhoneNumberDesc general =
            source.getMetadataForRegion(shared).getGeneralDesc();
        for (int length : general.getPossibleLengthList()) {
          longest = Math.max(longest, length);
        }
        for (int length : general.getPossibleLengthLocalOnlyList()) {
          longest = Math.max(longest, length);
        }
      }
      ndd = ndd == null ? "" : ndd;
      int trunk = literalAlternatives(m.getNationalPrefixForParsing());
      boolean bounded = m.getNationalPrefixTransformRule().isEmpty() && trunk >= 0 && longest > 0;
      trunk = Math.max(trunk, ndd.length());
      return new Region(
          region,
          ndd,
          cc == 1,
          bounded ? Integer.toString(cc).length() + 2 * trunk : Integer.MAX_VALUE,
          longest,
          Pattern.compile(m.getInternationalPrefix()));
    }

    /**
     * Whether a national candidate of these digits can be a number of the region. It must start
     * with the region's trunk prefix (0 in most of Europe), unless the region has none or is a NANP
     * region where the 1 is optional: a national number is written so. And it must be {@linkplain
     * #shortEnough(String) short enough}.
     */
    boolean mayBeNational(String digits) {
      return (ndd.isEmpty() || digits.startsWith(ndd) || nanp) && shortEnough(digits);
    }

    /**
     * Not longer than the longest national number the region has once a parse has taken off what it
     * may ({@code strip} digits at most; and, to be safe, the zeros that then lead, which a number
     * keeps only as a flag). A candidate dialled through the region's international prefix ("011 44
     * ...") names another country and is always parsed. A longer candidate libphonenumber would
     * neither call valid for the region nor possible: a test holds this for every region.
     */
    boolean shortEnough(String digits) {
      for (int k = 0; k <= strip && k <= digits.length(); k++) {
        int rest = k;
        while (rest < digits.length() && digits.charAt(rest) == '0') {
          rest++;
        }
        if (digits.length() - rest <= longest) {
          return true;
        }
      }
      return internationalPrefix.matcher(digits).lookingAt();
    }

    /**
     * The longest alternative of a pattern made of digits and "|" only ("0|180020"), 0 if empty,
     * else -1.
     */
    private static int literalAlternatives(String pattern) {
      if (!pattern.matches("[0-9|]*")) {
        return -1;
      }
      int longest = 0;
      for (String alternative : pattern.split("\\|")) {
        longest = Math.max(longest, alternative.length());
      }
      return longest;
    }
  }

  /**
   * Separated like a phone number: groups of digits split by spaces, dashes, dots or a parenthesis.
   */
  private static boolean formatted(String s) {
    int seps = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' '
          || c == '-'
          || c == '.'
          || c == '('
          || c == '/'
          || c == '\u00A0'
          || c == '\u2013') {
        seps++;
      }
    }
    return seps >= 1;
  }

  private static PhoneNumber parse(String s, String region) {
    try {
      return UTIL.parse(s, region);
    } catch (NumberParseException | RuntimeException e) {
      return null;
    }
  }
}
