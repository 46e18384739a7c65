package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.List;
import java.util.Set;

/** Names in the cells of a table column such as "Name", "Customer" or "Vorname". */
final class NameColumns {

  /** Columns that hold nothing but a person's name: any name-shaped cell under them is one. */
  static final Set<String> PERSON_ONLY_COLUMNS =
      Set.of(
          "full name",
          "fullname",
          "first name",
          "firstname",
          "last name",
          "lastname",
          "surname",
          "given name",
          "given names",
          "forename",
          "forenames",
          "vornamen",
          "family name",
          "customer name",
          "contact name",
          "employee name",
          "patient name",
          "cardholder",
          "card holder",
          "account holder",
          "vorname",
          "nachname",
          "familienname",
          "prénom",
          "prenom",
          "nom de famille",
          "nom complet",
          "apellido",
          "apellidos",
          "nombre completo",
          "nombre y apellidos",
          "voornaam",
          "achternaam",
          "cognome",
          "nome e cognome",
          "cognome e nome",
          "nome completo",
          "imię",
          "imie",
          "nazwisko",
          "imię i nazwisko",
          "imie i nazwisko",
          "fornavn",
          "etternavn",
          "efternavn",
          "förnamn",
          "efternamn",
          "etunimi",
          "sukunimi",
          "soyad",
          "soyadı",
          "ad soyad",
          "adı soyadı",
          "nume",
          "prenume",
          "nume complet",
          "sobrenome",
          "apelido",
          "primer apellido",
          "segundo apellido",
          "jméno",
          "příjmení",
          "vezetéknév",
          "keresztnév",
          "tussenvoegsel",
          "passenger",
          "passenger name",
          "attendee",
          "participant",
          "фамилия",
          "имя",
          "отчество",
          "фио",
          "прізвище",
          "ім'я",
          "по батькові",
          "піб",
          "επώνυμο",
          "όνομα",
          "ονοματεπώνυμο",
          "氏名",
          "姓名",
          "フリガナ",
          "ふりがな",
          "이름",
          "성명",
          "ชื่อ",
          "ชื่อ นามสกุล",
          "นามสกุล",
          "नाम",
          "الاسم",
          "الاسم الكامل",
          "שם",
          "שם מלא",
          "họ và tên",
          "họ tên");

  /**
   * Columns that often hold a person's name, and sometimes a product or a team: a listed name
   * decides.
   */
  static final Set<String> NAME_COLUMNS;

  static {
    Set<String> all = new java.util.HashSet<>(PERSON_ONLY_COLUMNS);
    all.addAll(
        Set.of(
            "name",
            "nom",
            "nombre",
            "naam",
            "nome",
            "customer",
            "contact",
            "employee",
            "patient",
            "owner",
            "author",
            "assignee",
            "reporter",
            "kunde",
            "client",
            "cliente",
            "klant",
            "requester",
            "user",
            "navn",
            "namn",
            "nimi",
            "isim",
            "ad",
            "nafn",
            "display name",
            "displayname",
            "contact person",
            "ansprechpartner",
            "persona de contacto",
            "contactpersoon",
            // records (FHIR's "given"; its "family" in NameFields) and payments
            "given",
            "beneficiary",
            "payee",
            "recipient",
            "holder",
            // a dump's short headers ("ssn|last|first|dob"): read only beside each other, a listed
            // name decides
            "first",
            "last"));
    NAME_COLUMNS = Set.copyOf(all);
  }

  private final NameLists names;

  NameColumns(NameLists names) {
    this.names = names;
  }

  /**
   * Columns of surnames: beside one, a general name column ("nombre", "name") holds given names.
   */
  private static final Set<String> SURNAME_COLUMNS =
      Set.of(
          "last name",
          "lastname",
          "surname",
          "family name",
          "nachname",
          "familienname",
          "nom de famille",
          "apellido",
          "apellidos",
          "primer apellido",
          "achternaam",
          "cognome",
          "nazwisko",
          "etternavn",
          "efternavn",
          "efternamn",
          "sukunimi",
          "soyad",
          "soyadı",
          "sobrenome",
          "apelido",
          "příjmení",
          "vezetéknév");

  /** General name columns that hold given names where a surname column stands beside them. */
  private static final Set<String> GIVEN_NAME_COLUMNS =
      Set.of("name", "nombre", "nom", "naam", "nome", "navn", "namn", "nimi", "isim", "ad", "nafn");

