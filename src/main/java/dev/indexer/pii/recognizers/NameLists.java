package dev.indexer.pii.recognizers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * First and last names of several locales, read once from the name lists that the datafaker
 * artifact ships as YAML resources, plus a short list of our own ({@code pii/names-extra.txt}) for
 * names those lists lack. Words that are names and common words alike ("May", "Will", "Grace") are
 * kept apart: they count as a first name only beside a listed last name.
 */
public final class NameLists {

  private static final List<String> LOCALES =
      List.of(
          "en/name.yml",
          "de.yml",
          "fr.yml",
          "es.yml",
          "it.yml",
          "pl.yml",
          "pt.yml",
          "sv.yml",
          "nl.yml",
          "da-DK.yml",
          "nb-NO.yml",
          "fi-FI.yml",
          "en-GB.yml",
          "en-IND.yml",
          "tr.yml",
          "cs.yml",
          "el-GR.yml",
          "ru.yml",
          "uk.yml",
          "bg.yml");

  /**
   * Locales read for their first names only (Irish, Nigerian, Australian, South African, Latin
   * American, Catalan, Norwegian, Romanian, Hungarian, Croatian, Slovak, Indian, Pakistani, Nepali,
   * Singaporean, Malaysian, Filipino, New Zealand, Canadian and Swiss French, Austrian and Swiss
   * German, Paraguayan, Indonesian, Estonian, Latvian, Albanian, Uzbek, Czech): their surname lists
   * hold place and common words ("Garden", "Park") that would make names of street and product
   * names.
   */
  private static final List<String> FIRST_NAME_LOCALES =
      List.of(
          "en-IE.yml",
          "en-NG.yml",
          "en-AU.yml",
          "en-ZA.yml",
          "es-MX.yml",
          "es-AR.yml",
          "pt-BR.yml",
          "ca.yml",
          "no-NO.yml",
          "ro-MD.yml",
          "hu.yml",
          "hr.yml",
          "sk.yml",
          "en-IN.yml",
          "en-PAK.yml",
          "en-NEP.yml",
          "en-SG.yml",
          "en-MS.yml",
          "en-PH.yml",
          "en-NZ.yml",
          "fr-CA.yml",
          "fr-CH.yml",
          "de-AT.yml",
          "de-CH.yml",
          "es-PY.yml",
          "id.yml",
          "et.yml",
          "lv.yml",
          "sq.yml",
          "uz.yml",
          "hy.yml",
          "cs-CZ.yml");

  private static final Set<String> FIRST_ONLY_FROM_SMALL_LISTS = Set.of("nl.yml");

  /**
   * The jfairy artifact's lists, read for their given names: larger than datafaker's for French
   * (1,000 names against 90), German, Swedish and Italian. Names of them that are words of the
   * English vocabulary too ("Donate", "Tell", "London", but also frequent ones such as "Philippe")
   * are left out, as are names of two letters.
   */
  private static final List<String> JFAIRY_LOCALES =
      List.of(
          "jfairy_fr.yml",
          "jfairy_de.yml",
          "jfairy_sv.yml",
          "jfairy_it.yml",
          "jfairy_es.yml",
          "jfairy_pl.yml",
          "jfairy_en.yml");

  private static volatile NameLists instance;

  final Set<String> first = new HashSet<>();
  final Set<String> last = new HashSet<>();
  final Set<String> ambiguous = new HashSet<>();

  // Names of scripts without capitals, for UncasedNames (see pii/names-uncased.txt).
  final Set<String> zhLast = new HashSet<>();
  final Set<String> zhTop = new HashSet<>();
  final Set<String> jaLast = new HashSet<>();
  final Set<String> jaFirst = new HashSet<>();
  final Set<String> koLast = new HashSet<>();
  final Set<String> scriptFirst = new HashSet<>();
  final Set<String> scriptLast = new HashSet<>();
  final Set<String> stop = new HashSet<>();

  private NameLists() {
    for (String resource : LOCALES) {
      loadYaml(resource, true);
    }
    for (String resource : FIRST_NAME_LOCALES) {
      loadYaml(resource, false);
    }
    for (String resource : JFAIRY_LOCALES) {
      loadJfairy(resource);
    }
    for (String line : lines("pii/names-extra.txt")) {
      if (line.startsWith("first:")) {
        add(first, line.substring(6));
      } else if (line.startsWith("last:")) {
        add(last, line.substring(5));
      }
    }
    Set<String> ignored = new HashSet<>();
    loadUncased("zh-CN.yml", ignored, zhLast);
    loadUncased("zh-TW.yml", ignored, zhLast);
    loadUncased("ja.yml", jaFirst, jaLast);
    loadUncased("ko.yml", ignored, koLast);
    for (String resource : List.of("he.yml", "ar.yml", "fa.yml", "th.yml", "ka.yml", "ta.yml")) {
      loadUncased(resource, scriptFirst, scriptLast);
    }
    for (String line : lines("pii/names-uncased.txt")) {
      int colon = line.indexOf(':');
      Set<String> target =
          switch (colon < 0 ? "" : line.substring(0, colon)) {
            case "first" -> scriptFirst;
            case "last" -> scriptLast;
            case "ko" -> koLast;
            case "zhtop" -> zhTop;
            default -> null;
          };
      if (target != null) {
        for (String w : line.substring(colon + 1).trim().split(" +")) {
          target.add(w);
        }
      }
    }
    zhLast.addAll(zhTop);
    for (String line : lines("pii/person-stopwords.txt")) {
      boolean names = line.startsWith("ambiguous:");
      for (String w : (names ? line.substring(10) : line).split("[ ,]+")) {
        if (!w.isBlank()) {
          stop.add(w.trim().toLowerCase(Locale.ROOT));
          if (names) {
            ambiguous.add(capitalize(w.trim()));
            first.add(capitalize(w.trim()));
          }
        }
      }
    }
    for (String w : stop) {
      String cap = capitalize(w);
      if (first.contains(cap)) {
        ambiguous.add(cap);
      }
    }
  }

