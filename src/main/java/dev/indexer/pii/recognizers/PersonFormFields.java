package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names as the values of a form's person fields, in the languages of the corpus: "Nazwisko:
 * KACZMAREK-BIELECKA", "Nume: BĂLAN Prenume: OANA-CRISTINA", "Adı Soyadı : Gülizar Ertuğrul",
 * "Legal name : Okonkwo, Chiamaka Grace", "Handtekening: S. Bouzid", and a label alone on its line
 * above the value ("Voornamen (voluit)" over "Salma"). Forms write names in capitals, which the
 * rules that read capitalised words do not take for names.
 *
 * <p>A field is a label and a colon (or a label alone on its line); several fields may share a
 * line, parted by a tab or three spaces. The value runs to the field's end, over name-shaped words
 * in any case, particles and initials, and a comma between a surname and given names; a word of
 * another kind, a digit or a second comma ends it. A label that names a person only (a surname, a
 * tenant, a signature) takes any such value but one of common words only ("Authorized Signatory");
 * a general one ("Name", "Nom") a value with a listed name, or in capitals, or of two words that
 * are no common words.
 */
final class PersonFormFields {

  /**
   * Labels of fields that hold a person's name and nothing else, lower-cased, brackets left out.
   */
  private static final Set<String> PERSON_LABELS =
      Set.of(
          "full name",
          "legal name",
          "legal surname",
          "surname",
          "previous surname",
          "last name",
          "first name",
          "given name",
          "given names",
          "family name",
          "middle name",
          "forename",
          "forenames",
          "preferred name",
          "maiden name",
          "applicant name",
          "employee name",
          "patient name",
          "tenant",
          "landlord",
          "guarantor",
          "witness",
          "signature",
          "signed",
          "verified by",
          "vorname",
          "vornamen",
          "nachname",
          "familienname",
          "geburtsname",
          "name, vorname",
          "unterschrift",
          "unterschrift(en)",
          "prénom",
          "prénoms",
          "nom de naissance",
          "nom d'usage",
          "nom de famille",
          "nom / prénom",
          "nom et prénom",
          "nom et prénom du membre",
          "salarié",
          "salariée",
          "apellido",
          "apellidos",
          "apellido paterno",
          "apellido materno",
          "primer apellido",
          "segundo apellido",
          "nombre y apellidos",
          "apellido y nombre",
          "apellidos y nombres",
          "trabajador",
          "trabajadora",
          "firmado",
          "cognome",
          "nome e cognome",
          "cognome e nome",
          "dipendente",
          "contraente/assicurato",
          "contraente",
          "conducente",
          "il locatore",
          "la conduttrice",
          "il conduttore",
          "outorgante",
          "outorgado",
          "outorgada",
          "voornaam",
          "voornamen",
          "achternaam",
          "achternaam en voorletters",
          "werknemer",
          "handtekening",
          "imię",
          "imiona",
          "nazwisko",
          "imię i nazwisko",
          "najemca",
          "wynajmujący",
          "adı soyadı",
          "ad soyad",
          "adı",
          "soyadı",
          "kiraya veren",
          "kiracı",
          "kefil",
          "imza",
          "nume",
          "prenume",
          "nume și prenume",
          "salariat",
          "salariata",
          "salariatul/salariata",
          "jméno",
          "příjmení",
          "jméno a příjmení",
          "rodné příjmení",
          "zaměstnanec",
          "podpis občana",
          "vezetéknév",
          "keresztnév",
          "születési név",
          "anyja neve",
          "beteg neve",
          "förnamn",
          "efternamn",
          "fornavn",
          "etternavn",
          "efternavn",
          "etunimi",
          "sukunimi",
          "buong pangalan",
          "nama lengkap",
          "họ và tên",
          "họ tên",
          "ονοματεπώνυμο",
          "επώνυμο",
          "фио",
          "ф.и.о",
          "ф. и. о",
          "фамилия, имя, отчество",
          "отчество",
          "овог, нэр",
          "овог нэр",
          "овог",
          "аты-жөні",
          "тегі",
          "f.i.sh",
          "familiya",
          "familiyasi",
          "ism-sharif",
          "etunimet",
          "тегі, аты",
          "прізвище, ім'я, по батькові",
          "прізвище, ім'я",
          "фамилия, имя",
          "paziente",
          "collaborateur",
          "collaboratrice",
          "waris",
          "фамилия",
          "прізвище",
          "піб",
          // Welsh, Swahili, Yoruba, Zulu, Basque, the Balkans, Albanian, Baltic, Slovak,
          // Portuguese,
          // Catalan, Afrikaans and Armenian forms; patients and tenants in more languages
          "enw",
          "enw llawn",
          "enw'r plentyn",
          "cyfenw",
          "rhiant",
          "mlalamikaji",
          "mtuhumiwa",
          "jina kamili",
          "igama",
          "izena",
          "abizenak",
          "abizena",
          "gurasoa",
          "ime i prezime",
          "ime in priimek",
          "име и презиме",
          "презиме",
          "emri",
          "mbiemri",
          "vardas",
          "pavardė",
          "vardas, pavardė",
          "vardas ir pavardė",
          "uzvārds",
          "vārds, uzvārds",
          "meno a priezvisko",
          "nome completo",
          "nom i cognoms",
          "naam en van",
          "անուն, ազգանուն",
          "ազգանուն",
          "pacient",
          "pacients",
          "pacientas",
          "pasient",
          "paciente",
          "pasien",
          "patient",
          "leietaker",
          "utleier",
          "hyresgäst",
          "vuokralainen",
          "inquilino",
          "inquilina",
          "locataire",
          "mieter",
          "mieterin",
          "huurder");

