package dev.indexer.pii.recognizers;

import dev.indexer.pii.spi.Finding;
import dev.indexer.pii.spi.PiiType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speakers of a chat transcript: lines that start with a label and a colon ("marta: ok", "Inès
 * : parfait", "12/05/2024, 08:01 - Adaeze: on my way"), where two or more labels take turns and say
 * something in words. A label is a speaker's name when it is a listed name, or a word that is no
 * common English word and no field of a form; labels of roles ("user", "assistant") and of forms
 * ("Status", "Telefon") stay.
 */
final class ChatTurns {

  /**
   * An optional time stamp (bracketed, or WhatsApp's "date, time - "), the label (its letters, and
   * the vowel signs of Thai and Indic scripts: "ปิยะนุช", "पूजा"), the colon.
   */
  private static final Pattern TURN =
      Pattern.compile(
          "(?:\\[\\p{L}{2,12}\\]\\s)?(?:\\[[\\p{Nd}:/.,\\- ]{4,24}(?: \\p{L}{1,2})?\\]\\s?|[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{2,4},?\\s[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\\s?(?:[AaPp][Mm])?\\s[-–]\\s|[0-9]{1,2}:[0-9]{2}\\s)?"
              + "(\\p{L}[\\p{L}\\p{M}'’-]{1,24}(?:[._]\\p{L}[\\p{L}\\p{M}'’-]{0,24})?(?: \\p{L}[\\p{L}\\p{M}'’-]{1,24}){0,2}(?: \\p{Lu}\\.)?)"
              // A note of words in brackets, a role of a support chat or an emoji after the name:
              // "Nacho (papá de Hugo):", "Kelechi (Support):", "Bram 🏑:"; not a unit of a
              // record's field, "Amount (EUR):".
              + "(?: \\([^)\\n ]{1,14} [^)\\n]{1,24}\\)"
              + "| \\((?i:support|agent|admin|moderator|mod|staff|host|helpdesk|service|team"
              + "|kundenservice|soporte|atendimento|assistance|klantenservice|asiakaspalvelu)\\)"
              + "| [\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{1F1E6}-\\x{1F1FF}]{1,2})?"
              + " ?[:：](?:\\s|$|(?<=：))");

  /** An IRC line: an optional time stamp, then the nick in angle brackets ("<marta.w> ok"). */
  private static final Pattern IRC_TURN =
      Pattern.compile(
          "(?:\\[[0-9:]{4,8}\\]\\s?|[0-9]{1,2}:[0-9]{2}\\s)?<(\\p{L}[\\p{L}0-9._-]{1,24})>\\s");

  /**
   * A line of a chat copied from Slack, Teams or a phone: the handle or the name, then the time,
   * then the message on the same line or the next ("mike.r 10:02 AM hey anna", "sanne.v 09:12 hoi",
   * "Ingrid Solberg 9:02 AM"), parted by spaces or tabs.
   */
  private static final Pattern STAMPED_TURN =
      Pattern.compile(
          "(\\p{L}[\\p{L}0-9'’-]{1,24}(?:[._]\\p{L}[\\p{L}0-9'’-]{0,24})?(?: (?:(?:van|von|de|der|den|da|di|du|la|le|del|dos|das|ter|ten|bin|al|el) ){0,2}\\p{Lu}[\\p{L}'’-]{1,24}){0,2}),?(?: {1,3}|\\t)[0-9]{1,2}:[0-9]{2}(?: ?[AaPp][Mm])?(?: {1,3}|\\t|(?=\\n)|$)");

  private final NameLists names;

  ChatTurns(NameLists names) {
    this.names = names;
  }

  /**
   * A line of a chat copied from Telegram: the sender, a comma and the bracketed time, with the
   * message on the lines below ("Manon Bérard, [12.03.2026 09:20]").
   */
  private static final Pattern TELEGRAM_TURN =
      Pattern.compile(
          "(\\p{Lu}[\\p{L}'’-]{1,24}(?: \\p{L}[\\p{L}'’-]{0,24}\\.?){0,2}), \\[[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4},? [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\\]$",
          Pattern.MULTILINE);

  /**
   * A line of a chat exported from KakaoTalk or a like messenger: the sender and the time, each in
   * brackets, then the message ("[이수진] [오후 3:12] 감사합니다", "[Ana Lima] [9:02 AM] ok").
   */
  private static final Pattern BRACKETED_TURN =
      Pattern.compile(
          "\\[(\\p{L}[\\p{L}\\p{M}'’.-]{0,24}(?: \\p{L}[\\p{L}\\p{M}'’.-]{0,24}){0,2})\\] \\[(?:오전|오후|上午|下午|午前|午後)? ?[0-9]{1,2}:[0-9]{2}(?: ?[AaPp][Mm])?\\] ");

  /**
   * A turn: where its label is, the label, whether it says something in words, whether a time stamp
   * goes with it, and where what it says ends (its line, or the lines below the label).
   */
  private record Turn(
      int start, int end, String label, boolean words, boolean timed, int saidEnd) {}

  void find(String text, List<Finding> out) {
    boolean wide = text.indexOf('：') >= 0; // the full-width colon of Chinese and Japanese chats
    if ((text.indexOf(':') < 0 && !wide) || text.indexOf('\n') < 0) {
      return;
    }
    List<Turn> turns = new ArrayList<>();
    Matcher m = Scan.matcher(TURN, text);
    boolean irc = text.indexOf('<') >= 0;
    Matcher nick = Scan.matcher(IRC_TURN, text);
    Matcher stamped = Scan.matcher(STAMPED_TURN, text);
    Matcher bracketed = Scan.matcher(BRACKETED_TURN, text);
    boolean telegram = text.indexOf(", [") > 0;
    Matcher telegramTurn = Scan.matcher(TELEGRAM_TURN, text);
    int telegramTurns = 0;
    int n = text.length();
    for (int ls = 0; ls < n; ) {
      int le = Scan.lineEnd(text, ls);
      if (le - ls >= 4
          && (TableColumns.indexIn(text, ':', ls, Math.min(le, ls + 64)) > 0
              || (wide && TableColumns.indexIn(text, '：', ls, Math.min(le, ls + 64)) > 0))
          && Scan.at(m, ls, Math.min(le - ls, 80), n)) {
        boolean timed = m.start(1) > ls + 3;
        turns.add(
            new Turn(m.start(1), m.end(1), m.group(1), saysWords(text, m.end(), le), timed, le));
      } else if (text.charAt(ls) == '['
          && le - ls >= 12
          && Scan.at(bracketed, ls, Math.min(le - ls, 64), n)) {
        turns.add(
            new Turn(
                bracketed.start(1),
                bracketed.end(1),
                bracketed.group(1),
                saysWords(text, bracketed.end(), le),
                true,
                le));
      } else if (irc && le - ls >= 4 && Scan.at(nick, ls, Math.min(le - ls, 48), n)) {
        turns.add(
            new Turn(
                nick.start(1),
                nick.end(1),
                nick.group(1),
                saysWords(text, nick.end(), le),
                nick.start(1) > ls + 1,
                le));
      } else if (le - ls >= 6 && Scan.at(stamped, ls, Math.min(le - ls, 48), n)) {
        boolean words =
            stamped.end() < le
                ? saysWords(text, stamped.end(), le)
                : le + 1 < n && saysWords(text, le + 1, Scan.lineEnd(text, le + 1));
        String handle = stamped.group(1);
        // A handle with a dot or underscore, or a listed given name in lower case, without
        // digits: "Tue 18:00 - fair", "mittagessen 12:30" and "web01 10:02" are schedules and logs.
        boolean alone = stamped.end() >= le; // the name and the time alone, the message below
        if (handle.chars().noneMatch(Character::isDigit)
            && (handle.indexOf('.') > 0
                || handle.indexOf('_') > 0
                || (handle.indexOf(' ') > 0 && givenNameFirst(handle))
                || (alone && aloneName(handle))
                || (Character.isLowerCase(handle.charAt(0))
                    && names.isFirst(capitalised(handle))))) {
          int said = stamped.end() < le || le + 1 >= n ? le : Scan.lineEnd(text, le + 1);
          turns.add(new Turn(stamped.start(1), stamped.end(1), handle, words, true, said));
        }
      } else if (telegram && le - ls >= 16 && Scan.at(telegramTurn, ls, le - ls, n)) {
        int start = telegramTurn.start(1);
        int end = telegramTurn.end(1);
        String label = telegramTurn.group(1);
        int said = le + 1; // the message: the lines below, up to a blank line or the next sender
        while (said < n
            && text.charAt(said) != '\n'
            && !Scan.at(telegramTurn, said, Scan.lineEnd(text, said) - said, n)) {
          said = Scan.lineEnd(text, said) + 1;
        }
        said = Math.min(said, n);
        boolean words = said > le + 1 && saysWords(text, le + 1, said);
        turns.add(new Turn(start, end, label, words, true, Math.max(le, said - 1)));
        telegramTurns++;
      }
      ls = le + 1;
    }
    turns = withoutFields(turns);
    if (turns.size() == 1 && telegramTurns == 1) {
      // One message copied from Telegram: its layout says it is a sender, if a person's name.
      Turn t = turns.get(0);
      if (t.words() && givenNameFirst(t.label()) && speakerName(t.label())) {
        out.add(new Finding(PiiType.PERSON, t.start(), t.end(), 0.7));
      }
      return;
    }
    if (!isChat(turns)) {
      // A form's fields among the turns of a script without case ("手机：138 ...", "名片：..."): the
      // turns of named speakers alone may still be a chat. (Not in Latin letters, where "Van:" and
      // "Aan:" head a mail.)
      List<Turn> named = new java.util.ArrayList<>();
      for (Turn t : turns) {
        String label = t.label();
        if (label.toLowerCase(Locale.ROOT).equals(label.toUpperCase(Locale.ROOT)) && named(label)) {
          named.add(t);
        }
      }
      if (named.size() == turns.size() || !isChat(named)) {
        return;
      }
      turns = named;
    }
    Map<String, Boolean> verdicts = new HashMap<>();
    for (Turn t : turns) {
      if (verdicts.computeIfAbsent(t.label(), this::speakerName)) {
        out.add(new Finding(PiiType.PERSON, t.start(), t.end(), 0.7));
      }
    }
    if (verdicts.containsValue(true)) {
      namesInTurns(text, turns, verdicts, out);
    }
  }

  /**
   * Whether the turns are a chat's: a label that comes back, three turns with time stamps, three
   * people who each say something by a listed given name and no field's, or two named speakers; two
   * speakers at least who say something.
   */
  private boolean isChat(List<Turn> turns) {
    if (turns.size() < 2 || (turns.size() == 2 && !twoNamedSpeakers(turns))) {
      return false;
    }
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Boolean> speaks = new HashMap<>();
    for (Turn t : turns) {
      counts.merge(t.label(), 1, Integer::sum);
      speaks.merge(t.label(), t.words(), Boolean::logicalOr);
    }
    long speakers = speaks.values().stream().filter(b -> b).count();
    long timed = turns.stream().filter(Turn::timed).count();
    // A label that comes back, or three turns with time stamps (each speaker may speak once).
    // Or three people who each say something, each by a listed given name and no field's.
    boolean namedSpeakers = counts.keySet().stream().allMatch(this::named);
    boolean takesTurns =
        counts.values().stream().anyMatch(c -> c >= 2)
            || timed >= 3
            || (speakers >= 3
                && namedSpeakers
                && counts.keySet().stream().noneMatch(l -> ChatLabels.FIELDS.contains(lower(l))));
    boolean pair = turns.size() == 2; // two named speakers, checked above
    return counts.size() >= 2
        && (takesTurns || pair)
        && (speakers >= 2
            || timed >= 2
            || namedSpeakers && speakers >= 1
            || speakers >= 1 && answered(turns));
  }

  /**
   * A speaker who says something, another who answers with a number alone, and the first again
   * ("Milutin: ko ima broj?", "Radmila: +381 63 ...", "Milutin: hvala"): no label of a form's field
   * or role among them.
   */
  private static boolean answered(List<Turn> turns) {
    for (int i = 0; i + 2 < turns.size(); i++) {
      Turn a = turns.get(i);
      Turn b = turns.get(i + 1);
      if (a.label().equals(turns.get(i + 2).label())
          && !a.label().equals(b.label())
          && a.words()
          && turns.stream()
              .map(t -> lower(t.label()))
              .noneMatch(l -> ChatLabels.FIELDS.contains(l) || ChatLabels.ROLES.contains(l))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two turns are a chat when two people say something: both labels listed names or handles, or two
   * time-stamped turns of names, one of which opens with a listed given name ("Julien Marchetti:",
   * then "Manon B.:").
   */
  private boolean twoNamedSpeakers(List<Turn> turns) {
    Turn a = turns.get(0);
    Turn b = turns.get(1);
    if (a.label().equals(b.label()) || !a.words() || !b.words()) {
      return false;
    }
    return (handleOrListed(a.label()) && handleOrListed(b.label()))
        || (a.timed()
            && b.timed()
            && (givenNameFirst(a.label()) || givenNameFirst(b.label()))
            && speakerName(a.label())
            && speakerName(b.label()));
  }

  /**
   * Whether the label names a person by the lists: a listed given name first, a listed family name
   * before another word (Vietnamese and Hungarian write it first: "Trần Minh Đức"), or a name of a
   * script without case that its lists or shape hold ("سارا", "陈浩").
   */
  private boolean named(String label) {
    if (givenNameFirst(label)) {
      return true;
    }
    int sp = label.indexOf(' ');
    String first = sp < 0 ? label : label.substring(0, sp);
    if (first.toLowerCase(Locale.ROOT).equals(first.toUpperCase(Locale.ROOT))) {
      return names.scriptFirst.contains(first) || UncasedNames.cellName(names, label);
    }
    return sp > 0 && names.isListedLast(capitalised(first));
  }

  /** Whether the label's first word is a listed given name that is no stop word. */
  private boolean givenNameFirst(String label) {
    int sp = label.indexOf(' ');
    String first = capitalised(sp < 0 ? label : label.substring(0, sp));
    return names.isFirst(first) && !names.isStopword(first);
  }

  /** Endings of file names, which a label with a dot is ("config.yaml:"), not a handle. */
  private static final java.util.Set<String> FILE_ENDINGS =
      java.util.Set.of(
          "yaml",
          "yml",
          "json",
          "py",
          "js",
          "ts",
          "java",
          "xml",
          "txt",
          "md",
          "cfg",
          "conf",
          "ini",
          "sh",
          "go",
          "rs",
          "kt",
          "properties",
          "log",
          "csv",
          "env",
          "toml",
          "html",
          "css",
          "sql",
          "cpp",
          "rb",
          "php",
          "lock",
          "gradle",
          "tf");

  /**
   * A chat handle: "marta.w", "dev_rohan", "tomasz.k". Not a file ("config.yaml") nor a setting of
   * words ("max_connections").
   */
  boolean handle(String label) {
    int dot = label.lastIndexOf('.');
    if (dot > 0 && FILE_ENDINGS.contains(label.substring(dot + 1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (dot < 0 && label.indexOf('_') < 0) {
      return false;
    }
    for (String part : label.split("[._]")) {
      if (part.length() >= 3 && (!CommonWords.contains(part) || names.isFirst(capitalised(part)))) {
        return true; // a part that is a given name or no word: "marta.w", "dev_rohan"
      }
    }
    return false;
  }

  /**
   * Chinese and Japanese field labels end in a word for a name, place, date, number or kind ("会社名",
   * "所在地", "生年月日", "電話番号"); the names of people do not.
   */
  private static final List<String> HAN_FIELD_ENDINGS =
      List.of("名", "地", "日", "号", "先", "所", "額", "数", "期限", "時間", "欄", "類", "方法", "内容", "種別");

  static boolean hanField(String word) {
    // Three characters at least: surnames of two end so too (菊地, 椎名, 田所, 春日).
    if (word.length() < 3
        || Character.UnicodeScript.of(word.charAt(0)) != Character.UnicodeScript.HAN) {
      return false;
    }
    for (String ending : HAN_FIELD_ENDINGS) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private boolean handleOrListed(String label) {
    String lower = label.toLowerCase(Locale.ROOT);
    // Georgian has capitals in Unicode that its writers do not use: it counts as without case.
    boolean uncased =
        lower.equals(label.toUpperCase(Locale.ROOT))
            || (!label.isEmpty() && UncasedNameFields.uncased(label.charAt(0)));
    return handle(label)
        || (label.indexOf(' ') < 0
            && (names.isFirst(capitalised(label))
                // a script without case: a listed name of it, as its words all look alike
                || (uncased
                    && !UncasedNameFields.label(label)
                    && (names.scriptFirst.contains(label)
                        || names.scriptLast.contains(label)
                        || UncasedNames.cellName(names, label)))
                || (!uncased
                    && label.equals(lower)
                    && label.length() >= 3
                    && !CommonWords.contains(lower)
                    && !ChatLabels.FIELDS.contains(lower))));
  }

  /**
   * Names in what the speakers say, read word by word on each turn's line: a speaker named by
   * another, in any case ("kevin moved it", "Yuki pls delete that", "did marco send it" of the
   * speaker "marco_v"; a label that is a common English word and no unambiguous listed given name,
   * "will", counts only where capitalised), and a listed given name in lower case ("fråga johan
   * eller elin", "dann frag halt mehmet"): people write names in lower case there. Not a name the
   * lists mark as a word too, nor a short one that is a common English word ("per", "van", "said";
   * the English vocabulary holds many longer given names, "johan", "ingrid").
   */
  private void namesInTurns(
      String text, List<Turn> turns, Map<String, Boolean> verdicts, List<Finding> out) {
    Map<String, Boolean> speakers = new HashMap<>(); // lower case -> named in lower case too
    verdicts.forEach(
        (label, speaker) -> {
          int sp = label.indexOf(' ');
          if (speaker && sp > 0 && givenNameFirst(label)) {
            // "Manon B." is "manon" in the others' turns; a given name that is a word too only
            // where capitalised.
            String first = label.substring(0, sp);
            speakers.put(
                first.toLowerCase(Locale.ROOT),
                !CommonWords.contains(first.toLowerCase(Locale.ROOT)));
          }
          if (speaker
              && label.indexOf(' ') < 0
              && label.length() >= (label.charAt(0) >= 0x0800 ? 2 : 3)
              && (label.charAt(0) >= 0x0800
                  || names.isFirst(capitalised(label))
                  || handle(label)
                  || !CommonWords.contains(label)
                      && label.equals(label.toLowerCase(Locale.ROOT)))) {
            String cap = capitalised(label);
            boolean word =
                CommonWords.contains(label) && !(names.isFirst(cap) && !names.isStopword(cap));
            speakers.put(label.toLowerCase(Locale.ROOT), !word);
            handleName(label).ifPresent(name -> speakers.putIfAbsent(name, true));
          }
        });
    List<CaseForm> caseForms = new ArrayList<>();
    for (Turn t : turns) {
      int n = t.saidEnd();
      for (int i = t.end(); i < n; i++) {
        if (!Character.isLetter(text.charAt(i)) || (i > 0 && wordChar(text.charAt(i - 1)))) {
          continue;
        }
        int e = i;
        while (e < n && Scan.letterOrMark(text.charAt(e))) {
          e++; // the vowel signs of Indic scripts belong to the word: "মিতু", "अमित"
        }
        if (e - i >= 2 && e - i <= 24 && (e == n || !wordChar(text.charAt(e)))) {
          String w = text.substring(i, e);
          String lower = w.toLowerCase(Locale.ROOT);
          Boolean anyCase = speakers.get(lower);
          if (anyCase != null && (anyCase || Character.isUpperCase(w.charAt(0)))) {
            out.add(new Finding(PiiType.PERSON, i, e, 0.6));
          } else if (e - i >= 3 && w.equals(lower) && givenNameInLowerCase(text, i, w)) {
            out.add(new Finding(PiiType.PERSON, i, e, 0.6));
          } else if (w.equals(lower) && nicknameAfterGreeting(text, i, e, n)) {
            out.add(new Finding(PiiType.PERSON, i, e, 0.6));
          } else if (e - i >= 4 && w.equals(lower)) {
            List<String> bases = listedNominatives(lower);
            if (!bases.isEmpty()) {
              caseForms.add(
                  new CaseForm(
                      i,
                      e,
                      lower,
                      bases,
                      CaseForms.PREPOSITIONS.contains(previousWord(text, i))
                          && CaseForms.distinctEnding(lower)));
            }
          }
        }
        i = e;
      }
    }
    casesOfGivenNames(caseForms, out);
  }

  /** A word in lower case that may be a case form of listed given names. */
  private record CaseForm(
      int start, int end, String word, List<String> bases, boolean afterPreposition) {}

  /** How far apart two forms of one name are read as the same person's. */
  private static final int FORMS_APART = 400;

  /**
   * A given name in lower case in one of its cases ("z magdą", "з олесею", "pasaki andrim"): a word
   * of no list whose nominative ({@link CaseForms}) is a listed given name, in an ending few words
   * of other languages have after a preposition ("z magdą", "sa milicom"), or written in two forms
   * near each other in the chat ("andri", "andrim"). Each form is compared with the next few forms
   * of its names only.
   */
  private static void casesOfGivenNames(List<CaseForm> forms, List<Finding> out) {
    Map<String, List<CaseForm>> byBase = new HashMap<>();
    for (CaseForm f : forms) {
      for (String base : f.bases()) {
        byBase.computeIfAbsent(base, b -> new ArrayList<>()).add(f);
      }
    }
    java.util.Set<CaseForm> twice = new java.util.HashSet<>();
    for (List<CaseForm> same : byBase.values()) {
      // in the text's order: the forms near each, not the whole chat's
      for (int i = 0; i < same.size(); i++) {
        CaseForm f = same.get(i);
        for (int j = i + 1;
            j < same.size() && j <= i + 16 && same.get(j).start() - f.start() <= FORMS_APART;
            j++) {
          if (!same.get(j).word().equals(f.word())) {
            twice.add(f);
            twice.add(same.get(j));
          }
        }
      }
    }
    for (CaseForm f : forms) {
      if (f.afterPreposition() || twice.contains(f)) {
        out.add(new Finding(PiiType.PERSON, f.start(), f.end(), 0.6));
      }
    }
  }

  /**
   * The listed given names (in lower case) that {@code w}, a word of no list nor the English
   * vocabulary, may be a case form of.
   */
  private List<String> listedNominatives(String w) {
    List<String> out = new ArrayList<>(2);
    if (!CaseForms.mayBeACaseForm(w)) {
      return out;
    }
    String cap = capitalised(w);
    if (CommonWords.contains(w) || names.isFirst(cap) || names.isLast(cap)) {
      return out;
    }
    for (String base : CaseForms.nominatives(w)) {
      String name = capitalised(base);
      if (names.isFirst(name)
          && !names.isStopword(name)
          && !names.isAmbiguousFirst(name)
          && !CommonWords.contains(base)) {
        out.add(base);
      }
    }
    return out;
  }

  /** Whether a greeting or a word of {@link #TAKES_A_PERSON} stands right before {@code i}. */
  private static boolean afterAWordTakingAPerson(String text, int i) {
    String before = previousWord(text, i);
    return GREETINGS.contains(before) || TAKES_A_PERSON.contains(before);
  }

  /**
   * The given name that opens a handle ("marco_v", "priya.n", "ellie.b": "marco", "priya",
   * "ellie"), as the others name its speaker in their turns: a listed given name that is no word of
   * the lists nor a common English word ("build_bot" names no "build").
   */
  private java.util.Optional<String> handleName(String label) {
    int sep = 0;
    while (sep < label.length() && Character.isLetter(label.charAt(sep))) {
      sep++;
    }
    String lowerLabel = label.toLowerCase(Locale.ROOT);
    if (sep < 3
        || sep == label.length()
        || "._".indexOf(label.charAt(sep)) < 0
        || lowerLabel.contains("bot")
        || lowerLabel.endsWith("ci")) {
      return java.util.Optional.empty(); // nor a bot's or a build's: "harvey_bot", "travis_ci"
    }
    String part = label.substring(0, sep).toLowerCase(Locale.ROOT);
    String cap = capitalised(part);
    return names.isFirst(cap) && !names.isStopword(cap) && !names.isAmbiguousFirst(cap)
        ? java.util.Optional.of(part)
        : java.util.Optional.empty();
  }

  /**
   * Words before a name in lower case that take a person: "ask johan", "fråga johan eller elin",
   * "frag halt mehmet", "med ingrid". A listed name that is an English word too ("valid"; the
   * vocabulary holds "lukas" and "ingrid" as well) counts only after one of them.
   */
  private static final java.util.Set<String> TAKES_A_PERSON =
      java.util.Set.of(
          "ask", "tell", "ping", "with", "to", "and", "or", "med", "mit", "con", "avec", "fråga",
          "frag", "halt", "sag", "spør", "dile", "chiedi", "zapytaj", "und", "og", "och", "eller",
          "oder", "cu", "sau", "met", "heb", "à", "pour", "para", "a", "e", "y", "i");

  /**
   * Greetings and thanks, after which a listed given name in lower case is someone addressed even
   * where it is an English word too ("hey anna", "thanks, sam", "hoi anna", "merci julie").
   */
  private static final java.util.Set<String> GREETINGS =
      java.util.Set.of(
          "hey",
          "hi",
          "hii",
          "hiya",
          "heya",
          "hello",
          "yo",
          "thanks",
          "thx",
          "ty",
          "tnx",
          "cheers",
          "morning",
          "bye",
          "sorry",
          "congrats",
          "hallo",
          "hoi",
          "hej",
          "hei",
          "moin",
          "servus",
          "danke",
          "bedankt",
          "salut",
          "merci",
          "coucou",
          "bonjour",
          "hola",
          "gracias",
          "buenas",
          "ciao",
          "grazie",
          "olá",
          "oi",
          "obrigado",
          "obrigada",
          "cześć",
          "dzięki",
          "tack",
          "takk",
          "kiitos",
          "moi",
          "mersi",
          "bună",
          "selam",
          "ahoj",
          "díky",
          "szia",
          "köszi",
          // thanks and greetings of more languages
          "hvala",
          "ćao",
          "zdravo",
          "bok",
          "živjo",
          "ďakujem",
          "vďaka",
          "dziękuję",
          "ačiū",
          "labas",
          "paldies",
          "sveiki",
          "aitäh",
          "tere",
          "köszönöm",
          "mulțumesc",
          "faleminderit",
          "teşekkürler",
          "sağol",
          "makasih",
          "salamat",
          "asante",
          "ánimo",
          "ευχαριστώ",
          "γεια",
          "спасибо",
          "спасибі",
          "дякую",
          "благодаря",
          "мерси",
          "привет",
          "привіт",
          "здраво",
          "хвала",
          "фала",
          "მადლობა",
          "გამარჯობა",
          "շնորհակալություն",
          "рахмет");

  /**
   * Words people are called by that the lists hold as given names: "thanks mate", "cheers love".
   */
  private static final java.util.Set<String> TERMS_OF_ADDRESS =
      java.util.Set.of("mate", "love", "man", "boss", "dear", "buddy", "pal", "sir", "chief");

  private boolean givenNameInLowerCase(String text, int i, String w) {
    String cap = capitalised(w);
    if (!names.isFirst(cap) || names.isStopword(cap)) {
      return false;
    }
    if (!CommonWords.contains(w) && (w.length() > 3 || afterAWordTakingAPerson(text, i))) {
      return true; // three letters are a word of some language as often ("ima", "anh")
    }
    if (!TERMS_OF_ADDRESS.contains(w) && GREETINGS.contains(previousWord(text, i))) {
      return true;
    }
    if (possessive(text, i + w.length())
        && !names.isAmbiguousFirst(cap)
        && !DETERMINERS.contains(previousWord(text, i))) {
      return true; // "anyone seen dave's keys"; not "the ward's fridge"
    }
    if (w.length() < 5 || i < 2 || text.charAt(i - 1) != ' ') {
      return false;
    }
    int b = Scan.letterRunStart(text, i - 1);
    return TAKES_A_PERSON.contains(text.substring(b, i - 1).toLowerCase(Locale.ROOT));
  }

  /**
   * Words after a greeting or thanks that complete it or greet a group: "merci beaucoup", "grazie
   * mille", "ciao ragazzi", "hola a todos", "thanks again".
   */
  private static final java.util.Set<String> NOT_NICKNAMES =
      java.util.Set.of(
          "all",
          "everyone",
          "everybody",
          "guys",
          "team",
          "folks",
          "again",
          "so",
          "much",
          "lot",
          "you",
          "ya",
          "yall",
          "there",
          "both",
          "bro",
          "sis",
          "dude",
          "babe",
          "hun",
          "bestie",
          "lads",
          "ladies",
          "alla",
          "allihop",
          "då",
          "så",
          "mycket",
          "tous",
          "tout",
          "toi",
          "vous",
          "beaucoup",
          "bien",
          "mille",
          "tutti",
          "ragazzi",
          "bella",
          "bello",
          "cara",
          "caro",
          "todos",
          "todas",
          "chicos",
          "chicas",
          "amigo",
          "amiga",
          "amigos",
          "amor",
          "igualmente",
          "mucho",
          "muchas",
          "gente",
          "galera",
          "pessoal",
          "pela",
          "pelo",
          "allen",
          "leute",
          "zusammen",
          "schön",
          "sehr",
          "vielmals",
          "jungs",
          "kaikki",
          "kaikille",
          "paljon",
          "wszystkim",
          "wszyscy",
          "wielkie",
          "bardzo",
          "všem",
          "moc",
          "szépen",
          "mindenkinek",
          "herkese",
          "tuturor",
          "mult",
          "mulțumesc",
          "iedereen",
          "allemaal",
          "wel",
          "allemal",
          "alle",
          "sammen",
          "dig",
          "jer",
          "nada",
          "infiniment",
          "guapa",
          "guapo",
          "tesoro",
          "querida",
          "querido",
          "cariño",
          "bellissima",
          "tanto",
          "tante",
          "de",
          "da",
          "a",
          "e",
          "per",
          "por",
          "para");

  /**
   * A word in lower case after a greeting or thanks that ends the phrase ("hej kuba,", "gracias
   * pili!!", "ciao fede" at the end of a turn): a nickname no list knows. Not a common English word
   * nor one of {@link #NOT_NICKNAMES}.
   */
  private static boolean nicknameAfterGreeting(String text, int i, int e, int turnEnd) {
    if (e - i < 2 || e - i > 12 || i < 3 || text.charAt(i - 1) != ' ') {
      return false;
    }
    int b = Scan.letterRunStart(text, i - 1);
    if (b == i - 1 || !GREETINGS.contains(text.substring(b, i - 1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    String w = text.substring(i, e);
    if (CommonWords.contains(w)
        || NOT_NICKNAMES.contains(w)
        || TERMS_OF_ADDRESS.contains(w)
        || GREETINGS.contains(w)) {
      return false;
    }
    int after = e;
    while (after < turnEnd && text.charAt(after) == ' ') {
      after++;
    }
    // The phrase ends there: a mark, the end of the turn, or an emoji.
    return after >= turnEnd
        || ",!?.…".indexOf(text.charAt(after)) >= 0
        || Character.isSurrogate(text.charAt(after))
        || Character.getType(text.charAt(after)) == Character.OTHER_SYMBOL;
  }

  /** Words before a thing's possessive: "the ward's", "this mason's". */
  private static final java.util.Set<String> DETERMINERS =
      java.util.Set.of(
          "the", "a", "an", "this", "that", "these", "those", "my", "your", "our", "his", "her",
          "their", "its", "every", "each", "any", "no");

  /** Whether "'s" (or "’s") ends the word that ends at {@code e}. */
  static boolean possessive(String text, int e) {
    return e + 2 <= text.length()
        && (text.charAt(e) == '\'' || text.charAt(e) == '’')
        && text.charAt(e + 1) == 's'
        && (e + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(e + 2)));
  }

  /** The word before position i, over spaces and one comma, lower-cased; empty if none. */
  private static String previousWord(String text, int i) {
    int j = i;
    while (j > 0 && text.charAt(j - 1) == ' ') {
      j--;
    }
    if (j > 0 && text.charAt(j - 1) == ',') {
      j--;
    }
    while (j > 0 && text.charAt(j - 1) == ' ') {
      j--;
    }
    if (j == i || j == 0 || !Character.isLetter(text.charAt(j - 1))) {
      return "";
    }
    return text.substring(Scan.letterRunStart(text, j), j).toLowerCase(Locale.ROOT);
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static String capitalised(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the turn's text holds a word in lower case, or in a script without case (Korean,
   * Chinese, Japanese): a sentence, not a field's value.
   */
  private static boolean saysWords(String text, int from, int to) {
    int run = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      // Lower case, or a letter of a script without case (Hebrew, Arabic, Thai, Han ...).
      if (Character.isLowerCase(c)
          || (c >= 0x0590
              && Character.isLetter(c)
              && !Character.isUpperCase(c)
              && !Character.isTitleCase(c))) {
        if (++run >= 2) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  /**
   * Whether a capitalised word alone before a time, the message below, is a sender's name: a listed
   * given name that is no common word, no day and no month ("Abfahrt 08:15" is a schedule's).
   */
  private boolean aloneName(String handle) {
    if (handle.indexOf(' ') >= 0 || !Character.isUpperCase(handle.charAt(0))) {
      return false;
    }
    String lower = lower(handle);
    if (ChatLabels.DAYS_AND_MONTHS.contains(lower) || ChatLabels.FIELDS.contains(lower)) {
      return false;
    }
    return givenNameFirst(handle) && !CommonWords.contains(lower);
  }

  private static String lower(String label) {
    return label.toLowerCase(Locale.ROOT);
  }

  /**
   * The turns without those of a label that comes back and never says a word: a form's field whose
   * values are numbers ("Henkilötunnus: 150372-218P" twice, "Puhelin: 040 ..."), no speaker. A
   * label with a time stamp is kept: a chat's speaker may send only a number.
   */
  private static List<Turn> withoutFields(List<Turn> turns) {
    Map<String, Integer> seen = new HashMap<>();
    Map<String, Boolean> speaks = new HashMap<>();
    for (Turn t : turns) {
      seen.merge(t.label(), 1, Integer::sum);
      speaks.merge(t.label(), t.words() || t.timed(), Boolean::logicalOr);
    }
    if (!speaks.containsValue(false)) {
      return turns;
    }
    List<Turn> kept = new ArrayList<>();
    for (Turn t : turns) {
      if (speaks.get(t.label()) || seen.get(t.label()) < 2) {
        kept.add(t);
      }
    }
    return kept;
  }

  private boolean speakerName(String label) {
    String whole = lower(label);
    if (ChatLabels.ROLES.contains(whole)
        || PersonFormFields.isLabel(whole)
        || UncasedNameFields.label(label)
        || AddressFields.addressLabel(label)) {
      return false; // a form's field that comes back for a second person: "Penumpang:", "收件人："
    }
    if (label.indexOf('.') >= 0 || label.indexOf('_') >= 0) {
      return handle(label); // "tomasz.k", not "config.yaml"
    }
    boolean listed = true;
    boolean unknown = true;
    for (String w : label.split(" ")) {
      String cap = capitalised(w);
      String lower = w.toLowerCase(Locale.ROOT);
      if (ChatLabels.FIELDS.contains(lower)
          || hanField(w)
          || lower.endsWith("bot")
          || (names.isStopword(cap) && !names.isAmbiguousFirst(cap))) {
        return false;
      }
      listed &= names.isFirst(cap) || names.isListedLast(cap);
      unknown &= !CommonWords.contains(lower);
    }
    return listed || unknown;
  }
}