  public static NameLists get() {
    NameLists n = instance;
    if (n == null) {
      synchronized (NameLists.class) {
        n = instance;
        if (n == null) {
          n = new NameLists();
          instance = n;
        }
      }
    }
    return n;
  }

  public boolean isFirst(String token) {
    return first.contains(token) && !ambiguous.contains(token);
  }

  public boolean isAmbiguousFirst(String token) {
    return ambiguous.contains(token);
  }

  /** In a surname list, even if it is a common word too ("Park", "Hall"). */
  public boolean isListedLast(String token) {
    return last.contains(token);
  }

  public boolean isLast(String token) {
    // Surnames that are also common words (Young, King) stay surnames; places and titles do not.
    return last.contains(token)
        && (!stop.contains(token.toLowerCase(Locale.ROOT)) || first.contains(token));
  }

  /**
   * Common capitalised words (titles, months, places, product words) that are never a name alone.
   */
  public boolean isStopword(String token) {
    return stop.contains(token.toLowerCase(Locale.ROOT));
  }

  /** {@link #isStopword} of a word already in lower case. */
  boolean isLowerStopword(String lower) {
    return stop.contains(lower);
  }

  /** A name written in capitals ("MÜLLER", "GARCIA") that the lists know in title case. */
  public boolean listedInCapitals(String text, int s, int e) {
    if (e - s < 3 || e - s > 20) {
      return false;
    }
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c) || (!Character.isLetter(c) && c != '-' && c != '\'')) {
        return false;
      }
    }
    String t = NameWords.titleCase(text.substring(s, e));
    return isLast(t) || isFirst(t);
  }

  public int size() {
    return first.size() + last.size();
  }

  /** The "name" section of a datafaker locale, or an empty map if it cannot be read. */
  private static Map<?, ?> nameSection(String resource) {
    Object root = readYaml(resource);
    if (!(root instanceof Map<?, ?> top) || top.isEmpty()) {
      return Map.of();
    }
    Object locale = top.values().iterator().next();
    Object faker = locale instanceof Map<?, ?> l ? l.get("faker") : null;
    Object name = faker instanceof Map<?, ?> f ? f.get("name") : null;
    return name instanceof Map<?, ?> names ? names : Map.of();
  }

  /** A YAML resource of the class path, or null if it is missing or cannot be read. */
  private static Object readYaml(String resource) {
    try (InputStream in = NameLists.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(8 * 1024 * 1024);
      return new Yaml(options).load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      // A list that cannot be read leaves the cue-based rules working; never fail redaction.
      return null;
    }
  }

  /**
   * Given and family names of a locale written without capitals (Chinese, Japanese, Korean, Hebrew,
   * Arabic, Persian, Thai), as they are: {@link #add} keeps capitalised words only.
   */
  private static void loadUncased(
      String resource, Set<String> firstTarget, Set<String> lastTarget) {
    for (Map.Entry<?, ?> e : nameSection(resource).entrySet()) {
      String key = String.valueOf(e.getKey());
      Set<String> target =
          key.contains("last_name")
              ? lastTarget
              : key.endsWith("first_name") || key.endsWith("_name") && key.startsWith("tamil")
                  ? firstTarget
                  : null;
      if (target == null || !(e.getValue() instanceof List<?> values)) {
        continue;
      }
      for (Object v : values) {
        String w = String.valueOf(v).trim();
        if (!w.isEmpty() && !w.contains("#{") && w.indexOf(' ') < 0) {
          target.add(w);
        }
      }
    }
  }

  private void loadYaml(String resource, boolean lastToo) {
    boolean firstToo = !FIRST_ONLY_FROM_SMALL_LISTS.contains(resource);
    for (Map.Entry<?, ?> e : nameSection(resource).entrySet()) {
      String key = String.valueOf(e.getKey());
      if (!(e.getValue() instanceof List<?> values)) {
        continue;
      }
      Set<String> target =
          key.endsWith("last_name") && lastToo // "male_last_name", Czech "man_last_name"
              ? last
              : key.endsWith("first_name") && firstToo ? first : null;
      if (target == null) {
        continue;
      }
      for (Object v : values) {
        add(target, String.valueOf(v));
      }
    }
  }

  /**
   * The given names of a jfairy list ("firstNames": lists per gender), as {@link #JFAIRY_LOCALES}.
   */
  private void loadJfairy(String resource) {
    Object root = readYaml(resource);
    Object section = root instanceof Map<?, ?> top ? top.get("firstNames") : null;
    if (!(section instanceof Map<?, ?> byGender)) {
      return;
    }
    for (Object list : byGender.values()) {
      if (list instanceof List<?> values) {
        for (Object v : values) {
          String w = String.valueOf(v).trim();
          // Two letters are particles there as often as names ("De").
          if (w.length() > 2 && !CommonWords.contains(w)) {
            add(first, w);
          }
        }
      }
    }
  }

  private static void add(Set<String> target, String value) {
    String v = value.trim();
    if (v.length() >= 2
        && !v.contains("#{")
        && Character.isUpperCase(v.charAt(0))
        && v.indexOf(' ') < 0) {
      target.add(v);
    }
  }

  private static String capitalize(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  static List<String> lines(String resource) {
    try (InputStream in = NameLists.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return List.of();
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