  /** Labels of a signature or a witness: an initial or a listed name in the value. */
  private static final Set<String> SIGNATURE_LABELS =
      Set.of(
          "signature",
          "signed",
          "verified by",
          "witness",
          "unterschrift",
          "unterschrift(en)",
          "handtekening",
          "imza",
          "firmado",
          "podpis občana");

  /** General labels: a name, or the name of a thing. */
  private static final Set<String> NAME_LABELS =
      Set.of(
          "name",
          "nom",
          "nombre",
          "naam",
          "nome",
          "navn",
          "namn",
          "nimi",
          "nafn",
          "nama",
          "név",
          "ainm",
          "jina",
          "pangalan",
          "όνομα",
          "имя",
          "ім'я",
          "нэр",
          "аты",
          "ism",
          "ismi",
          // the recipient of a parcel or a letter, a person or a firm
          "recipient",
          "destinataire",
          "empfänger",
          "prejemnik",
          "către",
          "odbiorca",
          "adresat",
          "příjemce",
          "címzett",
          "mottaker",
          "mottagare",
          "modtager",
          "vastaanottaja",
          "destinatário",
          "destinatario",
          "ontvanger",
          "primatelj",
          "прималац",
          "примач",
          "получатель",
          "одержувач",
          "получател",
          "alıcı",
          "penerima",
          "παραλήπτης");

  private final NameLists names;

  PersonFormFields(NameLists names) {
    this.names = names;
  }

  void find(String text, int first, List<Finding> out) {
    if (text.indexOf(':') < 0 && text.indexOf('\n') < 0) {
      return;
    }
    int n = text.length();
    // The characters of the names found before and by this rule: one of them is not reported again.
    java.util.BitSet covered = PersonRecognizer.persons(text, out, first, out.size());
    for (int ls = 0; ls < n; ) {
      int le = text.indexOf('\n', ls);
      le = le < 0 ? n : le;
      if (le - ls <= 400) {
        line(text, ls, le, covered, out);
      }
      ls = le + 1;
    }
  }

  /** A field of a line: where it starts and ends, its colon and its label (null: none). */
  private record Field(int start, int end, int colon, String label) {}

  /**
   * The fields of one line: parted by a tab or a run of three spaces. Beside a field of a surname,
   * a general one holds given names ("Apellido paterno: ... Nombre(s): Itzel"). A line without a
   * colon may be a label alone, with the value on the next line.
   */
  private void line(String text, int ls, int le, java.util.BitSet covered, List<Finding> out) {
    if (TableColumns.indexIn(text, ':', ls, le) < 0
        && TableColumns.indexIn(text, '：', ls, le) < 0) {
      if (alignedValue(text, ls, le, covered, out)) {
        return;
      }
      if (le - ls <= 2 * MAX_LABEL && le + 1 < text.length()) {
        valueBelow(text, label(text, ls, le), le, covered, out);
      }
      return;
    }
    List<Field> fields = new java.util.ArrayList<>();
    boolean personLine = false;
    for (int fs = ls; fs < le; ) {
      int fe = fieldEnd(text, fs, le);
      int colon = colonIn(text, fs, Math.min(fe, fs + 2 * MAX_LABEL + 1));
      String label = colon < 0 ? null : label(text, fs, colon);
      personLine |= label != null && PERSON_LABELS.contains(label);
      fields.add(new Field(fs, fe, colon, label));
      fs = skipGap(text, fe, le);
    }
    for (Field f : fields) {
      if (f.label() != null) {
        field(text, f, personLine, covered, out);
      }
    }
  }

