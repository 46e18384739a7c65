package dev.indexer.pii.recognizers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words and marks that announce a name right after them: salutations, honorifics, field labels
 * ("Name:", "Assignee:"), role words and "my name is" ({@link #cueBefore}); a signature dash or the
 * separator of a form or table row; a verb that takes a person ("ask Sofia").
 */
final class PersonCues {

  private static final String[] CUES = {
    // greetings before a name in more languages ("Coucou Juliette,", "Merhaba Elif,")
    "coucou",
    "merhaba",
    "selam",
    "moin",
    "czesc",
    "ahoj",
    "szia",
    "hallå",
    "buongiorno",
    "bonsoir",
    "buenos días",
    "buenas",
    "bom dia",
    "boa tarde",
    "sevgili",
    "kæreste",
    "drahý",
    "milý",
    "milá",
    "kedves",
    "dragă",
    "lieve",
    "dear",
    "hi",
    "hello",
    "hey",
    "thanks",
    "thank you",
    "name:",
    "name is",
    "i'm",
    "i am",
    "this is",
    "it's",
    "it’s",
    "from:",
    "to:",
    "cc:",
    "contact:",
    "author:",
    "assignee:",
    "reporter:",
    "reported by",
    "assigned to",
    "signed by",
    "customer:",
    "patient:",
    "employee:",
    "applicant:",
    "tenant:",
    "owner:",
    // more roles of records that only people hold (not "driver:", "client:", "seller:": firms
    // and things do too; not "caller:" or "visitor:", the speakers of transcripts and chats)
    "student:",
    "pupil:",
    "learner:",
    "candidate:",
    "member:",
    "claimant:",
    "subscriber:",
    "landlord:",
    "borrower:",
    "guarantor:",
    "resident:",
    "occupant:",
    "complainant:",
    "victim:",
    "suspect:",
    "volunteer:",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "herr",
    "frau",
    "liebe",
    "lieber",
    "hallo",
    "bonjour",
    "cher",
    "chère",
    "madame",
    "monsieur",
    "m.",
    "mme",
    "mme.",
    "mlle",
    "señor",
    "señora",
    "sr.",
    "sra.",
    "srta.",
    "estimado",
    "estimada",
    "hola",
    "gentile",
    "sig.",
    "sig.ra",
    "dott.",
    "dott.ssa",
    "caro",
    "cara",
    "beste",
    "geachte",
    "dhr.",
    "mevr.",
    "pan",
    "pani",
    "пані",
    "пане",
    "olá",
    "prezado",
    "prezada",
    "contact person:",
    "ansprechpartner:",
    "ansprechpartnerin:",
    "nom :",
    "nom:",
    "prénom :",
    "prénom:",
    "nombre:",
    "nome:",
    "naam:",
    "imię:",
    "kontakt:",
    "kunde:",
    "kundin:",
    "full name:",
    "cardholder:",
    // labels of forms that name a person: bookings, schools, insurance, tenancies
    "holder:",
    "guest:",
    "guest name:",
    "passenger:",
    "traveller:",
    "traveler:",
    "guardian:",
    "parent:",
    "forelder:",
    "foresatt:",
    "förälder:",
    "vårdnadshavare:",
    "nume:",
    "prenume:",
    "numele:",
    "insured:",
    "policyholder:",
    "policy holder:",
    "versicherte:",
    "versicherter:",
    "mieter:",
    "mieterin:",
    "inquilino:",
    "locataire:",
    "huurder:",
    "paciente:",
    "patiënt:",
    "emergency contact:",
    "card holder:",
    "account holder:",
    "kontoinhaber:",
    "titulaire:",
    "titular:",
    "beneficiary:",
    "recipient:",
    "sender:",
    "requested by",
    "approved by",
    "submitted by",
    "created by",
    "written by",
    "cc",
    "de la part de",
    "interviewed",
    "spoke with",
    "spoke to",
    "talked to",
    "met with",
    "emailed",
    "je suis",
    "ich bin",
    "soy",
    "mi nombre es",
    "me llamo",
    "je m'appelle",
    "mi chiamo",
    "ik ben",
    "mein name ist",
    "attendees:",
    "attendee:",
    "participants:",
    "present:",
    "apologies:",
    "absent:",
    "teilnehmer:",
    "teilnehmende:",
    "anwesend:",
    "entschuldigt:",
    "présents :",
    "présents:",
    "participants :",
    "excusés :",
    "asistentes:",
    "partecipanti:",
    "presenti:",
    "aanwezig:",
    "afwezig:",
    "obecni:",
    "uczestnicy:",
    "deltagare:",
    "deltakere:",
    "deltagere:",
    "osallistujat:",
    "katılımcılar:",
    "participanți:",
    "účastníci:",
    "attn:",
    "attn",
    "z. hd.",
    "z.hd.",
    "c/o",
    "à l'attention de",
    "cześć",
    "hej",
    "hei",
    "moi",
    "servus",
    "salut",
    "ciao",
    "oi",
    "hoi",
    "witam",
    "drogi",
    "droga",
    "kära",
    "kære",
    "kjære",
    "hyvä",
    "querido",
    "querida",
    "first name:",
    "last name:",
    "surname:",
    "given name:",
    "given names:",
    "family name:",
    "vorname:",
    "nachname:",
    "familienname:",
    "nom de famille:",
    "apellido:",
    "apellidos:",
    "nombre y apellidos:",
    "cognome:",
    "nome e cognome:",
    "cognome e nome:",
    "voornaam:",
    "achternaam:",
    "voornamen:",
    "happy birthday",
    "congrats",
    "congratulations",
    "alles gute",
    "feliz cumpleaños",
    "joyeux anniversaire",
    "buon compleanno",
    "gefeliciteerd",
    "regards",
    "cheers",
    "sincerely",
    "grüße",
    "gruß",
    "cordialement",
    "saludos",
    "groeten",
    "saluti",
    "atentamente",
    "herrn",
    "frau dr.",
    "herr dr.",
    "von:",
    "an:",
    "de:",
    "de :",
    "à :",
    "para:",
    "da:",
    "van:",
    "aan:",
    // vocatives and forms of address of Central and Eastern Europe: "pane Dvořáku", "domnule X"
    "pane",
    "paní",
    "panie",
    "pani",
    "panu",
    "domnule",
    "doamnă",
    "doamna",
    "domnul",
    "stimate",
    "stimată",
    "sayın",
    // titles and forms of address of more languages: Scandinavian, Finnish, Romanian, declined
    // Czech and Polish, Portuguese, Indonesian and Malay, Swahili, Hausa, Filipino, Indian, Greek
    "hr.",
    "fru",
    "frk.",
    "fröken",
    "herra",
    "rouva",
    "neiti",
    "dl.",
    "dna.",
    "d-na",
    "d-l",
    "panem",
    "pana",
    "panią",
    "pán",
    "pána",
    "pánovi",
    "slečna",
    "dra.",
    "dra",
    "doña",
    "bapak",
    "ibu",
    "mbak",
    "pak",
    "anh",
    "chị",
    "cô",
    "chú",
    "bác",
    "ông",
    "encik",
    "puan",
    "mzee",
    "bw.",
    "bwana",
    "malam",
    "alhaji",
    "hajiya",
    "kuya",
    "tita",
    "tito",
    "shri",
    "smt.",
    "smt",
    "κ.",
    "κα",
    // kin words before a name
    "uncle",
    "auntie",
    "aunty",
    "aunt",
    "cousin",
    "grandma",
    "grandpa",
    "onkel",
    "tante",
    "oncle",
    "tío",
    "tía",
    "zio",
    "zia",
    "wujek",
    "ciocia",
    // holders of an account: "t.n.v. J. Visser", "titular Mădălina Țurcanu"
    "t.n.v.",
    "tnv",
    "titular",
    "cotitular",
    "cotitular:",
    "titulaire",
    "kontoinhaber",
    "kontoinhaberin",
    "intestatario",
    "intestataria",
    "account holder",
    "account name",
    "beneficiary",
    "beneficiario",
    "bénéficiaire",
    "begunstigde",
    "empfänger",
    // people named by their relation: "his daughter Yetunde", "our guide Tomasz"
    "daughter",
    "son",
    "sons",
    "daughters",
    "wife",
    "husband",
    "partner",
    "mother",
    "father",
    "mum",
    "mom",
    "dad",
    "brother",
    "sister",
    "grandmother",
    "grandfather",
    "grandson",
    "granddaughter",
    "grandma",
    "grandpa",
    "niece",
    "nephew",
    "fiancé",
    "fiancée",
    "girlfriend",
    "boyfriend",
    "daughter-in-law",
    "son-in-law",
    "stepson",
    "stepdaughter",
    "friend",
    "housemate",
    "flatmate",
    "roommate",
    "colleague",
    "coworker",
    "co-worker",
    "neighbour",
    "neighbor",
    "guide",
    "teacher",
    "treasurer",
    "secretary",
    "chairwoman",
    "chairman",
    "captain",
    "coach",
    "manager",
    "recorder",
    "named",
    "nicknamed",
    "known as",
    "tochter",
    "sohn",
    "ehefrau",
    "ehemann",
    "bruder",
    "schwester",
    "mutter",
    "vater",
    "oma",
    "opa",
    "kollege",
    "kollegin",
    "nachbar",
    "nachbarin",
    "fille",
    "fils",
    "épouse",
    "mari",
    "frère",
    "sœur",
    "mère",
    "père",
    "collègue",
    "voisin",
    "voisine",
    "hija",
    "hijo",
    "esposa",
    "esposo",
    "marido",
    "hermano",
    "hermana",
    "abuela",
    "abuelo",
    "compañero",
    "compañera",
    "vecino",
    "vecina",
    "figlia",
    "figlio",
    "moglie",
    "marito",
    "fratello",
    "sorella",
    "nonna",
    "nonno",
    "collega",
    "dochter",
    "zoon",
    "broer",
    "zus",
    "buurman",
    "buurvrouw",
    "córka",
    "córką",
    "syn",
    "synem",
    "żona",
    "mąż",
    "siostra",
    "kolega",
    "koleżanka",
    "filha",
    "filho",
    "irmão",
    "irmã",
    "avó",
    "avô",
    "vizinho",
    "vizinha",
    "datter",
    "dotter",
    "sønn",
    "kone",
    "bror",
    "søster",
    "syster",
    "kollega",
    "tytär",
    "vaimo",
    "veli",
    "sisko",
    // kin words of more languages: "mijn vader Wiebe", "hans pappa Sture", "o tio Zé"
    "pappa",
    "mamma",
    "farfar",
    "farmor",
    "morfar",
    "mormor",
    "barnbarn",
    "maken",
    "hustru",
    "sambo",
    "svärmor",
    "svigermor",
    "bestemor",
    "bestefar",
    "farbror",
    "morbror",
    "vader",
    "moeder",
    "oom",
    "schoonmoeder",
    "kleinzoon",
    "kleindochter",
    "mãe",
    "pai",
    "tio",
    "tia",
    "sobrinho",
    "sobrinha",
    "neto",
    "neta",
    "madre",
    "padre",
    "sobrino",
    "sobrina",
    "nieto",
    "nieta",
    "cuñado",
    "cuñada",
    "cugino",
    "cugina",
    "nipote",
    "suocera",
    "neveu",
    "nièce",
    "petit-fils",
    "petite-fille",
    "grand-mère",
    "grand-père",
    "beau-frère",
    "belle-sœur",
    "cousine",
    "neffe",
    "nichte",
    "enkelin",
    "schwager",
    "schwägerin",
    "brat",
    "babcia",
    "dziadek",
    "wnuk",
    "wnuczka",
    "kuzyn",
    "kuzynka",
    "isä",
    "äiti",
    "mummo",
    "vaari",
    "táta",
    "máma",
    "bratr",
    "sestra",
    "babička",
    "dědeček",
    "bunica",
    "bunicul",
    "mătușa",
    "unchiul",
    "nagymama",
    "nagyapa",
    "anneannem",
    "babaannem",
    "dedem",
    "teyzem",
    "amcam",
    "dayım",
    "halam",
    // professions in apposition: "the lorry driver, Tevita Fifita", "die Anwältin Thekla W."
    "lawyer",
    "attorney",
    "solicitor",
    "barrister",
    "doctor",
    "nurse",
    "midwife",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "victim",
    "landlord",
    "landlady",
    "witness",
    "suspect",
    "defendant",
    "plaintiff",
    "claimant",
    "headteacher",
    "headmistress",
    "headmaster",
    "farmer",
    "mayor",
    "councillor",
    "founder",
    "plumber",
    "electrician",
    "courier",
    "caretaker",
    "carer",
    "babysitter",
    "nanny",
    "midfielder",
    "striker",
    "goalkeeper",
    "fahrer",
    "fahrerin",
    "anwalt",
    "anwältin",
    "arzt",
    "ärztin",
    "sprecher",
    "sprecherin",
    "zeuge",
    "zeugin",
    "bürgermeister",
    "bürgermeisterin",
    "avocat",
    "avocate",
    "médecin",
    "chauffeur",
    "porte-parole",
    "témoin",
    "maire",
    "abogado",
    "abogada",
    "médico",
    "médica",
    "conductora",
    "portavoz",
    "testigo",
    "alcalde",
    "alcaldesa",
    "avvocato",
    "avvocata",
    "medico",
    "autista",
    "portavoce",
    "testimone",
    "sindaco",
    "advocaat",
    "huisarts",
    "woordvoerder",
    "woordvoerster",
    "getuige",
    "burgemeester",
    "advogado",
    "advogada",
    "motorista",
    "porta-voz",
    "testemunha",
    "prefeito",
    "adwokat",
    "adwokatka",
    "lekarz",
    "lekarka",
    "kierowca",
    "rzecznik",
    "rzeczniczka",
    "świadek",
    "burmistrz",
    "advokat",
    "läkare",
    "chaufför",
    "talesperson",
    "vittne",
    "borgmästare",
    "lege",
    "sjåfør",
    "vitne",
    "ordfører",
    "asianajaja",
    "lääkäri",
    "kuljettaja",
    "tiedottaja",
    "todistaja",
    "pormestari",
    // who serves, owns or keeps a place: "our cook Ama", "o dono da pousada, Rodrigo,"
    "cook",
    "chef",
    "waiter",
    "waitress",
    "widow",
    "widower",
    "surgeon",
    "mechanic",
    "janitor",
    "receptionist",
    "instructor",
    "tutor",
    "skipper",
    "propietario",
    "propietaria",
    "dueño",
    "dueña",
    "portero",
    "portera",
    "conductor",
    "camarero",
    "camarera",
    "cocinero",
    "cocinera",
    "dono",
    "dona",
    "proprietário",
    "proprietária",
    "propriétaire",
    "bébé",
    "vicino",
    "vicina",
    "proprietario",
    "proprietaria",
    "titolare",
    "besitzer",
    "besitzerin",
    "wirt",
    "wirtin",
    "eigenaar",
    "eigenares",
    "vítima",
    "víctima",
    "victime",
    "opfer"
  };

  /** Cue phrases by their last space-separated token, so most words cost one hash lookup. */
  private static final Map<String, List<String>> CUES_BY_LAST_TOKEN = new HashMap<>();

  static {
    for (String cue : CUES) {
      String last = cue.substring(cue.lastIndexOf(' ') + 1);
      CUES_BY_LAST_TOKEN.computeIfAbsent(last, k -> new ArrayList<>()).add(cue);
    }
  }

  private PersonCues() {}

  /** Labels of the list of people at a meeting; every item of the list is a name. */
  private static final String[] ATTENDEES = {
    "attendees",
    "attendee",
    "participants",
    "present",
    "apologies",
    "absent",
    "teilnehmer",
    "teilnehmende",
    "anwesend",
    "entschuldigt",
    "présents",
    "excusés",
    "asistentes",
    "partecipanti",
    "presenti",
    "aanwezig",
    "afwezig",
    "obecni",
    "uczestnicy",
    "deltagare",
    "deltakere",
    "deltagere",
    "osallistujat",
    "katılımcılar",
    "participanți",
    "účastníci",
    "in attendance",
    "invited",
    "cc"
  };

  /** Whether the line holding {@code comma} starts with an attendee label and a colon. */
  private record Line(String text, int start, int end, boolean attendees) {}

  /** The last line looked at, per thread: a list line has many commas. */
  private static final ThreadLocal<Line> LAST_LINE = new ThreadLocal<>();

  private static boolean attendeeLine(String text, int comma) {
    Line last = LAST_LINE.get();
    if (last != null && last.text() == text && last.start() <= comma && comma < last.end()) {
      return last.attendees();
    }
    int ls = comma;
    while (ls > 0 && text.charAt(ls - 1) != '\n' && comma - ls < 400) {
      ls--;
    }
    int le = TableColumns.indexIn(text, '\n', comma, Math.min(text.length(), comma + 400));
    boolean attendees = attendeeLabel(text, ls, comma);
    LAST_LINE.set(new Line(text, ls, le < 0 ? Math.min(text.length(), comma + 1) : le, attendees));
    return attendees;
  }

  private static boolean attendeeLabel(String text, int ls, int comma) {
    while (ls < comma && !Character.isLetter(text.charAt(ls))) {
      ls++; // "- Present:", "**Attendees:**"
    }
    int colon = TableColumns.indexIn(text, ':', ls, Math.min(comma, ls + 30));
    if (colon < 0 || colon - ls > 24) {
      return false;
    }
    String label = text.substring(ls, colon).strip().replace("*", "").toLowerCase(Locale.ROOT);
    for (String a : ATTENDEES) {
      if (label.equals(a)) {
        return true;
      }
    }
    return false;
  }

  static boolean cueBefore(String text, int s) {
    int e = s;
    while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
      e--;
    }
    if (e == s && s > 0) {
      return false;
    }
    boolean comma = e > 0 && text.charAt(e - 1) == ',';
    if (comma) {
      if (attendeeLine(text, e - 1)) {
        return true; // "Present: Ingeborg Vatnedal, Kwabena Ofori": each item of the list
      }
      e--; // "Thanks, Fiona"
      if (roleOfSomething(text, e) && listed(text, s)) {
        return true; // "l'avocat de la partie civile, Mathieu Rocheteau"
      }
      if (appositionRole(text, e) && (listed(text, s) || enclosedRareWord(text, s))) {
        return true; // "the driver, Jomo, waited"
      }
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
    if (Character.isLowerCase(text.charAt(ts))
        && CAPITALISED_ONLY.contains(text.substring(ts, e))) {
      return false; // "1 hr. meeting" (an hour), Malay "malam" (night)
    }
    if (text.regionMatches(true, ts, "pak", 0, 3)
        && e - ts == 3
        && (text.startsWith("Choi", s) || text.startsWith("Choy", s))) {
      return false; // a cabbage
    }
    if (cueEndsAt(text, ts, e, "")) {
      return true;
    }
    // "Approved by: J. Smith", "Signed by: ...": the cue followed by a colon.
    return e - 1 > ts && text.charAt(e - 1) == ':' && cueEndsAt(text, ts, e - 1, "");
  }

  /** Forms of address that are words of other languages in lower case. */
  private static final Set<String> CAPITALISED_ONLY =
      Set.of("hr.", "malam", "kuya", "tita", "tito", "pak");

  /** The words of "of" in some languages, after a role and before what it belongs to. */
  private static final Set<String> OF =
      Set.of(
          "of", "de", "du", "des", "del", "della", "dello", "dei", "degli", "delle", "da", "do",
          "dos", "das", "di", "van", "von", "der", "al", "ao", "à");

  /**
   * A role or kin word, then "of" and up to three words, ending at {@code e}: "the owner of the
   * inn", "der Wirt der Hütte", "l'avocat de la partie civile".
   */
  private static boolean roleOfSomething(String text, int e) {
    int we = e;
    for (int k = 0; k < 4; k++) {
      int ws = we;
      while (ws > 0 && Character.isLetter(text.charAt(ws - 1))) {
        ws--;
      }
      if (ws == we || ws < 2) {
        return false;
      }
      if (k > 0 && OF.contains(text.substring(ws, we))) {
        int re = ws - 1; // the role ends before the space
        int rs = re;
        while (rs > 0 && Character.isLetter(text.charAt(rs - 1))) {
          rs--;
        }
        return text.charAt(ws - 1) == ' ' && rs < re && cueEndsAt(text, rs, re, "");
      }
      if (text.charAt(ws - 1) != ' ') {
        return false;
      }
      we = ws - 1;
    }
    return false;
  }

  /**
   * Roles that are cues only in apposition, between commas ("the driver, Jomo,"): before a name
   * without the comma they name things too ("audio driver Realtek", "the student Union").
   */
  private static final Set<String> APPOSITION_ROLES =
      Set.of("driver", "owner", "student", "pupil", "boss", "guide", "host");

  private static boolean appositionRole(String text, int e) {
    int s = Scan.letterRunStart(text, e);
    return s < e && APPOSITION_ROLES.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
  }

  /** One word no vocabulary knows, between commas: "the driver, Jomo, waited". */
  private static boolean enclosedRareWord(String text, int s) {
    int e = NameWords.wordEnd(text, s);
    return e < text.length()
        && text.charAt(e) == ','
        && !CommonWords.contains(text.substring(s, e));
  }

  /**
   * A listed name at {@code s}: after "the owner of the stadium," a name no list knows is as likely
   * a firm or a club ("Manchester United", "Deutsche Bank").
   */
  private static boolean listed(String text, int s) {
    int e = NameWords.wordEnd(text, s);
    String w = text.substring(s, e);
    NameLists names = NameLists.get();
    return names.isFirst(w) || names.isListedLast(w);
  }

  /**
   * The word before the name is only punctuation: a signature dash at the start of a line ("—
   * Maria"), or the separator of a form or table row ("Name | Rachel", "Name ...... Rachel"), read
   * as "name:". Not "=": "display_name = DisplayName" is code.
   */
  private static boolean separatorCue(String text, int s, int e, int name) {
    if (e <= s) {
      return false; // nothing but spaces before the name, at the start of the text
    }
    char c0 = text.charAt(s);
    if (e - s > 2
        || Character.isLetterOrDigit(c0)
        || Character.isLetterOrDigit(text.charAt(e - 1))) {
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
      // "— Maria" opening its line; "Thanks - Alicia": after a closing word, a signature that ends
      // the message.
      return (b == 0 || text.charAt(b - 1) == '\n' || closingWordBefore(text, b))
          && signatureRest(text, name);
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

  /** Words that close a message before a dash and the writer's name: "Thanks - Alicia". */
  private static final Set<String> CLOSING_WORDS =
      Set.of(
          "thanks",
          "thx",
          "cheers",
          "regards",
          "best",
          "ta",
          "merci",
          "danke",
          "gracias",
          "grazie",
          "obrigado",
          "obrigada",
          "tack",
          "takk",
          "dank",
          "bedankt",
          "kiitos",
          "dzięki");

  private static boolean closingWordBefore(String text, int b) {
    int ws = b;
    while (ws > 0 && b - ws < 9 && Character.isLetter(text.charAt(ws - 1))) {
      ws--;
    }
    return ws < b
        && (ws == 0 || !Character.isLetterOrDigit(text.charAt(ws - 1)))
        && CLOSING_WORDS.contains(text.substring(ws, b).toLowerCase(Locale.ROOT));
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

  /**
   * The rest of the line is one to three words and nothing else, as in a signature ("— Maria
   * Lopez").
   */
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
      int we = NameWords.wordEnd(text, i);
      if (we == i || !Character.isUpperCase(c)) {
        return false;
      }
      words++;
      i = we;
    }
    return words >= 1
        && words <= 3
        && (i >= n || text.charAt(i) == '\n' || text.charAt(i) == '\r')
        && nearTheEnd(text, i);
  }

  /**
   * A signature closes a message: at most one short line follows it ("— Maria\nACME"), not a list.
   */
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

  /**
   * Whether a cue ends at {@code e}, whose last token starts at {@code ts}; {@code suffix} is
   * appended (":").
   */
  private static boolean cueEndsAt(String text, int ts, int e, String suffix) {
    List<String> candidates =
        CUES_BY_LAST_TOKEN.get(text.substring(ts, e).toLowerCase(Locale.ROOT) + suffix);
    if (candidates == null) {
      return false;
    }
    int from = Math.max(0, e - 30);
    String w = text.substring(from, e).toLowerCase(Locale.ROOT) + suffix;
    for (String cue : candidates) {
      if (w.endsWith(cue)) {
        int at = w.length() - cue.length();
        if (at == 0
            ? from == 0 || !Character.isLetter(text.charAt(from - 1))
            : !Character.isLetter(w.charAt(at - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Verbs that take a person: a listed first name right after one is a person even alone ("ask
   * Sofia").
   */
  private static final Set<String> PERSON_VERBS =
      Set.of(
          "ask",
          "asked",
          "tell",
          "told",
          "ping",
          "pinged",
          "call",
          "called",
          "email",
          "emailed",
          "remind",
          "reminded",
          "thank",
          "thanked",
          "cc",
          "cc'd",
          "invite",
          "invited",
          "let",
          "contact",
          "contacted",
          "frag",
          "frage",
          "sag",
          "ruf",
          "schreib",
          "appelle",
          "demande",
          "pregunta",
          "llama",
          "dile",
          "chiedi",
          "chiama",
          "vraag",
          "bel",
          "kontakta",
          "kontakt",
          "fråga",
          "spør",
          "spørg",
          "kontaktiere",
          "contactez",
          "contacte",
          "contacta",
          "contatta",
          "contacteer",
          "pergunte");

  /**
   * Verbs only people do, right after a name: "Bongani disagreed", "McCloskey said", "Sreeja will
   * circulate".
   */
  private static final Set<String> HUMAN_VERBS =
      Set.of(
          "said",
          "says",
          "thinks",
          "thought",
          "agreed",
          "disagreed",
          "confessed",
          "suggested",
          "noticed",
          "thanked",
          "loved",
          "hated",
          "laughed",
          "smiled",
          "cried",
          "asked",
          "told",
          "replied",
          "explained",
          "admitted",
          "decided",
          "promised",
          "insisted",
          "complained",
          "apologised",
          "apologized",
          "volunteered",
          "recalled",
          "remembered",
          "wondered",
          "worried",
          "joked",
          "sighed",
          "nodded",
          "shrugged",
          "emailed",
          "texted",
          "phoned",
          "paged",
          "pinged",
          "wrote",
          "writes",
          "messaged",
          "felt",
          "feels",
          "believes",
          "wants",
          "wanted",
          "hopes",
          "hoped",
          "married",
          "died",
          "passed",
          "retired",
          "resigned",
          "joined",
          "left",
          "moved",
          "lives",
          "lived",
          "works",
          "worked",
          "studied",
          "graduated",
          "signed",
          "testified",
          "pleaded",
          "denied",
          "stated",
          "recalls",
          "adds",
          "added",
          "argued",
          "proposed",
          "presented",
          "organised",
          "organized",
          "chaired",
          "opened",
          "closed",
          "reviewed",
          "approved",
          "will",
          "was",
          "has",
          "had",
          "is",
          "and",
          "sagte",
          "meinte",
          "findet",
          "dit",
          "pense",
          "a dit",
          "dijo",
          "cree",
          "disse",
          "pensa",
          "zei",
          "vindt",
          "sa",
          "sanoi",
          "powiedział",
          "powiedziała",
          "uważa",
          "fragte",
          "schrieb",
          "informierte",
          "erklärte",
          "berichtete",
          "las",
          "rief",
          "confie",
          "raconte",
          "explique",
          "affirme",
          "déclare",
          "pidió",
          "recordó",
          "explicó",
          "detectó",
          "avisó",
          "ganó",
          "propuso",
          "presentó",
          "dedicó",
          "contó",
          "afirmó",
          "preguntó",
          "reclamou",
          "pediu",
          "explicou",
          "contou",
          "afirmou",
          "perguntou",
          "vraagt",
          "vroeg",
          "legde",
          "meldde",
          "stelde",
          "vertelde",
          "zegt",
          "frågade",
          "berättade",
          "sade",
          "mente",
          "spurgte",
          "sagde",
          "fortalte",
          "spurte",
          "lupasi",
          "kertoi",
          "kysyi",
          "sanoo",
          "zapytał",
          "zapytała",
          "napisał",
          "napisała",
          "poinformował",
          "poinformowała",
          "řekl",
          "řekla",
          "informoval",
          "informovala",
          "napsal",
          "napsala",
          "povedal",
          "povedala",
          "dedi",
          "söyledi",
          "sagði",
          "mondta",
          "spune",
          "detto",
          "chiesto");

  private static final int VERB_MAX = HUMAN_VERBS.stream().mapToInt(String::length).max().orElse(0);

  /** The first letters of the verbs, for a test before any substring is made. */
  private static final boolean[] VERB_INITIALS = new boolean[128];

  static {
    for (String v : HUMAN_VERBS) {
      if (v.charAt(0) < 128) {
        VERB_INITIALS[v.charAt(0)] = true;
      }
    }
  }

  /** The word after the name is a verb only people do. */
  static boolean humanVerbAfter(String text, int e) {
    int n = text.length();
    int b = e;
    if (b < n && text.charAt(b) == ',') {
      return false;
    }
    if (b + 1 >= n || text.charAt(b) != ' ') {
      return false;
    }
    b++;
    int we = b;
    while (we < n && we - b < 14 && Character.isLetter(text.charAt(we))) {
      we++;
    }
    if (we == b
        || (we < n && Character.isLetter(text.charAt(we)))
        || !Character.isLowerCase(text.charAt(b))
        || we - b > VERB_MAX
        || (text.charAt(b) < 128 && !VERB_INITIALS[text.charAt(b)])) {
      return false;
    }
    String verb = text.substring(b, we);
    if (!HUMAN_VERBS.contains(verb)) {
      return false;
    }
    // "was", "has", "will", "and" say little alone: a person's verb or adjective must follow.
    if (verb.equals("was")
        || verb.equals("has")
        || verb.equals("had")
        || verb.equals("is")
        || verb.equals("will")
        || verb.equals("and")) {
      int ns = we + 1;
      int ne = ns;
      while (ne < n && ne - ns < 14 && Character.isLetter(text.charAt(ne))) {
        ne++;
      }
      return we < n
          && text.charAt(we) == ' '
          && ne > ns
          && Character.isLowerCase(text.charAt(ns))
          && AFTER_AUXILIARY.contains(text.substring(ns, ne));
    }
    return true;
  }

  /** What follows "was", "will", "has" when a person is the subject. */
  private static final Set<String> AFTER_AUXILIARY =
      Set.of(
          "out",
          "away",
          "off",
          "sick",
          "ill",
          "born",
          "married",
          "chase",
          "circulate",
          "send",
          "call",
          "email",
          "follow",
          "join",
          "lead",
          "present",
          "host",
          "bring",
          "cover",
          "update",
          "write",
          "review",
          "check",
          "ask",
          "tell",
          "talk",
          "speak",
          "meet",
          "visit",
          "arrested",
          "charged",
          "injured",
          "hired",
          "promoted",
          "fired",
          "thanked",
          "asked",
          "told",
          "appointed",
          "elected",
          "interviewed",
          "admitted",
          "discharged",
          "treated",
          "survived",
          "survives",
          "already",
          "agreed",
          "said",
          "offered",
          "volunteered",
          "worked",
          "lived",
          "moved",
          "left",
          "joined",
          "been",
          "never",
          "always",
          "also",
          "still");

  /** The word before is a verb that takes a person ("ask", "ping", "frag"). */
  static boolean personVerbBefore(String text, int s) {
    int e = s - 1;
    if (e < 1 || text.charAt(e) != ' ') {
      return false;
    }
    int b = e;
    while (b > 0
        && e - b < 12
        && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '\'')) {
      b--;
    }
    return b < e
        && (b == 0 || !Character.isLetterOrDigit(text.charAt(b - 1)))
        && PERSON_VERBS.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
  }

  /** The name follows a field label ending in a colon ("Name:", "Von:"), not a salutation. */
  static boolean afterFieldLabel(String text, int s) {
    int i = s;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    return i > 0 && text.charAt(i - 1) == ':';
  }
}