  /** A cell found under a name column, decided once the table's columns are known. */
  private record Cell(int start, int end, String column) {}

  /**
   * Reports the name-shaped cells under a name column of a CSV, TSV or pipe table, or of a table
   * laid out with spaces.
   */
  void find(String text, List<Finding> out) {
    List<Cell> cells = new java.util.ArrayList<>();
    String lower = Scan.lower(text);
    TableColumns.Cell collect =
        (t, cs, ce, column) -> {
          if (!NAME_COLUMNS.contains(TableColumns.normalise(lower, cs, ce))) {
            cells.add(new Cell(cs, ce, column)); // not a label of a form's next field
          }
        };
    TableColumns.scan(text, lower, NAME_COLUMNS, collect);
    if (text.indexOf("  ") >= 0 || text.indexOf('\t') >= 0) {
      AlignedColumns.scan(text, lower, NAME_COLUMNS, collect); // a table laid out with spaces
    }
    boolean surnames = cells.stream().anyMatch(c -> SURNAME_COLUMNS.contains(c.column()));
    boolean firstAndLast =
        cells.stream().anyMatch(c -> c.column().equals("first"))
            && cells.stream().anyMatch(c -> c.column().equals("last"));
    for (Cell c : cells) {
      boolean shortHeader = c.column().equals("first") || c.column().equals("last");
      if (shortHeader && !firstAndLast) {
        continue; // "first" alone heads a date or a step as often as a name
      }
      boolean personOnly =
          PERSON_ONLY_COLUMNS.contains(c.column())
              || surnames && GIVEN_NAME_COLUMNS.contains(c.column());
      if (nameCell(text, c.start(), c.end(), personOnly)) {
        out.add(new Finding(PiiType.PERSON, c.start(), c.end(), 0.7));
      }
    }
  }

  /**
   * One to five capitalised words (particles and initials allowed); with {@code any} false, one of
   * them listed.
   */
  boolean nameCell(String text, int s, int e, boolean any) {
    return nameCell(text, s, e, any, false);
  }

  /**
   * As {@link #nameCell(String, int, int, boolean)}; with {@code twoWords}, two to five capitalised
   * words that are no common word make a name without a listed one.
   */
  boolean nameCell(String text, int s, int e, boolean any, boolean twoWords) {
    if (e - s > 60) {
      return false;
    }
    if (UncasedNameFields.uncased(text.charAt(s))) {
      return any && UncasedNameFields.nameValue(text, s, e); // no capitals: the column decides
    }
    int words = 0;
    int shaped = 0;
    boolean listed = false;
    boolean comma = false;
    boolean common = true; // every word an English word, none a given name: "Board Game"
    boolean unlisted = false; // a word in no name list: "Game"
    int i = s;
    while (i < e) {
      char c = text.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      if (c == ',' && !comma && words > 0 && i + 1 < e && text.charAt(i + 1) == ' ') {
        comma = true; // "HALVORSEN, INGRID": the surname, a comma, the given names
        i += 2;
        continue;
      }
      int we = Math.min(e, NameWords.wordEnd(text, i));
      if (we == i) {
        return false;
      }
      String w = text.substring(i, we);
      if (Character.isLowerCase(c)) {
        if (!NameWords.PARTICLES.contains(w)) {
          return false;
        }
      } else if (we - i == 1 && we < e && text.charAt(we) == '.') {
        we++; // an initial
      } else {
        String t = NameWords.nameShaped(text, i, we) ? w : NameWords.titleCase(w);
        if (!NameWords.nameShaped(text, i, we) && !names.listedInCapitals(text, i, we)
            || names.isStopword(t)
                && !names.isAmbiguousFirst(t)
                // "Hyun-woo Park": a surname that is a word too, after the first name
                && !(any && words > 0 && names.isListedLast(t))) {
          return false;
        }
        listed |= names.isFirst(t) || names.isLast(t) || names.isAmbiguousFirst(t);
        common &= !names.isFirst(t) && CommonWords.contains(w.toLowerCase(java.util.Locale.ROOT));
        unlisted |= !names.isFirst(t) && !names.isLast(t) && !names.isAmbiguousFirst(t);
        shaped++;
      }
      words++;
      i = we;
    }
    return words >= 1
        && words <= 5
        && (any
            || listed && !(common && unlisted && shaped == words)
            || twoWords && words >= 2 && shaped == words);
  }
}