  /**
   * A person's field whose value stands after two spaces or more instead of a colon, as a form's
   * text layer aligns it ("1 Last name ADEYEMI-COLE", "Surname/Nom MENSAH-ASANTE", its row's number
   * a cell of its own or not): reports the value and returns whether the line is such a field.
   */
  private boolean alignedValue(
      String text, int ls, int le, java.util.BitSet covered, List<Finding> out) {
    int i = ls;
    while (i < le && (Character.isDigit(text.charAt(i)) || ".) \t".indexOf(text.charAt(i)) >= 0)) {
      i++;
    }
    int gap = -1;
    for (int k = i + 1; k + 1 < le && k - i <= 2 * MAX_LABEL; k++) {
      char c = text.charAt(k);
      if (c == '\t' || c == ' ' && text.charAt(k + 1) == ' ') {
        gap = k;
        break;
      }
    }
    if (gap < 0) {
      return false;
    }
    String label = label(text, i, gap);
    if (label == null || !PERSON_LABELS.contains(firstLanguage(label))) {
      return false;
    }
    int vs = skipGap(text, gap, le);
    if (vs >= le || text.charAt(vs) == '(') {
      return false; // "(as on your passport)": a hint, no value
    }
    value(text, vs, le, true, false, false, covered, out);
    return true;
  }

  /** The label of a form in two languages, the first one ("surname/nom" is "surname"). */
  private static String firstLanguage(String label) {
    int slash = label.indexOf('/');
    return slash > 0 ? label.substring(0, slash).strip() : label;
  }

  private static int colonIn(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ':' || c == '：') {
        return i;
      }
    }
    return -1;
  }

  /** A label alone on its line: the value is the next line, whole. */
  private void valueBelow(
      String text, String label, int le, java.util.BitSet covered, List<Finding> out) {
    if (label != null && (PERSON_LABELS.contains(label) || NAME_LABELS.contains(label))) {
      int ns = le + 1;
      int ne = text.indexOf('\n', ns);
      ne = ne < 0 ? text.length() : ne;
      value(text, ns, ne, PERSON_LABELS.contains(label), false, true, covered, out);
    }
  }

  private static int skipGap(String text, int fs, int le) {
    while (fs < le && (text.charAt(fs) == ' ' || text.charAt(fs) == '\t')) {
      fs++;
    }
    return fs;
  }

  /** Where the field from {@code fs} ends: a tab or three spaces, unless a colon follows them. */
  private static int fieldEnd(String text, int fs, int le) {
    for (int i = fs; i < le; i++) {
      if (TableColumns.columnBreak(text, i, le)) {
        int next = skipGap(text, i, le);
        if (next < le && (text.charAt(next) == ':' || text.charAt(next) == '：')) {
          i = next; // "Legal name        : ..." aligns its colons
          continue;
        }
        return i;
      }
    }
    return le;
  }

  private void field(
      String text, Field f, boolean personLine, java.util.BitSet covered, List<Finding> out) {
    int fs = f.start();
    int fe = f.end();
    int colon = f.colon();
    String label = firstLanguage(f.label());
    boolean person = PERSON_LABELS.contains(label) || personLine && NAME_LABELS.contains(label);
    if (CUSTOMER_LABELS.contains(label)) {
      int vs = colon + 1;
      while (vs < fe && text.charAt(vs) == ' ') {
        vs++;
      }
      if (vs < fe && Character.isLowerCase(text.charAt(vs))) {
        lowerCaseValue(text, vs, fe, covered, out);
      }
      return;
    }
    if (!person && (!NAME_LABELS.contains(label) || !Character.isUpperCase(text.charAt(fs)))) {
      return; // a general label as forms write it, "Name:", not a key of code, "name: CI"
    }
    int vs = colon + 1;
    while (vs < fe
        && (text.charAt(vs) == ' ' || text.charAt(vs) == '.' || text.charAt(vs) == '…')) {
      vs++;
    }
    value(text, vs, fe, person, SIGNATURE_LABELS.contains(label), false, covered, out);
  }

  /**
   * Labels of the people a ticket or a message is from or about, whose names are read only where
   * typed in lower case: capitalised, the rules for names in running text read them.
   */
  private static final Set<String> CUSTOMER_LABELS =
      Set.of(
          "kunde",
          "kundin",
          "client",
          "cliente",
          "customer",
          "requester",
          "requested by",
          "caller",
          "anrufer",
          "passenger",
          "guest",
          "gast",
          "absender",
          "sender",
          "expéditeur",
          "destinataire",
          "recipient",
          "empfänger",
          "klant",
          "klient",
          "asiakas",
          "kund",
          "müşteri",
          "pelanggan",
          "penumpang",
          "pasajero",
          "passageiro",
          "passeggero");

  /** Whether a label, in lower case, names a field of a person: "nazwisko", "passenger". */
  static boolean isLabel(String lower) {
    return PERSON_LABELS.contains(lower)
        || NAME_LABELS.contains(lower)
        || CUSTOMER_LABELS.contains(lower)
        || SIGNATURE_LABELS.contains(lower);
  }

  /** Labels are short: a longer run before a colon, or a longer line, is no label. */
  private static final int MAX_LABEL = 40;

  /**
   * The label of [s, e) lower-cased: leaders, numbering and brackets left out ("1. Imię (imiona)"
   * is "imię"), white space runs as one space; null if it holds a digit after its numbering, opens
   * with no letter or is longer than a label.
   */
  private static String label(String text, int s, int e) {
    int i = s;
    while (i < e && (Character.isDigit(text.charAt(i)) || ".) ".indexOf(text.charAt(i)) >= 0)) {
      i++;
    }
    if (i >= e || e - i > 2 * MAX_LABEL || !Character.isLetter(text.charAt(i))) {
      return null;
    }
    StringBuilder b = new StringBuilder(e - i);
    int depth = 0;
    for (int k = i; k < e; k++) {
      char c = text.charAt(k);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0) {
        if (Character.isDigit(c)) {
          return null;
        }
        if (Character.isWhitespace(c)) {
          if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
            b.append(' ');
          }
        } else {
          b.append(Character.toLowerCase(c));
        }
        if (b.length() > MAX_LABEL + 1) {
          return null;
        }
      }
    }
    int end = b.length();
    while (end > 0 && " .…_".indexOf(b.charAt(end - 1)) >= 0) {
      end--;
    }
    return end == 0 ? null : b.substring(0, end);
  }

  /** Reports the name at the start of [vs, ve), if the value opens with one. */
  private void value(
      String text,
      int vs,
      int ve,
      boolean person,
      boolean signature,
      boolean whole,
      java.util.BitSet covered,
      List<Finding> out) {
    int i = vs;
    // A title before the name is no part of it: "M. Kevin LE BRAS", "dhr. R.J. Verhoef".
    int te = NameWords.wordEnd(text, i);
    if (te > i
        && NameWords.HONORIFICS.contains(text.substring(i, te).toLowerCase(Locale.ROOT))
        && te + 1 < ve) {
      i = te + (te < ve && text.charAt(te) == '.' ? 1 : 0);
      while (i < ve && text.charAt(i) == ' ') {
        i++;
      }
    }
    int start = i;
    if (start < ve && Character.isLowerCase(text.charAt(start))) {
      lowerCaseValue(text, start, ve, covered, out);
      return;
    }
    int end = -1;
    int words = 0;
    int commonWords = 0;
    int capitals = 0;
    boolean listed = false;
    boolean initial = false;
    boolean comma = false;
    int beforeComma = -1;
    int wordsBeforeComma = 0;
    while (i < ve) {
      char c = text.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      if (c == ',' && !comma && words >= 1 && end == i) {
        comma = true; // "Okonkwo, Chiamaka Grace", "Bouzid, S."
        beforeComma = end;
        wordsBeforeComma = words;
        i++;
        continue;
      }
      if (c == '(') {
        int close = text.indexOf(')', i);
        if (close > i && close < ve && close - i <= 20) {
          i = close + 1; // a name it goes by: "R.J. (Ruben) Verhoef"
          continue;
        }
        break;
      }
      int we = NameWords.wordEnd(text, i);
      we = Math.min(we, ve);
      if (we == i) {
        break;
      }
      String w = text.substring(i, we);
      if (Character.isUpperCase(c) && we - i == 1 && we < ve && text.charAt(we) == '.') {
        we++; // an initial
        initial = true;
        if (we + 1 < ve && Character.isUpperCase(text.charAt(we)) && text.charAt(we + 1) == '.') {
          we += 2; // "R.J."
        }
      } else if (Character.isUpperCase(c) && we - i >= 2 && lettersOnly(w)) {
        String t = NameWords.titleCase(w);
        boolean caps = w.equals(w.toUpperCase(Locale.ROOT));
        capitals += caps ? 1 : 0;
        listed |= names.isFirst(t) || names.isLast(t);
        if (CommonWords.contains(t) && !names.isFirst(t) && !names.isLast(t)) {
          commonWords++;
        }
      } else if (!(NameWords.PARTICLES.contains(w) || w.equals("'t"))) {
        break;
      }
      words++;
      end = we;
      i = we;
      if (words > 6) {
        return;
      }
    }
    if (comma && !text.substring(end, ve).isBlank()) {
      // More after the given names than a name: the comma ended the name ("Bassi Ernesto, Via").
      end = beforeComma;
      words = wordsBeforeComma;
    }
    if (end < 0 || words == 0 || commonWords == words) {
      return;
    }
    if (whole && !text.substring(end, ve).isBlank()) {
      return; // the line under a label holds the name and nothing else
    }
    if (!person && !((listed || words >= 2) && (commonWords == 0 || capitals == words))
        || signature && !(initial || listed)
        || firm(text, start, end)) {
      return;
    }
    if (covered.get(start) && covered.nextClearBit(start) >= end) {
      return; // found already
    }
    covered.set(start, end);
    out.add(new Finding(PiiType.PERSON, start, end, 0.7));
  }

  /**
   * A name typed in lower case as a field's whole value, as customers do in chats and web forms
   * ("Kunde: jürgen pfaffenberger", "Client : yannick le goff"): two to four words and particles,
   * the first a listed given name, none a common English word that is no listed name.
   */
  private void lowerCaseValue(
      String text, int start, int ve, java.util.BitSet covered, List<Finding> out) {
    int e = ve;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    String[] words = text.substring(start, e).split(" ");
    if (words.length < 2 || words.length > 4) {
      return;
    }
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      if (w.isEmpty() || NameWords.wordEnd(w, 0) != w.length()) {
        return; // a digit, a sign, two spaces: no name alone
      }
      if (NameWords.PARTICLES.contains(w) || w.startsWith("al-") || w.startsWith("el-")) {
        continue;
      }
      String t = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      boolean listed = names.isFirst(t) || names.isLast(t);
      if (k == 0 && !names.isFirst(t) || !listed && CommonWords.contains(t)) {
        return;
      }
    }
    if (covered.get(start) || firm(text, start, e)) {
      return;
    }
    covered.set(start, e);
    out.add(new Finding(PiiType.PERSON, start, e, 0.7));
  }

  /**
   * A legal form or a noun of a thing among the value's words ("Globex Corporation"), or a legal
   * form later on its line ("Hurtownia Budowlana „Cegiełka” sp. z o.o.").
   */
  private static boolean firm(String text, int start, int end) {
    String[] words = text.substring(start, end).split("[ ,]+");
    if (words.length > 0 && FIRM_STARTS.contains(words[0].toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (String w : words) {
      if (LaterMentions.COMPANY_FORMS.contains(w) || FIRM_WORDS.contains(w)) {
        return true;
      }
    }
    String rest =
        text.substring(end, Math.min(Scan.lineEnd(text, end), end + 48)).toLowerCase(Locale.ROOT);
    for (String form : FORMS_LATER) {
      if (rest.contains(form)) {
        return true;
      }
    }
    return NamedAfter.thingAt(text, start, end);
  }

  /** Legal forms and offices that open a firm's or a body's name, in lower case: "ООО Ромашка". */
  private static final Set<String> FIRM_STARTS =
      Set.of(
          "ооо",
          "оао",
          "зао",
          "ао",
          "пао",
          "ип",
          "тов",
          "ufficio",
          "office",
          "dipartimento",
          "servizio",
          "department",
          "abteilung",
          "oficina",
          "departamento",
          "service");

  /** Legal forms of firms later on a value's line, in lower case, with the space before them. */
  private static final List<String> FORMS_LATER =
      List.of(
          " sp. z o.o",
          " sp.z o.o",
          " s.r.o",
          " d.o.o",
          " gmbh",
          " ltd",
          " llc",
          " inc.",
          " s.a.",
          " s.p.a",
          " s.r.l",
          " b.v.",
          " kft",
          " zrt",
          " ооо",
          " a.ş.",
          " sdn bhd",
          " s.l.");

  /** Words of firms' names that a tenant or a landlord may be. */
  private static final Set<String> FIRM_WORDS =
      Set.of(
          "Corporation",
          "Corp",
          "Company",
          "Estates",
          "Properties",
          "Holdings",
          "Group",
          "Management",
          "Partners",
          "Associates",
          "Housing",
          "Homes",
          "Lettings",
          "Realty");

  private static boolean lettersOnly(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
        return false;
      }
    }
    return true;
  }
}
